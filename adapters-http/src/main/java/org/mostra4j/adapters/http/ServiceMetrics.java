package org.mostra4j.adapters.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts by endpoint and outcome and a latency histogram per endpoint, written in the Prometheus text
 * exposition format (version 0.0.4). Lock-free: recording is a few adder increments.
 */
final class ServiceMetrics {
    /** Upper bounds of the latency buckets, in seconds; the last bucket (+Inf) is implicit. */
    static final double[] BUCKETS = {0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
            2.5};

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final String modelVersion;
    /** Series other parts of the server keep (e.g. connections closed by the guard), appended as they write them. */
    private final java.util.List<java.util.function.Supplier<String>> sections = new java.util.concurrent.CopyOnWriteArrayList<>();

    ServiceMetrics(String modelVersion) {
        this.modelVersion = modelVersion;
    }

    void include(java.util.function.Supplier<String> section) {
        sections.add(section);
    }

    void record(String endpoint, Outcome outcome, long nanos) {
        counts.computeIfAbsent(endpoint + '\u0000' + outcome.label(), k -> new LongAdder()).increment();
        latency.computeIfAbsent(endpoint, k -> new Histogram()).observe(nanos / 1e9);
    }

    long count(String endpoint, Outcome outcome) {
        LongAdder a = counts.get(endpoint + '\u0000' + outcome.label());
        return a == null ? 0 : a.sum();
    }

    String prometheusText(int inFlight) {
        StringBuilder b = new StringBuilder(4096);
        b.append("# HELP mostra4j_http_requests_total HTTP requests by endpoint and outcome.\n");
        b.append("# TYPE mostra4j_http_requests_total counter\n");
        new TreeMap<>(counts).forEach((key, n) -> {
            String[] parts = key.split("\u0000", 2);
            b.append("mostra4j_http_requests_total{endpoint=\"").append(escape(parts[0])).append("\",outcome=\"")
                    .append(parts[1]).append("\"} ").append(n.sum()).append('\n');
        });
        b.append("# HELP mostra4j_http_request_duration_seconds Time from request arrival to response, by endpoint.\n");
        b.append("# TYPE mostra4j_http_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((endpoint, h) -> h.write(b, escape(endpoint)));
        b.append("# HELP mostra4j_http_requests_in_flight Sequencing requests admitted and not yet answered.\n");
        b.append("# TYPE mostra4j_http_requests_in_flight gauge\n");
        b.append("mostra4j_http_requests_in_flight ").append(inFlight).append('\n');
        b.append("# HELP mostra4j_model_info The relevance model the service answers with (value is always 1).\n");
        b.append("# TYPE mostra4j_model_info gauge\n");
        b.append("mostra4j_model_info{version=\"").append(escape(modelVersion)).append("\"} 1\n");
        sections.forEach(s -> b.append(s.get()));
        return b.toString();
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** A cumulative histogram over {@link #BUCKETS}. */
    private static final class Histogram {
        private final LongAdder[] buckets = new LongAdder[BUCKETS.length + 1];
        private final DoubleAdder sum = new DoubleAdder();
        private final LongAdder count = new LongAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            int i = 0;
            while (i < BUCKETS.length && seconds > BUCKETS[i]) {
                i++;
            }
            buckets[i].increment();
            sum.add(seconds);
            count.increment();
        }

        void write(StringBuilder b, String endpoint) {
            long cumulative = 0;
            for (int i = 0; i < buckets.length; i++) {
                cumulative += buckets[i].sum();
                String le = i < BUCKETS.length ? java.math.BigDecimal.valueOf(BUCKETS[i]).stripTrailingZeros().toPlainString() : "+Inf";
                b.append("mostra4j_http_request_duration_seconds_bucket{endpoint=\"").append(endpoint)
                        .append("\",le=\"").append(le).append("\"} ").append(cumulative).append('\n');
            }
            b.append("mostra4j_http_request_duration_seconds_sum{endpoint=\"").append(endpoint).append("\"} ")
                    .append(sum.sum()).append('\n');
            b.append("mostra4j_http_request_duration_seconds_count{endpoint=\"").append(endpoint).append("\"} ")
                    .append(count.sum()).append('\n');
        }
    }
}
