package org.mostra4j.adapters.http;

import io.vavr.control.Either;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The bounded worker pool and queue, as two semaphores: at most {@code threads} requests compute at once and at
 * most {@code queue} more wait. A request beyond that is refused at once, before its body is even parsed (no
 * unbounded queue, no work spent on a request that will be refused); a waiting request gives up at its deadline.
 * Draining refuses every new request so that shutdown can finish the ones in flight.
 */
final class Admission {
    /** Why a request was not admitted. */
    enum Refusal { FULL, TIMED_OUT, DRAINING }

    private final Semaphore admitted;
    private final Semaphore workers;
    private final Duration timeout;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    Admission(int threads, int queue, Duration timeout) {
        this.admitted = new Semaphore(threads + queue);
        this.workers = new Semaphore(threads, true);
        this.timeout = timeout;
    }

    /** A place among the admitted requests, or the refusal; the ticket must be closed. */
    Either<Refusal, Ticket> admit() {
        if (draining) {
            return Either.left(Refusal.DRAINING);
        }
        if (!admitted.tryAcquire()) {
            return Either.left(Refusal.FULL);
        }
        inFlight.incrementAndGet();
        return Either.right(new Ticket(System.nanoTime() + timeout.toNanos()));
    }

    /** Stops admitting; waits up to {@code grace} for the requests in flight; returns how many were left. */
    int drain(Duration grace) {
        draining = true;
        long until = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return inFlight.get();
    }

    boolean draining() {
        return draining;
    }

    int inFlight() {
        return inFlight.get();
    }

    /** One admitted request: it may run its work on a worker slot once, until its deadline. */
    final class Ticket implements AutoCloseable {
        private final long deadline;
        private boolean closed;

        private Ticket(long deadline) {
            this.deadline = deadline;
        }

        /** Runs {@code work} on a worker slot, or refuses when none frees up before the deadline. */
        <T> Either<Refusal, T> run(Supplier<T> work) {
            try {
                if (!workers.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return Either.left(Refusal.TIMED_OUT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Either.left(Refusal.DRAINING);
            }
            try {
                return Either.right(work.get());
            } finally {
                workers.release();
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                inFlight.decrementAndGet();
                admitted.release();
            }
        }
    }
}
