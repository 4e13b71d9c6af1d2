package org.mostra4j.benchmarks.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load on loopback: starts {@link BenchmarkServer} in its own JVM (so its RSS is its own), then for each
 * rate sends requests at fixed intended times, whatever the answers do, and measures each latency from its intended
 * send time (no coordinated omission); a 503's time is also given from its actual send, which shows how fast the
 * server refuses. Every step is bounded; the server is stopped at the end.
 *
 * <p>Arguments: {@code --rates 250,500,1000} (requests/s), {@code --seconds 20} per rate, {@code --warmup-seconds 15}
 * (at the first rate, not reported), {@code --candidates 50}, {@code --threads N} (server workers),
 * {@code --server-jvm "-Xms256m -Xmx256m"}, {@code --blocks 2} (encoder cost), {@code --closed C} (also measure
 * closed-loop throughput with C clients for {@code --seconds}), {@code --client raw|jdk} (raw keep-alive sockets,
 * the default, or {@code java.net.http}), {@code --connections 16} (raw sockets). Against a running server (e.g.
 * {@code mostra4j serve} with a trained model): {@code --url http://127.0.0.1:PORT --server-pid PID} (the RSS and CPU
 * columns read that process); {@code --world DIR} draws the bodies from a simulated world's users, dates and catalogue
 * instead of made-up ids, {@code --labels false} leaves the objective labels to the server's store.
 */
public final class LoadGenerator {
    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkServer.Args a = new BenchmarkServer.Args(args);
        int seconds = a.integer("--seconds", 20);
        String world = a.text("--world", "");
        List<byte[]> bodies = world.isEmpty() ? SessionBodies.generate(512, a.integer("--candidates", 50), 7)
                : SessionBodies.fromWorld(Path.of(world), 512, a.integer("--candidates", 50), 7,
                        !a.text("--labels", "true").equals("false"));
        String external = a.text("--url", "");
        Process server = external.isEmpty() ? startServer(a) : null;
        long pid = server == null ? Long.parseLong(a.text("--server-pid", "-1")) : server.pid();
        try {
            URI uri = (server == null ? URI.create(external) : awaitReady(server)).resolve("/v1/sequence");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(2)).build();
            int[] rates = Arrays.stream(a.text("--rates", "250,500,1000").split(",")).mapToInt(Integer::parseInt).toArray();
            System.out.printf(Locale.ROOT, "warm-up: %d s at %d/s%n", a.integer("--warmup-seconds", 15), rates[0]);
            boolean raw = !a.text("--client", "raw").equals("jdk");
            int connections = a.integer("--connections", 16);
            if (raw) {
                rawOpenLoop(uri, bodies, rates[0], a.integer("--warmup-seconds", 15), connections);
            } else {
                openLoop(client, uri, bodies, rates[0], a.integer("--warmup-seconds", 15));
            }
            System.out.println("rate/s | achieved/s | sent | ok | 503 | other | errors | p50 ms | p90 ms | p99 ms"
                    + " | p99.9 ms | max ms | 503 p99 send-to-answer ms | server RSS MB (peak) | server CPU ms/req | generator CPU ms/req"
                    + " | load avg before -> after");
            for (int rate : rates) {
                String before = loadAverage();
                long serverCpu = cpuNanos(pid);
                long ownCpu = ownCpuNanos();
                Step s = raw ? rawOpenLoop(uri, bodies, rate, seconds, connections)
                        : openLoop(client, uri, bodies, rate, seconds);
                int n = s.status().length;
                System.out.printf(Locale.ROOT, "%s | %s | %.3f | %.3f | %s -> %s%n", s.row(rate), rss(pid),
                        (cpuNanos(pid) - serverCpu) / 1e6 / n, (ownCpuNanos() - ownCpu) / 1e6 / n, before,
                        loadAverage());
            }
            int closed = a.integer("--closed", 0);
            if (closed > 0) {
                closedLoop(uri, bodies, closed, seconds, pid);
            }
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
        System.exit(0);
    }

    private static Process startServer(BenchmarkServer.Args a) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList(a.text("--server-jvm", "-Xms256m -Xmx256m").trim().split("\\s+")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchmarkServer.class.getName(),
                "--threads", a.text("--threads", Integer.toString(Runtime.getRuntime().availableProcessors())),
                "--blocks", a.text("--blocks", "2"), "--max-seconds", a.text("--max-seconds", "900")));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static URI awaitReady(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(() -> drain(out), "server-output");
                drain.setDaemon(true);
                drain.start();
                System.out.println("server pid " + server.pid() + " at " + line.substring(6));
                return URI.create(line.substring(6));
            }
            System.out.println("server: " + line);
        }
        throw new IllegalStateException("the server exited before it was ready");
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // the server's log is not part of the measurement
            }
        } catch (IOException e) {
            // the server has exited
        }
    }

    /** One request per {@code 1/rate} s, whatever the answers; latency counted from the intended send time. */
    static Step openLoop(HttpClient client, URI uri, List<byte[]> bodies, int rate, int seconds)
            throws InterruptedException {
        int n = rate * seconds;
        long[] latency = new long[n];
        int[] status = new int[n];
        CountDownLatch done = new CountDownLatch(n);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 1_000_000;
        for (int i = 0; i < n; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int at = i;
            client.sendAsync(request(uri, bodies.get(i % bodies.size())), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        latency[at] = System.nanoTime() - intended;
                        status[at] = e != null ? -1 : r.statusCode();
                        done.countDown();
                    });
        }
        boolean all = done.await(30, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        return new Step(latency, latency, status, elapsed, all);
    }

    /**
     * The same schedule over {@code connections} raw keep-alive sockets: connection c sends requests c, c+C, c+2C…,
     * each at its intended time or, if the previous answer came late, at once (the lateness counts in its latency).
     */
    static Step rawOpenLoop(URI uri, List<byte[]> bodies, int rate, int seconds, int connections)
            throws InterruptedException {
        int n = rate * seconds;
        long[] latency = new long[n];
        long[] service = new long[n];
        int[] status = new int[n];
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 5_000_000;
        List<byte[]> heads = bodies.stream().map(b -> RawHttpConnection.head(uri, b.length)).toList();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                try (RawHttpConnection conn = new RawHttpConnection(uri)) {
                    for (int i = first; i < n; i += connections) {
                        long intended = start + i * interval;
                        long wait;
                        while ((wait = intended - System.nanoTime()) > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        int k = i % bodies.size();
                        long sent = System.nanoTime();
                        try {
                            status[i] = conn.post(heads.get(k), bodies.get(k));
                        } catch (IOException | RuntimeException e) {
                            status[i] = -1;
                            conn.close();
                        }
                        long answered = System.nanoTime();
                        latency[i] = answered - intended;
                        service[i] = answered - sent;
                    }
                }
            }, "load-" + c);
            t.start();
            threads.add(t);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
        boolean complete = true;
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            complete &= !t.isAlive();
        }
        return new Step(latency, service, status, System.nanoTime() - start, complete);
    }

    /** Closed loop over raw sockets: {@code clients} connections, each sending its next request on the answer. */
    private static void closedLoop(URI uri, List<byte[]> bodies, int clients, int seconds, long pid)
            throws InterruptedException {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String before = loadAverage();
        long serverCpu = cpuNanos(pid);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                try (RawHttpConnection conn = new RawHttpConnection(uri)) {
                    for (int i = offset; System.nanoTime() < until; i += clients) {
                        byte[] body = bodies.get(i % bodies.size());
                        try {
                            int code = conn.post(RawHttpConnection.head(uri, body.length), body);
                            (code == 200 ? ok : failed).incrementAndGet();
                        } catch (IOException | RuntimeException e) {
                            failed.incrementAndGet();
                            conn.close();
                        }
                    }
                }
            }, "closed-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf(Locale.ROOT, "closed loop, %d connections, %d s: %.0f ok/s, %d failed | RSS MB (peak) %s"
                + " | server CPU ms/req %.3f | load avg %s -> %s%n", clients, seconds, ok.get() / (double) seconds,
                failed.get(), rss(pid), (cpuNanos(pid) - serverCpu) / 1e6 / Math.max(1, ok.get() + failed.get()),
                before, loadAverage());
    }

    private static HttpRequest request(URI uri, byte[] body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** User + system CPU time of a process, from /proc (clock ticks of 10 ms). */
    static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    static String rss(long pid) {
        try {
            long rss = 0;
            long hwm = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return (rss / 1024) + " (" + (hwm / 1024) + ")";
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** The measurements of one rate. */
    record Step(long[] latency, long[] service, int[] status, long elapsedNanos, boolean complete) {
        String row(int rate) {
            int ok = 0;
            int rejected = 0;
            int other = 0;
            int errors = 0;
            for (int s : status) {
                if (s == 200) {
                    ok++;
                } else if (s == 503) {
                    rejected++;
                } else if (s <= 0) {
                    errors++;
                } else {
                    other++;
                }
            }
            long[] sorted = latency.clone();
            Arrays.sort(sorted);
            long[] refusedLatency = new long[rejected];
            for (int i = 0, k = 0; i < status.length; i++) {
                if (status[i] == 503) {
                    refusedLatency[k++] = service[i];
                }
            }
            Arrays.sort(refusedLatency);
            return String.format(Locale.ROOT, "%d | %.0f | %d | %d | %d | %d | %d%s | %.2f | %.2f | %.2f | %.2f | %.2f | %s",
                    rate, ok / (elapsedNanos / 1e9), status.length, ok, rejected, other, errors,
                    complete ? "" : " (incomplete)", ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
                    ms(sorted, 0.999), sorted[sorted.length - 1] / 1e6,
                    rejected == 0 ? "-" : String.format(Locale.ROOT, "%.2f", ms(refusedLatency, 0.99)));
        }

        private static double ms(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }
}
