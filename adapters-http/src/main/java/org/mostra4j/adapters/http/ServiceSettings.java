package org.mostra4j.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the sequencing service listens and what it refuses.
 *
 * @param host           interface to bind ({@code 127.0.0.1} by default: expose it deliberately)
 * @param port           TCP port; 0 picks a free one
 * @param threads        sequencing requests computed at once (the worker pool)
 * @param queue          requests allowed to wait for a worker; one more is refused with 503 at once
 * @param maxBodyBytes   largest request body accepted (413 beyond)
 * @param maxCandidates  most candidates per session (422 beyond)
 * @param requestTimeout longest a request may wait for a worker before it is refused with 503
 * @param adminReload    whether {@code POST /v1/admin/reload} exists
 * @param modelVersion   what {@code /health} and {@code /metrics} report as the loaded model
 */
public record ServiceSettings(String host, int port, int threads, int queue, int maxBodyBytes, int maxCandidates,
        Duration requestTimeout, boolean adminReload, String modelVersion) {
    /** Default waiting places per worker. */
    public static final int QUEUE_PER_WORKER = 64;

    public ServiceSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(modelVersion, "modelVersion");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be in 1..1024, was " + threads);
        }
        if (queue < 0 || queue > 100_000) {
            throw new IllegalArgumentException("queue must be in 0..100000, was " + queue);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be >= 1, was " + maxBodyBytes);
        }
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("maxCandidates must be >= 1, was " + maxCandidates);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
        }
        if (modelVersion.isBlank()) {
            throw new IllegalArgumentException("modelVersion must not be blank");
        }
    }

    /** Loopback, port 8080, one worker per core, a queue of 64 per worker (absorbs a scheduling stall of ~100 ms at 500 requests/s), 256 KiB, 500 candidates, 1 s. */
    public static ServiceSettings defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServiceSettings("127.0.0.1", 8080, cores, ServiceSettings.QUEUE_PER_WORKER * cores, 256 * 1024, 500, Duration.ofSeconds(1), false,
                "none");
    }

    public ServiceSettings withPort(int newPort) {
        return new ServiceSettings(host, newPort, threads, queue, maxBodyBytes, maxCandidates, requestTimeout,
                adminReload, modelVersion);
    }

    public ServiceSettings withHost(String newHost) {
        return new ServiceSettings(newHost, port, threads, queue, maxBodyBytes, maxCandidates, requestTimeout,
                adminReload, modelVersion);
    }

    public ServiceSettings withWorkers(int newThreads, int newQueue) {
        return new ServiceSettings(host, port, newThreads, newQueue, maxBodyBytes, maxCandidates, requestTimeout,
                adminReload, modelVersion);
    }

    public ServiceSettings withLimits(int newMaxBodyBytes, int newMaxCandidates, Duration newRequestTimeout) {
        return new ServiceSettings(host, port, threads, queue, newMaxBodyBytes, newMaxCandidates, newRequestTimeout,
                adminReload, modelVersion);
    }

    public ServiceSettings withAdminReload(boolean enabled) {
        return new ServiceSettings(host, port, threads, queue, maxBodyBytes, maxCandidates, requestTimeout, enabled,
                modelVersion);
    }

    public ServiceSettings withModelVersion(String version) {
        return new ServiceSettings(host, port, threads, queue, maxBodyBytes, maxCandidates, requestTimeout, adminReload,
                version);
    }
}
