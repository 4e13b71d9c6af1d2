package org.mostra4j.adapters.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps slow or greedy clients from starving the others (a bean on the connector, which calls it for every
 * connection):
 * <ul>
 * <li>a <b>per-client budget</b>: a client address holding {@code connectionsPerClient} open connections has its next
 * one closed at once, so one client cannot take the whole socket cap;</li>
 * <li>a <b>header-read timeout</b>: a request's headers must be complete within {@code headerTimeout} of their first
 * byte (a new connection's, of its opening). Jetty's idle timeout restarts on every byte, so without this a client
 * sending a header byte every few seconds holds a connection for ever ("slowloris"). A sweep every quarter of the
 * timeout (at most every second) closes the late ones, so the real bound is up to a quarter more.</li>
 * </ul>
 * A kept-alive connection between requests is not waiting for headers: only the idle timeout applies to it.
 * The header state is read from Jetty's HTTP/1 parser ({@code server.internal.HttpConnection}): recheck on a Jetty
 * upgrade ({@code SlowClientTest} fails if it stops working).
 */
final class ConnectionGuard extends AbstractLifeCycle implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
    private final int perClient;
    private final long headerTimeoutNanos;
    /** Open connections per client address; an address without any has no entry (updated atomically per key). */
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private final Map<Connection, Watch> watched = new ConcurrentHashMap<>();
    private final LongAdder overBudget = new LongAdder();
    private final LongAdder headerTimeouts = new LongAdder();
    private ScheduledExecutorService sweeper;

    /** When the current request's headers started arriving (System.nanoTime), or -1 when none is arriving. */
    private static final class Watch {
        final InetAddress client;
        volatile long headerSince;

        Watch(InetAddress client, long since) {
            this.client = client;
            this.headerSince = since;
        }
    }

    ConnectionGuard(int perClient, Duration headerTimeout) {
        this.perClient = perClient;
        this.headerTimeoutNanos = headerTimeout.toNanos();
    }

    @Override
    protected void doStart() {
        long period = Math.max(10, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(headerTimeoutNanos) / 4));
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mostra4j-header-timeout");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        sweeper.shutdownNow();
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection.getEndPoint().getRemoteSocketAddress());
        int n = open.merge(client, 1, Integer::sum);
        watched.put(connection, new Watch(client, System.nanoTime()));
        if (n > perClient) {
            overBudget.increment();
            LOG.debug("closing a connection from {}: it holds {} already", client, perClient);
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        Watch w = watched.remove(connection);
        if (w != null) {
            open.computeIfPresent(w.client, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        watched.forEach((connection, w) -> {
            if (!(connection instanceof HttpConnection http)) {
                return;
            }
            HttpParser parser = http.getParser();
            boolean idleBetweenRequests = parser.isStart() && http.getMessagesIn() > 0;
            if (idleBetweenRequests || !parser.inHeaderState()) {
                w.headerSince = -1;
            } else if (w.headerSince < 0) {
                w.headerSince = now;
            } else if (now - w.headerSince > headerTimeoutNanos) {
                headerTimeouts.increment();
                LOG.debug("closing a connection from {}: its request headers took longer than {} ms", w.client,
                        TimeUnit.NANOSECONDS.toMillis(headerTimeoutNanos));
                connection.getEndPoint().close();
            }
        });
    }

    /** Connections closed because their client was over its budget. */
    long overBudget() {
        return overBudget.sum();
    }

    /** Connections closed because their request headers came too slowly. */
    long headerTimeouts() {
        return headerTimeouts.sum();
    }

    /** The two counters in the Prometheus text format. */
    String prometheusText() {
        return "# HELP mostra4j_http_connections_closed_total Connections the server closed to protect the others.\n"
                + "# TYPE mostra4j_http_connections_closed_total counter\n"
                + "mostra4j_http_connections_closed_total{reason=\"client_budget\"} " + overBudget() + "\n"
                + "mostra4j_http_connections_closed_total{reason=\"header_timeout\"} " + headerTimeouts() + "\n";
    }

    private static InetAddress client(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null ? inet.getAddress()
                : InetAddress.getLoopbackAddress();
    }
}
