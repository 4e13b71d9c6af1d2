package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The connection guard's two rules, each with its boundary: a client address's connections beyond its budget are
 * closed, the others are not; a request whose headers come too slowly is closed, a kept-alive connection idle
 * between requests is not.
 */
class ConnectionGuardTest {
    static final String HEALTH = "GET /health HTTP/1.1\r\nHost: h\r\n\r\n";

    static ServerFixture server(SurfaceSettings surface) {
        return new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER), ServerFixture.settings(), surface,
                SnapshotReload.NONE);
    }

    static Socket connect(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        s.setSoTimeout(5_000);
        return s;
    }

    /** Whether the server closed {@code s} (end of stream or reset) within the socket's read timeout. */
    static boolean closedByServer(Socket s) throws IOException {
        try {
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** /metrics, retried while the server has not yet seen the test's sockets close (they count against 2). */
    static String metricsOnceBudgetFrees(ServerFixture server) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return server.get("/metrics").body();
            } catch (IOException closedOverBudget) {
                if (attempt == 20) {
                    throw closedOverBudget;
                }
                Thread.sleep(100);
            }
        }
    }

    static void send(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
    }

    @Test
    void aClientsConnectionsBeyondItsBudgetAreClosedAndTheOthersServed() throws Exception {
        try (ServerFixture server = server(SurfaceSettings.defaults().withConnections(Duration.ofSeconds(30), 2, 1024));
                Socket a = connect(server.running.port()); Socket b = connect(server.running.port());
                Socket c = connect(server.running.port())) {
            // which one is refused depends on the order the selectors open them in: exactly one is
            int served = 0;
            int closed = 0;
            for (Socket s : List.of(a, b, c)) {
                try {
                    send(s, HEALTH);
                    assertEquals(200, RawExchange.read(s.getInputStream()).status());
                    served++;
                } catch (IOException refused) {
                    closed++;
                }
            }
            assertEquals(2, served, "a budget of 2 serves 2");
            assertEquals(1, closed, "and closes the third");
            for (Socket s : List.of(a, b, c)) {
                s.close();
            }
            assertTrue(metricsOnceBudgetFrees(server).contains(
                    "mostra4j_http_connections_closed_total{reason=\"client_budget\"} 1\n"));
        }
    }

    @Test
    void slowHeadersAreCutButIdleKeptAliveConnectionsAreNot() throws Exception {
        Duration timeout = Duration.ofMillis(400);
        try (ServerFixture server = server(SurfaceSettings.defaults().withConnections(timeout, 100, 1024));
                Socket keptAlive = connect(server.running.port())) {
            send(keptAlive, HEALTH);
            InputStream keptIn = keptAlive.getInputStream();
            assertEquals(200, RawExchange.read(keptIn).status());
            // a new connection's first request must have its headers within the timeout of the connection opening
            long start = System.nanoTime();
            Socket trickling = connect(server.running.port());
            Socket silent = connect(server.running.port());
            send(trickling, "GET /health HTTP/1.1\r\nHost: h\r\n");
            boolean cut = false;
            while (!cut && System.nanoTime() - start < 5_000_000_000L) {
                Thread.sleep(100);
                try {
                    send(trickling, "X-Slow: 1\r\n");
                } catch (IOException closed) {
                    cut = true;
                }
                trickling.setSoTimeout(1);
                cut = cut || closedByServer(trickling);
            }
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(cut, "a request whose headers never end is closed");
            assertTrue(tookMs >= timeout.toMillis() - 50, "not before the timeout: " + tookMs + " ms");
            assertTrue(closedByServer(silent), "a connection that sends nothing is closed too");
            trickling.close();
            silent.close();
            // the kept-alive connection has been idle for longer than the header timeout: it is still served
            send(keptAlive, HEALTH);
            assertEquals(200, RawExchange.read(keptIn).status());
            assertTrue(server.get("/metrics").body().contains(
                    "mostra4j_http_connections_closed_total{reason=\"header_timeout\"} 2\n"), "both counted");
        }
    }
}
