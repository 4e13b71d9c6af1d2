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
    private ProgressBar bar;
    private long lastPercent = -1;

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
        if (interactive) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(p.target() > 0 ? p.target() : -1)
                        .setUnit(" sessions", 1).showSpeed().build();
            }
            bar.stepTo(p.done());
            return;
        }
        long percent = p.target() > 0 ? 100 * p.done() / p.target() : -1;
        if (p.target() <= 0 || percent / 10 != lastPercent / 10 || p.done() >= p.target()) {
            plain.println(task + ": " + p.done() + (p.target() > 0 ? "/" + p.target() + " sessions (" + percent + "%)"
                    : " sessions"));
            plain.flush();
            lastPercent = percent;
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
