package org.mostra4j.adapters.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress of a long stage counted in units (sessions, rows): an interactive bar on stderr when a terminal
 * is attached and {@code CI} is not set; otherwise plain lines {@code task: done/total unit (p%)} at each
 * tenth of the total (every {@value #PLAIN_EVERY} units while the total is unknown), and a last line.
 */
final class CountProgress implements LongConsumer, AutoCloseable {
    static final long PLAIN_EVERY = 10_000;
    private final String task;
    private final String unit;
    private final PrintWriter plain;
    private final boolean interactive;
    private ProgressBar bar;
    private long total;
    private long done = -1;
    private long lastPrinted = -1;

    private CountProgress(String task, String unit, long total, PrintWriter plain, boolean interactive) {
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.plain = plain;
        this.interactive = interactive;
    }

    /** Whether progress may redraw a bar: a console is attached and {@code CI} is not set. */
    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null && !Verbosity.quiet();
    }

    /** A bar built the one way the CLI draws bars (on stderr). */
    static ProgressBar bar(String task, long max, String unit) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" " + unit, 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }

    /** Starts a stage of {@code total} units; {@code total <= 0} when not known yet. */
    static CountProgress start(String task, long total, String unit, PrintWriter err) {
        return new CountProgress(task, unit, total, Verbosity.quiet() ? new PrintWriter(java.io.Writer.nullWriter())
                : err, interactive());
    }

    static CountProgress plain(String task, long total, String unit, PrintWriter err) {
        return new CountProgress(task, unit, total, err, false);
    }

    /** {@code done} units of a total that became known (or changed) meanwhile. */
    void update(long doneNow, long totalNow) {
        total = totalNow;
        accept(doneNow);
    }

    @Override
    public void accept(long doneNow) {
        if (doneNow == done) {
            return;
        }
        long before = done;
        done = doneNow;
        if (interactive) {
            if (bar == null) {
                bar = bar(task, total > 0 ? total : -1, unit);
            }
            bar.stepTo(done);
        } else if (total > 0 ? tenth(before) != tenth(done) || done >= total || before < 0
                : lastPrinted < 0 || done - lastPrinted >= PLAIN_EVERY) {
            print();
        }
    }

    private long tenth(long n) {
        return n < 0 ? -1 : 10 * n / total;
    }

    private void print() {
        plain.println(total > 0
                ? String.format(Locale.ROOT, "%s: %d/%d %s (%d%%)", task, done, total, unit, 100 * done / total)
                : task + ": " + done + " " + unit);
        plain.flush();
        lastPrinted = done;
    }

    /** Ends the bar; in plain mode prints the final count unless it was the last line printed. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        } else if (!interactive && done > 0 && done != lastPrinted) {
            print();
            if (total <= 0) {
                plain.println(task + ": done");
                plain.flush();
            }
        }
    }
}
