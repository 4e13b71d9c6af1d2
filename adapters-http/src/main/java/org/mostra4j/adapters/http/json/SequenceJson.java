package org.mostra4j.adapters.http.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;

/**
 * Writes a sequence as {@code {"sessionId":…, "sequence":[{"position","trackId","relevance","gain","objectives",
 * "score"}…]}}; objectives sorted by name so the output is stable.
 */
public final class SequenceJson {
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
}
