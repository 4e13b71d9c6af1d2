package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.in.SequencingError;
import org.mostra4j.domain.session.Sequence;

/** The bounded worker pool and queue: overload and waiting past the timeout are answered 503 at once; drain. */
class CapacityTest {
    static final String BODY = BadInputTest.session(BadInputTest.TWO, null);

    /** A use case that holds every request until released, so that the test controls occupancy. */
    static final class Gate implements SequenceSessionUseCase {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final SequenceSessionUseCase real = ServerFixture.useCase(ServerFixture.FAKE_ENCODER);

        @Override
        public Either<SequencingError, Sequence> sequence(Command command) {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.sequence(command);
        }
    }

    @Test
    void beyondWorkersAndQueueTheAnswerIs503AtOnce() throws Exception {
        Gate gate = new Gate();
        ServiceSettings one = ServerFixture.settings().withWorkers(1, 0);
        try (ServerFixture server = new ServerFixture(gate, one, SnapshotReload.NONE)) {
            CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> post(server));
            assertTrue(gate.entered.await(5, TimeUnit.SECONDS));
            long t0 = System.nanoTime();
            HttpResponse<String> refused = server.post("/v1/sequence", BODY);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            BadInputTest.problem(refused, 503, "overloaded");
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
            assertTrue(millis < 1000, "refused quickly, took " + millis + " ms");
            assertEquals(200, server.get("/health").statusCode(), "health is not behind the worker pool");
            gate.release.countDown();
            assertEquals(200, held.get(5, TimeUnit.SECONDS).statusCode());
            assertTrue(server.get("/metrics").body().contains("outcome=\"overloaded\"} 1"));
        }
    }

    @Test
    void waitingPastTheRequestTimeoutIs503() throws Exception {
        Gate gate = new Gate();
        ServiceSettings short1 = ServerFixture.settings().withWorkers(1, 1)
                .withLimits(64 * 1024, 100, Duration.ofMillis(150));
        try (ServerFixture server = new ServerFixture(gate, short1, SnapshotReload.NONE)) {
            CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> post(server));
            assertTrue(gate.entered.await(5, TimeUnit.SECONDS));
            BadInputTest.problem(server.post("/v1/sequence", BODY), 503, "timed-out");
            gate.release.countDown();
            assertEquals(200, held.get(5, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void stoppingFinishesRequestsInFlightAndRefusesNewOnes() throws Exception {
        Gate gate = new Gate();
        ServerFixture server = new ServerFixture(gate, ServerFixture.settings(), SnapshotReload.NONE);
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> post(server));
        assertTrue(gate.entered.await(5, TimeUnit.SECONDS));
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.running.stop(Duration.ofSeconds(5)));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int health = 200;
        while (health == 200 && System.nanoTime() < until) {
            health = server.get("/health").statusCode();
        }
        assertEquals(503, health, "health reports draining");
        BadInputTest.problem(server.post("/v1/sequence", BODY), 503, "shutting-down");
        gate.release.countDown();
        assertEquals(200, held.get(5, TimeUnit.SECONDS).statusCode(), "the request in flight completes");
        stopping.get(10, TimeUnit.SECONDS);
    }

    private static HttpResponse<String> post(ServerFixture server) {
        try {
            return server.post("/v1/sequence", BODY);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
