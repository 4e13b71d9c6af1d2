package org.mostra4j.adapters.http;

import java.util.List;
import org.mostra4j.adapters.http.json.JsonProblem;
import org.mostra4j.application.port.in.SequencingError;
import org.mostra4j.domain.catalog.ObjectiveId;

/** Maps the use case's errors onto field problems with the JSON paths of the request document. */
final class SequencingProblems {
    private SequencingProblems() {
    }

    static List<JsonProblem> of(SequencingError error) {
        if (error instanceof SequencingError.InvalidPolicy p) {
            return p.problems().stream().map(x -> new JsonProblem("$.policy." + x.field(), x.message())).toList();
        }
        if (error instanceof SequencingError.UnknownObjective u) {
            String path = u.where().startsWith("policy.") ? "$." + u.where() + "." + u.objective() : "$." + u.where();
            return List.of(new JsonProblem(path, "unknown objective '" + u.objective() + "' (known: " + String.join(", ",
                    u.known().stream().map(ObjectiveId::value).sorted().toList()) + ")"));
        }
        if (error instanceof SequencingError.EmptySession) {
            return List.of(new JsonProblem("$.candidates", "must not be empty"));
        }
        if (error instanceof SequencingError.DuplicateCandidate d) {
            return List.of(new JsonProblem("$.candidates[" + d.secondIndex() + "].trackId",
                    "track \"" + d.track() + "\" duplicates $.candidates[" + d.firstIndex() + "]"));
        }
        if (error instanceof SequencingError.NonFiniteRelevance r) {
            return List.of(new JsonProblem("$.candidates[" + r.index() + "].relevance",
                    "must be finite and in [0,1], was " + r.value()));
        }
        if (error instanceof SequencingError.RelevanceUnavailable r) {
            return List.of(new JsonProblem("$.candidates", "no relevance: " + r.reason()));
        }
        return List.of(new JsonProblem("$", error.message()));
    }
}
