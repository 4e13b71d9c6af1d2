package org.mostra4j.adapters.cli;

import java.io.PrintStream;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

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
        if (System.console() != null && System.getenv("CI") == null) {
            return new StepProgress(new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(250).build(), null);
        }
        return new StepProgress(null, System.err);
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
