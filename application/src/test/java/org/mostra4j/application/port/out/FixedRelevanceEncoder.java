package org.mostra4j.application.port.out;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.session.Session;

/**
 * An in-memory encoder for tests: relevance per track from a table (or a fixed failure), and a record
 * of every call so tests can check what the use case handed it.
 */
public final class FixedRelevanceEncoder implements EncodeRelevancePort {
    private final Map<TrackId, Double> relevance;
    private final String failure;
    private final List<Call> calls = new ArrayList<>();
    private int extra;

    private FixedRelevanceEncoder(Map<TrackId, Double> relevance, String failure) {
        this.relevance = relevance;
        this.failure = failure;
    }

    /** Answers {@code relevance.get(track)} for every candidate. */
    public static FixedRelevanceEncoder of(Map<String, Double> relevance) {
        Map<TrackId, Double> byId = new java.util.HashMap<>();
        relevance.forEach((k, v) -> byId.put(TrackId.of(k), v));
        return new FixedRelevanceEncoder(byId, null);
    }

    /** Always fails with {@code reason}. */
    public static FixedRelevanceEncoder failing(String reason) {
        return new FixedRelevanceEncoder(Map.of(), reason);
    }

    /** Returns {@code count} extra values, breaking the port's one-value-per-candidate contract. */
    public FixedRelevanceEncoder withExtraValues(int count) {
        this.extra = count;
        return this;
    }

    /** What the encoder was asked. */
    public record Call(Session session, List<Set<ObjectiveId>> labels) {
    }

    public List<Call> calls() {
        return calls;
    }

    @Override
    public Either<String, List<Relevance>> encode(Session session, List<Set<ObjectiveId>> labels) {
        calls.add(new Call(session, List.copyOf(labels)));
        if (failure != null) {
            return Either.left(failure);
        }
        List<Relevance> out = new ArrayList<>();
        session.candidates().forEach(c -> out.add(Relevance.of(relevance.getOrDefault(c.track(), 0.5))));
        for (int i = 0; i < extra; i++) {
            out.add(Relevance.of(0.5));
        }
        return Either.right(out);
    }
}
