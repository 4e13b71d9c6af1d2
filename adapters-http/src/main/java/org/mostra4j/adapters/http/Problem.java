package org.mostra4j.adapters.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.mostra4j.adapters.http.json.JsonProblem;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): {@code type}, {@code title}, {@code status},
 * {@code detail}, plus {@code errors}, each naming the JSON path at fault. Never carries a stack trace.
 */
record Problem(Kind kind, String detail, List<JsonProblem> errors) {
    static final String MEDIA_TYPE = "application/problem+json";

    /** The kinds of problem the service answers with; the type URI is {@code urn:mostra4j:problem:<slug>}. */
    enum Kind {
        MALFORMED_JSON(400, "malformed-json", "The body is not well-formed JSON"),
        MALFORMED_UTF8(400, "malformed-utf-8", "The body is not well-formed UTF-8"),
        BAD_REQUEST(400, "bad-request", "The request is not valid HTTP"),
        UNAUTHORIZED(401, "unauthorized", "A valid bearer token is required"),
        FORBIDDEN(403, "forbidden", "The request is not allowed"),
        CROSS_ORIGIN(403, "cross-origin-forbidden", "Requests from this origin are not allowed"),
        REQUEST_TIMEOUT(408, "request-timeout", "The request was not received in time"),
        URI_TOO_LONG(414, "uri-too-long", "The request target is too long"),
        EXPECTATION_FAILED(417, "expectation-failed", "The Expect header cannot be met"),
        HEADERS_TOO_LARGE(431, "headers-too-large", "The request headers are too large"),
        NOT_IMPLEMENTED(501, "not-implemented", "The server does not implement this"),
        VERSION_NOT_SUPPORTED(505, "http-version-not-supported", "The HTTP version is not supported"),
        INVALID_REQUEST(422, "invalid-request", "The request has invalid fields"),
        BODY_TOO_LARGE(413, "body-too-large", "The request body is too large"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The body must be application/json"),
        NOT_FOUND(404, "not-found", "No such endpoint"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed on this endpoint"),
        RELOAD_UNAVAILABLE(409, "reload-unavailable", "Nothing was reloaded"),
        SESSIONS_UNAVAILABLE(409, "sessions-unavailable", "Logged sessions cannot be read now"),
        SESSION_NOT_FOUND(404, "session-not-found", "No logged session has that id"),
        OVERLOADED(503, "overloaded", "The service is at capacity; retry shortly"),
        TIMED_OUT(503, "timed-out", "No worker became free within the request timeout"),
        SHUTTING_DOWN(503, "shutting-down", "The service is shutting down"),
        INTERNAL(500, "internal-error", "Unexpected server error");

        final int status;
        final String slug;
        final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        String type() {
            return "urn:mostra4j:problem:" + slug;
        }
    }

    Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        errors = List.copyOf(errors);
    }

    static Problem of(Kind kind, String detail) {
        return new Problem(kind, detail, List.of());
    }

    /** Field problems: the detail summarises them, the list names each path. */
    static Problem invalid(List<JsonProblem> errors) {
        String first = errors.isEmpty() ? "invalid request" : errors.get(0).toString();
        String detail = errors.size() <= 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
        return new Problem(Kind.INVALID_REQUEST, detail, errors);
    }

    int status() {
        return kind.status;
    }

    /**
     * The problem for a status the HTTP server answered by itself (a request refused before routing): statuses
     * without a kind of their own fall back to 400 or 500.
     */
    static Problem ofStatus(int status, String detail) {
        Kind kind = switch (status) {
            case 401 -> Kind.UNAUTHORIZED;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 405 -> Kind.METHOD_NOT_ALLOWED;
            case 408 -> Kind.REQUEST_TIMEOUT;
            case 413 -> Kind.BODY_TOO_LARGE;
            case 414 -> Kind.URI_TOO_LONG;
            case 415 -> Kind.UNSUPPORTED_MEDIA_TYPE;
            case 417 -> Kind.EXPECTATION_FAILED;
            case 431 -> Kind.HEADERS_TOO_LARGE;
            case 501 -> Kind.NOT_IMPLEMENTED;
            case 503 -> Kind.OVERLOADED;
            case 505 -> Kind.VERSION_NOT_SUPPORTED;
            default -> status >= 400 && status < 500 ? Kind.BAD_REQUEST : Kind.INTERNAL;
        };
        return of(kind, detail);
    }

    /**
     * The document; {@code instance} (the request path) is left out when null, e.g. for an unparseable request.
     * Words pass {@link ClientText#scrub}: no paths or process ids reach a client, whoever wrote them.
     */
    ObjectNode toJson(String instance) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("type", kind.type());
        root.put("title", kind.title);
        root.put("status", kind.status);
        root.put("detail", ClientText.scrub(detail));
        if (instance != null) {
            root.put("instance", instance);
        }
        ArrayNode list = root.putArray("errors");
        for (JsonProblem e : errors) {
            list.addObject().put("path", e.path()).put("message", ClientText.scrub(e.message()));
        }
        return root;
    }
}
