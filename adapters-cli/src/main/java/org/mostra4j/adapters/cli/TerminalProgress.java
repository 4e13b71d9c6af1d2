package org.mostra4j.adapters.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase.Progress;

/**
 * Shows progress: an interactive bar on a terminal; plain lines on the error stream when there is no
 * console or {@code CI} is set (logs stay readable).
 */
final class TerminalProgress implements Consumer<Progress>, AutoCloseable {
    private final String task;
    private final PrintWriter plain;
    private final boolean interactive;
    /** Without a known total, a plain line at most every this many sessions. */
    static final long PLAIN_EVERY = 10_000;
    private ProgressBar bar;
    private long lastPercent = -1;
    private long lastPrinted = -1;
    private long done;

    private TerminalProgress(String task, PrintWriter plain, boolean interactive) {
        this.task = task;
        this.plain = plain;
        this.interactive = interactive;
    }

    /** An interactive bar only when a console is attached and CI is not set. */
    static TerminalProgress of(String task, PrintWriter err) {
        return new TerminalProgress(task, err, System.console() != null && System.getenv("CI") == null);
    }

    static TerminalProgress plain(String task, PrintWriter err) {
        return new TerminalProgress(task, err, false);
    }

    @Override
    public void accept(Progress p) {
        done = p.done();
        if (interactive) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(p.target() > 0 ? p.target() : -1)
                        .setUnit(" sessions", 1).showSpeed().build();
            }
            bar.stepTo(p.done());
            return;
        }
        if (p.target() > 0) {
            long percent = 100 * p.done() / p.target();
            if (lastPercent < 0 || percent / 10 != lastPercent / 10 || p.done() >= p.target()) {
                print(p.done() + "/" + p.target() + " sessions (" + percent + "%)");
                lastPercent = percent;
            }
        } else if (lastPrinted < 0 || p.done() - lastPrinted >= PLAIN_EVERY) {
            print(p.done() + " sessions");
        }
    }

    private void print(String line) {
        plain.println(task + ": " + line);
        plain.flush();
        lastPrinted = done;
    }

    /** Ends the bar; in plain mode prints the final count unless it was the last line printed. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        } else if (!interactive && done > 0 && done != lastPrinted) {
            print(done + " sessions done");
        }
    }
}
