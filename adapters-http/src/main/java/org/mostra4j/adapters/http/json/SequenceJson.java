package org.mostra4j.adapters.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;

/**
 * Writes a sequence as {@code {"sessionId":…, "sequence":[{"position","trackId","relevance","gain","objectives",
 * "score"}…]}}; objectives sorted by name so the output is stable. {@link #write(Sequence)} builds a tree (the CLI
 * prints it); {@link #write(Sequence, JsonGenerator)} streams the same document without one (the service writes
 * every answer this way: a tree of 50 placements allocates about 70 KB).
 */
public final class SequenceJson {
    private static final ThreadLocal<Digits> DIGITS = ThreadLocal.withInitial(Digits::new);

    private SequenceJson() {
    }

    public static ObjectNode write(Sequence sequence) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("sessionId", sequence.session().value());
        ArrayNode items = root.putArray("sequence");
        for (Placement p : sequence.placements()) {
            ObjectNode item = items.addObject();
            item.put("position", p.position());
            item.put("trackId", p.track().value());
            item.put("relevance", p.relevance());
            item.put("gain", p.gain());
            ArrayNode objectives = item.putArray("objectives");
            p.objectives().stream().map(ObjectiveId::value).sorted().forEach(objectives::add);
            item.put("score", p.score());
        }
        return root;
    }

    /** Streams the document of {@link #write(Sequence)} token by token; the generator is not closed. */
    public static void write(Sequence sequence, JsonGenerator out) throws IOException {
        Digits digits = DIGITS.get();
        out.writeStartObject();
        out.writeStringField("sessionId", sequence.session().value());
        out.writeArrayFieldStart("sequence");
        for (Placement p : sequence.placements()) {
            out.writeStartObject();
            out.writeNumberField("position", p.position());
            out.writeStringField("trackId", p.track().value());
            number(out, "relevance", p.relevance(), digits);
            number(out, "gain", p.gain(), digits);
            out.writeArrayFieldStart("objectives");
            writeSorted(p.objectives(), out);
            out.writeEndArray();
            number(out, "score", p.score(), digits);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * A finite double as the generator writes it ({@link Double#toString}'s digits), without the String: a
     * StringBuilder appends the same digits in place (both use the JDK's FloatingDecimal).
     */
    private static void number(JsonGenerator out, String name, double value, Digits d) throws IOException {
        out.writeFieldName(name);
        d.text.setLength(0);
        d.text.append(value);
        int n = d.text.length();
        d.text.getChars(0, n, d.chars, 0);
        out.writeNumber(d.chars, 0, n);
    }

    /** A thread's buffers for {@link #number} (a double has at most 24 characters). */
    private static final class Digits {
        final StringBuilder text = new StringBuilder(32);
        final char[] chars = new char[32];
    }

    /** The names in ascending order, by repeated minimum: sets hold a few objectives, and this sorts without a copy. */
    private static void writeSorted(Set<ObjectiveId> objectives, JsonGenerator out) throws IOException {
        String last = null;
        for (int written = 0; written < objectives.size(); written++) {
            String next = null;
            for (ObjectiveId o : objectives) {
                String v = o.value();
                if ((last == null || v.compareTo(last) > 0) && (next == null || v.compareTo(next) < 0)) {
                    next = v;
                }
            }
            out.writeString(next);
            last = next;
        }
    }
}
