package org.mostra4j.adapters.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the service lets clients do to it, beside the work limits of {@link ServiceSettings}: how long a client may
 * take to send a request's headers, how many connections one client address and all clients together may hold,
 * which foreign browser origins may call it, and the token its admin endpoints require.
 *
 * @param headerTimeout        a request's headers must be complete within this of its first byte (of the
 *                             connection's opening, for its first request); the connection is closed otherwise
 * @param connectionsPerClient most open connections from one client address; more are closed at once
 * @param maxConnections       most open connections in all; beyond, new ones wait in the kernel's backlog
 * @param corsOrigins          browser origins allowed to call the service ({@code https://host[:port]}); none by
 *                             default: a request carrying another origin's {@code Origin} header gets 403
 * @param adminToken           the bearer token {@code /v1/admin/*} requires; {@link AdminToken#NONE} is allowed
 *                             only on a loopback address
 */
public record SurfaceSettings(Duration headerTimeout, int connectionsPerClient, int maxConnections,
        List<String> corsOrigins, AdminToken adminToken) {
    public SurfaceSettings {
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        Objects.requireNonNull(adminToken, "adminToken");
        if (headerTimeout.isNegative() || headerTimeout.isZero()) {
            throw new IllegalArgumentException("headerTimeout must be positive, was " + headerTimeout);
        }
        if (maxConnections < 1 || maxConnections > 1_000_000) {
            throw new IllegalArgumentException("maxConnections must be in 1..1000000, was " + maxConnections);
        }
        if (connectionsPerClient < 1 || connectionsPerClient > maxConnections) {
            throw new IllegalArgumentException("connectionsPerClient must be in 1.." + maxConnections + ", was "
                    + connectionsPerClient);
        }
        corsOrigins = corsOrigins.stream().map(SurfaceSettings::origin).toList();
    }

    /** 10 s for headers, 128 connections per client address, 1,024 in all, no foreign origins, no admin token. */
    public static SurfaceSettings defaults() {
        return new SurfaceSettings(Duration.ofSeconds(10), 128, 1024, List.of(), AdminToken.NONE);
    }

    public SurfaceSettings withConnections(Duration newHeaderTimeout, int newPerClient, int newMax) {
        return new SurfaceSettings(newHeaderTimeout, newPerClient, newMax, corsOrigins, adminToken);
    }

    public SurfaceSettings withCorsOrigins(List<String> origins) {
        return new SurfaceSettings(headerTimeout, connectionsPerClient, maxConnections, origins, adminToken);
    }

    public SurfaceSettings withAdminToken(AdminToken token) {
        return new SurfaceSettings(headerTimeout, connectionsPerClient, maxConnections, corsOrigins, token);
    }

    /**
     * Refuses admin endpoints reachable from other machines without a token.
     *
     * @throws IllegalStateException naming the address, when admin endpoints are on, no token is set and the host
     *                               is not a loopback address
     */
    public void checkExposure(ServiceSettings settings) {
        if (settings.adminReload() && !adminToken.required() && !loopback(settings.host())) {
            throw new IllegalStateException("admin endpoints on " + settings.host() + " (not a loopback address) "
                    + "need a token: give --admin-token-file, or bind to 127.0.0.1");
        }
    }

    /** Whether {@code host} names only this machine (a name that does not resolve is not loopback). */
    static boolean loopback(String host) {
        try {
            for (java.net.InetAddress a : java.net.InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** An origin as browsers send it: scheme and authority, lower case, no path, no trailing slash. */
    static String origin(String text) {
        Objects.requireNonNull(text, "origin");
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not an origin: \"" + text + "\"");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("not an origin (expected http[s]://host[:port]): \"" + text + "\"");
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
