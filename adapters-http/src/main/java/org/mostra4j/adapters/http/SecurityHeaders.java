package org.mostra4j.adapters.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Headers every answer carries, whoever writes it (a route, the problem mapper or the server's own error handler):
 * the browser must not sniff a JSON answer into HTML or script, and a page served here may load only this
 * server's own assets. Installed as an HTTP customizer, so it runs for every parsed request before any handler.
 */
final class SecurityHeaders implements HttpConfiguration.Customizer {
    /**
     * Only this origin's scripts, styles, images, fonts and fetches; no inline script or style (a page that needs an
     * inline block adds its {@code 'sha256-…'} hash here), no plugins, no framing, no foreign form targets.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        addTo(responseHeaders);
        return request;
    }

    static void addTo(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "no-referrer");
    }
}
