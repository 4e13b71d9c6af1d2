package org.mostra4j.application.service;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.application.port.out.OutcomeOraclePort;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.DatedList;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.session.SessionId;

/**
 * A tiny in-memory world for the evaluation service: tracks t1..t4 by artists a1..a4, the user has
 * streamed t1, t2, t4 (so t3 serves Discovery), a2 is emerging (t2 serves Exposure), t4 is boosted.
 * The encoder predicts the spec's worked-example relevances. The oracle's known set-aware model: a track
 * at position t completes with probability base · (1 − 0.2 · Discovery tracks served before t).
 */
final class EvaluationWorld {
    static final LocalDate DATE = LocalDate.of(2026, 3, 1);
    static final Map<String, Double> PREDICTED = Map.of("t1", 0.96, "t2", 0.95, "t3", 0.80, "t4", 0.93);
    static final Map<String, Double> BASE = Map.of("t1", 0.9, "t2", 0.6, "t3", 0.5, "t4", 0.7);
    static final Map<String, Boolean> LOGGED_SAT = Map.of("t1", true, "t2", false, "t3", true, "t4", false);

    final List<LoggedSession> sessions = new ArrayList<>();
    final List<Integer> chunkSizes = new ArrayList<>();

    /** n copies of the worked-example session (ids s000, s001, ...), logged order t1..t4. */
    static EvaluationWorld withSessions(int n) {
        EvaluationWorld w = new EvaluationWorld();
        for (int i = 0; i < n; i++) {
            w.sessions.add(session(String.format("s%03d", i), List.of("t1", "t2", "t3", "t4")));
        }
        return w;
    }

    static LoggedSession session(String id, List<String> tracks) {
        List<LoggedCandidate> cs = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            cs.add(new LoggedCandidate(TrackId.of(tracks.get(i)), i + 1, Optional.of(LOGGED_SAT.get(tracks.get(i)))));
        }
        return new LoggedSession(SessionId.of(id), UserId.of("u1"), DATE, "radio", cs);
    }

    LoadSessionsPort sessionsPort() {
        return (limit, chunkSize, sink) -> {
            chunkSizes.add(chunkSize);
            List<LoggedSession> all = limit <= 0 ? sessions : sessions.subList(0, (int) Math.min(limit, sessions.size()));
            for (int from = 0; from < all.size(); from += chunkSize) {
                sink.accept(List.copyOf(all.subList(from, Math.min(all.size(), from + chunkSize))));
            }
            return all.size();
        };
    }

    static LoadCatalogPort catalog() {
        return new LoadCatalogPort() {
            @Override
            public Map<TrackId, Track> tracks(Collection<TrackId> ids) {
                Map<TrackId, Track> out = new java.util.HashMap<>();
                ids.forEach(id -> out.put(id, Track.of(id, ArtistId.of("a" + id.value().substring(1)))));
                return out;
            }

            @Override
            public void forEachTrack(Consumer<Track> sink) {
                PREDICTED.keySet().forEach(t -> sink.accept(Track.of(TrackId.of(t), ArtistId.of("a" + t.substring(1)))));
            }
        };
    }

    static LoadObjectiveFactsPort facts() {
        ListeningHistory.Builder h = ListeningHistory.builder();
        for (String t : List.of("t1", "t2", "t4")) {
            h.add(TrackId.of(t), ArtistId.of("a" + t.substring(1)), 3);
        }
        ObjectiveFacts f = ObjectiveFacts.builder().history(h.build())
                .emergingArtists(DatedList.<ArtistId>builder().add(ArtistId.of("a2"), DATE, DATE).build())
                .boosts(DatedList.<TrackId>builder().add(TrackId.of("t4"), DATE, DATE).build()).build();
        return (user, date) -> f;
    }

    static EncodeRelevancePort encoder() {
        return (session, labels) -> Either.right(session.candidates().stream()
                .map(c -> Relevance.of(PREDICTED.get(c.track().value()))).toList());
    }

    static OutcomeOraclePort oracle() {
        return new OutcomeOraclePort() {
            @Override
            public Either<String, List<Double>> expectedCompletion(SessionId session, List<TrackId> order) {
                List<Double> out = new ArrayList<>();
                int discoveries = 0;
                for (TrackId t : order) {
                    out.add(BASE.get(t.value()) * (1 - 0.2 * discoveries));
                    discoveries += t.value().equals("t3") ? 1 : 0;
                }
                return Either.right(out);
            }

            @Override
            public Either<String, List<Double>> loggedCompletion(SessionId session) {
                return loggedOrder(session).flatMap(o -> expectedCompletion(session, o));
            }

            @Override
            public Either<String, List<TrackId>> loggedOrder(SessionId session) {
                return Either.right(List.of(TrackId.of("t1"), TrackId.of("t2"), TrackId.of("t3"), TrackId.of("t4")));
            }

            @Override
            public List<String> termNames() {
                return List.of("track", "position");
            }

            /** A made-up split for the report's note: the track's base rate, and its 0-based position. */
            @Override
            public Either<String, List<List<Double>>> completionTerms(SessionId session, List<TrackId> order) {
                List<Double> base = order.stream().map(t -> BASE.get(t.value())).toList();
                List<Double> position = new ArrayList<>();
                for (int t = 0; t < order.size(); t++) {
                    position.add((double) t);
                }
                return Either.right(List.of(base, position));
            }
        };
    }

    EvaluatePoliciesService service(boolean withOracle) {
        return service(encoder(), withOracle);
    }

    EvaluatePoliciesService service(EncodeRelevancePort encoder, boolean withOracle) {
        return new EvaluatePoliciesService(sessionsPort(), catalog(), facts(), ObjectiveCatalogue.builtIns(), encoder,
                withOracle ? Optional.of(oracle()) : Optional.empty());
    }
}
