package org.mostra4j.benchmarks.http;

import java.time.Duration;
import org.mostra4j.adapters.http.RunningServer;
import org.mostra4j.adapters.http.SequencingServer;
import org.mostra4j.adapters.http.ServiceSettings;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.service.SequenceSessionService;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.ScorerCatalogue;

/**
 * The service as {@code serve} runs it, with {@link ForwardPassCostEncoder} standing in for the model. Prints
 * {@code READY <url>} once listening; stops by itself after {@code --max-seconds} (default 600) or on SIGTERM.
 * Arguments: {@code [--port P] [--threads N] [--queue Q] [--blocks B] [--max-seconds S]}.
 */
public final class BenchmarkServer {
    private BenchmarkServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Args a = new Args(args);
        int threads = a.integer("--threads", Runtime.getRuntime().availableProcessors());
        ServiceSettings settings = ServiceSettings.defaults().withPort(a.integer("--port", 0))
                .withWorkers(threads, a.integer("--queue", ServiceSettings.QUEUE_PER_WORKER * threads))
                .withModelVersion("forward-pass-cost-" + a.integer("--blocks", 2) + "-blocks");
        var useCase = new SequenceSessionService(ObjectiveCatalogue.builtIns(), ScorerCatalogue.builtIns(),
                new ForwardPassCostEncoder(a.integer("--blocks", 2), 42), LoadObjectiveFactsPort.NONE);
        RunningServer running = new SequencingServer(useCase, ObjectiveCatalogue.builtIns(),
                ScorerCatalogue.builtIns(), org.mostra4j.adapters.http.SnapshotReload.NONE).start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.stop(Duration.ofSeconds(5))));
        System.out.println("READY " + running.uri());
        System.out.flush();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(1000L * a.integer("--max-seconds", 600));
                running.stop(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "max-seconds");
        watchdog.setDaemon(true);
        watchdog.start();
        running.awaitStopped();
    }

    /** {@code --name value} pairs. */
    static final class Args {
        private final String[] args;

        Args(String[] args) {
            this.args = args.clone();
        }

        String text(String name, String fallback) {
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals(name)) {
                    return args[i + 1];
                }
            }
            return fallback;
        }

        int integer(String name, int fallback) {
            return Integer.parseInt(text(name, Integer.toString(fallback)));
        }
    }
}
