package org.mostra4j.adapters.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.mostra4j.adapters.http.json.JsonProblem;

/**
 * Reads a request body as one JSON document, strictly: the bytes must be UTF-8 (no overlong forms, no encoded
 * surrogates, no truncated sequences: RFC 8259 §8.1), nothing may follow the document, a key may appear once per
 * object. Every refusal is a 400 whose {@code errors} name the JSON path where reading stopped and whose words are
 * ours, never the parser library's.
 */
final class RequestJson {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final ObjectMapper mapper;

    RequestJson() {
        this.mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }

    /** The document, or the problem (400) that names where and why reading stopped. */
    Either<Problem, JsonNode> parse(byte[] body) {
        if (body.length == 0) {
            return Either.left(Problem.of(Problem.Kind.MALFORMED_JSON, "the body is empty; expected a JSON object"));
        }
        int bad = firstMalformedByte(body);
        String text = new String(body, StandardCharsets.UTF_8);
        if (bad >= 0) {
            return Either.left(malformedUtf8(body, bad, text));
        }
        // a byte-order mark is allowed (RFC 8259 §8.1 lets a parser ignore it); everything else must be the document
        String document = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return Either.right(mapper.readTree(document));
        } catch (JsonProcessingException e) {
            return Either.left(malformedJson(e));
        }
    }

    private static Problem malformedJson(JsonProcessingException e) {
        String path = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "$";
        String message = JsonParseMessages.describe(e);
        var loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 1 ? "" : "line " + loc.getLineNr() + ", column "
                + loc.getColumnNr() + ": ";
        return new Problem(Problem.Kind.MALFORMED_JSON, where + message, List.of(new JsonProblem(path, message)));
    }

    private Problem malformedUtf8(byte[] body, int offset, String replaced) {
        String path = pathAt(replaced, charsBefore(body, offset));
        String message = "malformed UTF-8 at byte " + offset + " (an overlong form, an encoded surrogate, a "
                + "truncated sequence or a byte that is not UTF-8); the body must be UTF-8";
        return new Problem(Problem.Kind.MALFORMED_UTF8, path + ": " + message, List.of(new JsonProblem(path, message)));
    }

    /**
     * Whether the first {@code length} bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no encoded surrogates,
     * nothing above U+10FFFF, no cut-off sequence), checked without allocating: the request path's fast parser is not
     * strict about UTF-8, so only bodies that pass here may take it.
     */
    static boolean wellFormedUtf8(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int more;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
                lo = c == 0xE0 ? 0xA0 : 0x80;
                hi = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
                lo = c == 0xF0 ? 0x90 : 0x80;
                hi = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + more >= length) {
                return false;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= more; k++) {
                int next = b[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }

    /** The offset of the first byte that is not well-formed UTF-8, or -1. */
    static int firstMalformedByte(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            return in.position();
        }
        r = decoder.flush(out);
        return r.isError() ? in.position() : -1;
    }

    /** How many chars the well-formed bytes before {@code offset} decode to. */
    private static int charsBefore(byte[] body, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body, 0, offset)).length();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("bytes before the first malformed one are well-formed", e);
        }
    }

    /**
     * The JSON path of the token that holds char {@code at} of {@code text} (where the malformed bytes were
     * replaced): the string value or key they sit in, or where parsing stopped.
     */
    private String pathAt(String text, int at) {
        String previous = "$";
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            // the char belongs to the last token that starts at or before it
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (p.currentTokenLocation().getCharOffset() > at) {
                    return previous;
                }
                // a garbled key names no field: the object holding it is the place
                previous = t == JsonToken.FIELD_NAME ? path(p.getParsingContext().getParent())
                        : path(p.getParsingContext());
            }
            return previous;
        } catch (JsonProcessingException e) {
            return e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "$";
        } catch (IOException e) {
            return "$";
        }
    }

    /** {@code $.candidates[3].trackId}; keys that are not identifiers in brackets, {@code $['a b']}. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                String name = c.getCurrentName();
                parts.push(IDENTIFIER.matcher(name).matches() ? "." + name
                        : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
            }
        }
        return "$" + String.join("", parts);
    }
}
