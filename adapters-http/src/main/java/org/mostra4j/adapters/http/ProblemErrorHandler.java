package org.mostra4j.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers what the HTTP server refuses by itself, before any route runs (a malformed request line, an ambiguous or
 * undecodable path, a bad header, headers or a target too long, an unknown HTTP version), with the same RFC 9457
 * problem document as the routes instead of the server library's HTML page. Installed on the server and on the
 * servlet context, for every method.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorHandler.class);
    /** A reason the server library gives that is plain words (e.g. "Ambiguous URI path segment"), not internals. */
    private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z0-9 '=:,()/_-]{1,120}");
    private static final Pattern INTERNALS = Pattern.compile("(?i)exception|\\b[a-z]+\\.[a-z]+\\.[a-z]|jetty|java");
    private static final Pattern PRINTABLE_PATH = Pattern.compile("/[\\x21-\\x7e]{0,255}");
    private final ObjectMapper mapper;

    ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        Problem problem = Problem.ofStatus(code, detail(code, message));
        if (code == 500 && !(cause instanceof java.io.IOException)) {
            LOG.error("server error {} on {}: {}", code, request.getHttpURI(), message, cause);
        } else {
            // client errors, and a client that went away mid-request (Jetty reports that as a 500 with an EofException)
            LOG.debug("refused before routing: {} {} on {}", code, message, request.getHttpURI());
        }
        response.setStatus(problem.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.addTo(headers);
        response.write(true, ByteBuffer.wrap(body(problem, instance(request))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Problem problem = Problem.ofStatus(status, detail(status, reason));
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        SecurityHeaders.addTo(fields);
        return ByteBuffer.wrap(body(problem, null));
    }

    private byte[] body(Problem problem, String instance) {
        try {
            return mapper.writeValueAsBytes(problem.toJson(instance));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem document", e);
        }
    }

    /** The server's reason when it is plain words, else a sentence of our own for the status. */
    static String detail(int status, String reason) {
        String own = switch (status) {
            case 400 -> "the request is malformed (request line, target, or headers)";
            case 404 -> "no such endpoint";
            case 408 -> "the request headers were not received in time";
            case 414 -> "the request target is too long";
            case 431 -> "the request headers are too large";
            case 505 -> "only HTTP/1.0 and HTTP/1.1 are supported";
            case 503 -> "the service is not available (starting or stopping); retry shortly";
            default -> status >= 500 ? "unexpected error; the server log has the details" : "the request was refused";
        };
        if (status >= 500 || status == 404 || reason == null || !PLAIN_REASON.matcher(reason).matches()
                || INTERNALS.matcher(reason).find()) {
            return own;
        }
        return own + ": " + reason;
    }

    /** The request path when the request got that far and the path is printable; null otherwise. */
    private static String instance(Request request) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        return path != null && !"/badMessage".equals(path) && PRINTABLE_PATH.matcher(path).matches() ? path : null;
    }
}
