package org.mostra4j.adapters.cli;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of one long stage on stderr: an interactive bar on a terminal, plain log lines (at most one
 * every few seconds, plus the last) when there is no console or the {@code CI} variable is set, nothing
 * when quiet.
 */
public final class Progress implements AutoCloseable {
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private final String task;
    private final long total;
    private final ProgressBar bar;
    private final PrintStream log;
    private long done;
    private long lastLog = System.nanoTime();

    private Progress(String task, long total, ProgressBar bar, PrintStream log) {
        this.task = task;
        this.total = total;
        this.bar = bar;
        this.log = log;
    }

    /** Starts a stage of {@code total} units (unknown: -1). */
    public static Progress start(String task, long total, Verbosity verbosity) {
        if (verbosity == Verbosity.QUIET) {
            return new Progress(task, total, null, null);
        }
        if (System.console() != null && System.getenv("CI") == null) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(250).build();
            return new Progress(task, total, bar, null);
        }
        System.err.println(task + ": started" + (total > 0 ? " (" + total + ")" : ""));
        return new Progress(task, total, null, System.err);
    }

    public void step(long units) {
        done += units;
        if (bar != null) {
            bar.stepBy(units);
        } else if (log != null && System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
            lastLog = System.nanoTime();
            log.println(task + ": " + done + (total > 0 ? "/" + total + String.format(" (%.0f%%)", 100.0 * done / total) : ""));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        } else if (log != null) {
            log.println(task + ": done (" + done + ")");
        }
    }

    /** How much a command tells on stderr. */
    public enum Verbosity { QUIET, NORMAL, VERBOSE }
}
