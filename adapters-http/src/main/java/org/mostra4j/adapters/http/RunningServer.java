package org.mostra4j.adapters.http;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started {@link SequencingServer}: its address, and the graceful stop. */
public final class RunningServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);
    private final Javalin app;
    private final Admission admission;
    private final URI uri;
    private final CountDownLatch stopped = new CountDownLatch(1);

    RunningServer(Javalin app, Admission admission, URI uri) {
        this.app = app;
        this.admission = admission;
        this.uri = uri;
    }

    /** E.g. {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return uri;
    }

    public int port() {
        return uri.getPort();
    }

    /**
     * Graceful stop: new sequencing requests get 503 and {@code /health} turns 503, the ones in flight finish
     * (up to {@code grace}), then the listener closes. Idempotent.
     */
    /** Time given to responses already produced to reach the wire before the connectors close. */
    static final Duration FLUSH_SETTLE = Duration.ofMillis(250);

    public synchronized void stop(Duration grace) {
        if (stopped.getCount() == 0) {
            return;
        }
        int left = admission.drain(grace);
        if (left > 0) {
            LOG.warn("stopping with {} requests still in flight after {}", left, grace);
        }
        // a request leaves the admission count when its handler returns, a moment before Jetty has written
        // its response; closing the connectors at once can cut that response off (seen under heavy load)
        try {
            Thread.sleep(FLUSH_SETTLE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop();
        stopped.countDown();
        LOG.info("stopped");
    }

    /** Blocks until {@link #stop} has finished. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }
}
