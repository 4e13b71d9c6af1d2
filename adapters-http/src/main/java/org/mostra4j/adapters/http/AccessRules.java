package org.mostra4j.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Who may call what, checked before any route runs.
 * <ul>
 * <li><b>Browsers from other origins</b>: a request whose {@code Origin} is neither this server's own (the
 * {@code Host} it was sent to) nor one given with {@code --cors} is refused with 403 before it does anything, so
 * that a page elsewhere can neither read answers nor trigger a reload. Allowed foreign origins get the CORS headers
 * and their preflight is answered here. Clients that send no {@code Origin} (curl, services) are not affected.</li>
 * <li><b>Admin endpoints</b> ({@code /v1/admin/*}): with a token configured, a request without
 * {@code Authorization: Bearer <token>}, or with another token, is refused with 401.</li>
 * </ul>
 */
final class AccessRules {
    private static final String BEARER = "bearer ";
    private final List<String> corsOrigins;
    private final AdminToken token;

    AccessRules(SurfaceSettings surface) {
        this.corsOrigins = surface.corsOrigins();
        this.token = surface.adminToken();
    }

    /** Before every route: refuse a foreign origin, answer an allowed one's preflight. */
    void checkOrigin(Context ctx) {
        if (!corsOrigins.isEmpty()) {
            ctx.header("Vary", "Origin");
        }
        String origin = ctx.header("Origin");
        if (origin == null || sameOrigin(origin, ctx.header("Host"))) {
            return;
        }
        String normalized = normalized(origin);
        if (normalized == null || !corsOrigins.contains(normalized)) {
            throw new ProblemException(Problem.of(Problem.Kind.CROSS_ORIGIN, "requests from another origin are "
                    + "refused; start the service with --cors ORIGIN to allow a browser origin"));
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }

    /** Before {@code /v1/admin/*}: the bearer token, when one is configured. */
    void checkAdmin(Context ctx) {
        if (!token.required()) {
            return;
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw new ProblemException(Problem.of(Problem.Kind.UNAUTHORIZED,
                    "admin endpoints need the header Authorization: Bearer <token> (the token of --admin-token-file)"));
        }
        if (!token.matches(authorization.substring(BEARER.length()).strip())) {
            throw new ProblemException(Problem.of(Problem.Kind.UNAUTHORIZED, "the bearer token is not the admin token"));
        }
    }

    /** Same origin: the Origin's host and port are the Host the request was sent to. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = new URI(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String authority = uri.getHost() + ":" + port;
            String target = host.contains(":") && !host.endsWith("]") ? host : host + ":" + port;
            return authority.equalsIgnoreCase(target);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String normalized(String origin) {
        try {
            return SurfaceSettings.origin(origin);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
