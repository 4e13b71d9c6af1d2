package org.mostra4j.adapters.cli;

import java.io.PrintStream;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;

/**
 * Shows the steps of a store operation on stderr: a progress bar with the current step on a terminal,
 * plain time-stamped lines when there is no console or {@code CI} is set.
 */
final class StepProgress implements Consumer<String>, AutoCloseable {
    private final long start = System.nanoTime();
    private final ProgressBar bar;
    private final PrintStream log;

    private StepProgress(ProgressBar bar, PrintStream log) {
        this.bar = bar;
        this.log = log;
    }

    static StepProgress start(String task) {
        if (CountProgress.interactive()) {
            return new StepProgress(CountProgress.bar(task, -1, "steps"), null);
        }
        return new StepProgress(null, Verbosity.quiet() ? new PrintStream(java.io.OutputStream.nullOutputStream()) : System.err);
    }

    @Override
    public void accept(String step) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(step);
        } else {
            log.printf("[%6.1fs] %s%n", seconds(), step);
        }
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
