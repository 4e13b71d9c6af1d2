package org.mostra4j.adapters.cli;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.application.port.out.OutcomeOraclePort;
import org.mostra4j.application.service.EvaluatePoliciesService;
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
 * A seeded world of 40 tracks (artist = track number mod 10) and 30 sessions of 12 candidates, for the
 * evaluate command: a third of the artists are emerging, every fifth track is boosted, the user has
 * streamed half the artists. The encoder's prediction and the oracle's truth are fixed per track; the
 * oracle lowers completion by 10 % per Discovery track served earlier (a set-aware truth).
 */
final class TinyWorld implements EvaluationBackend {
    static final LocalDate DATE = LocalDate.of(2026, 3, 1);
    private final List<LoggedSession> sessions = new ArrayList<>();
    private final Map<TrackId, Double> predicted = new HashMap<>();
    boolean closed;
    /** The model's sequence head; none unless a test sets one. */
    Optional<org.mostra4j.domain.search.PrefixRelevance> head = Optional.empty();

    TinyWorld() {
        SplittableRandom r = new SplittableRandom(5);
        for (int t = 0; t < 40; t++) {
            predicted.put(track(t), 0.3 + 0.6 * r.nextDouble());
        }
        for (int s = 0; s < 30; s++) {
            List<LoggedCandidate> cs = new ArrayList<>();
            int start = r.nextInt(40);
            for (int i = 0; i < 12; i++) {
                cs.add(new LoggedCandidate(track((start + 3 * i) % 40), i + 1, Optional.of(r.nextBoolean())));
            }
            sessions.add(new LoggedSession(SessionId.of(String.format("s%02d", s)), UserId.of("u"), DATE, "radio", cs));
        }
    }

    static TrackId track(int t) {
        return TrackId.of(String.format("t%02d", t));
    }

    static ArtistId artist(TrackId t) {
        return ArtistId.of("a" + Integer.parseInt(t.value().substring(1)) % 10);
    }

    /** The evaluation runs frontier and tune stored. */
    final List<org.mostra4j.application.port.out.SaveEvaluationRunPort.EvaluationRun> stored = new ArrayList<>();
    final org.mostra4j.application.port.out.SaveEvaluationRunPort runs =
            new org.mostra4j.application.port.out.SaveEvaluationRunPort() {
                @Override
                public void save(EvaluationRun run) {
                    stored.add(run);
                }

                @Override
                public List<EvaluationRun> list() {
                    return stored;
                }
            };

    @Override
    public Either<String, Opened> open(java.nio.file.Path db, java.nio.file.Path model,
            Optional<java.nio.file.Path> simulated) {
        EvaluatePoliciesService service = new EvaluatePoliciesService(sessionsPort(), catalog(), (u, d) -> facts(),
                ObjectiveCatalogue.builtIns(), (session, labels) -> Either.right(session.candidates().stream()
                        .map(c -> Relevance.of(predicted.get(c.track()))).toList()), simulated.map(w -> oracle()));
        org.mostra4j.application.service.TradeOffService tradeOffs = new org.mostra4j.application.service
                .TradeOffService(sessionsPort(), catalog(), (u, d) -> facts(), ObjectiveCatalogue.builtIns(),
                (session, labels) -> Either.right(session.candidates().stream()
                        .map(c -> Relevance.of(predicted.get(c.track()))).toList()), simulated.map(w -> oracle()),
                Optional.of(runs));
        return Either.right(new Opened() {
            public org.mostra4j.application.port.in.EvaluatePoliciesUseCase useCase() {
                return service;
            }

            public org.mostra4j.application.port.in.FrontierUseCase frontier() {
                return tradeOffs;
            }

            public org.mostra4j.application.port.in.TuneUseCase tune() {
                return tradeOffs;
            }

            public void close() {
                closed = true;
            }

            @Override
            public Optional<org.mostra4j.domain.search.PrefixRelevance> prefixRelevance() {
                return head;
            }
        });
    }

    private LoadSessionsPort sessionsPort() {
        return (limit, chunk, sink) -> {
            List<LoggedSession> all = limit <= 0 ? sessions : sessions.subList(0, (int) Math.min(limit, sessions.size()));
            for (int i = 0; i < all.size(); i += chunk) {
                sink.accept(all.subList(i, Math.min(all.size(), i + chunk)));
            }
            return all.size();
        };
    }

    private static LoadCatalogPort catalog() {
        return new LoadCatalogPort() {
            public Map<TrackId, Track> tracks(Collection<TrackId> ids) {
                Map<TrackId, Track> out = new HashMap<>();
                ids.forEach(id -> out.put(id, Track.of(id, artist(id))));
                return out;
            }

            public void forEachTrack(Consumer<Track> sink) {
            }
        };
    }

    private static ObjectiveFacts facts() {
        ListeningHistory.Builder h = ListeningHistory.builder();
        DatedList.Builder<ArtistId> emerging = DatedList.builder();
        DatedList.Builder<TrackId> boosts = DatedList.builder();
        for (int t = 0; t < 40; t++) {
            if (t % 10 < 5) {
                h.add(track(t), artist(track(t)), 2);
            }
            if (t % 10 >= 7) {
                emerging.add(artist(track(t)), DATE, DATE);
            }
            if (t % 5 == 0) {
                boosts.add(track(t), DATE, DATE);
            }
        }
        return ObjectiveFacts.builder().history(h.build()).emergingArtists(emerging.build()).boosts(boosts.build()).build();
    }

    /** Every track points along its artist's direction in a quarter of the unit circle (no top k cancels out). */
    @Override
    public Either<String, org.mostra4j.domain.diversity.TrackVectors> embeddings(java.nio.file.Path folder) {
        var vectors = org.mostra4j.domain.diversity.TrackVectors.builder(2);
        for (int t = 0; t < 40; t++) {
            double angle = Math.PI / 2 * (t % 10) / 10;
            vectors.put(track(t), new float[] {(float) Math.cos(angle), (float) Math.sin(angle)});
        }
        return Either.right(vectors.build());
    }

    private OutcomeOraclePort oracle() {
        return new OutcomeOraclePort() {
            public Either<String, List<Double>> expectedCompletion(SessionId session, List<TrackId> order) {
                List<Double> out = new ArrayList<>();
                int discoveries = 0;
                for (TrackId t : order) {
                    out.add(predicted.get(t) * Math.pow(0.9, discoveries));
                    discoveries += Integer.parseInt(t.value().substring(1)) % 10 >= 5 ? 1 : 0;
                }
                return Either.right(out);
            }

            public Either<String, List<Double>> loggedCompletion(SessionId session) {
                return loggedOrder(session).flatMap(o -> expectedCompletion(session, o));
            }

            public Either<String, List<TrackId>> loggedOrder(SessionId session) {
                return sessions.stream().filter(s -> s.id().equals(session)).findFirst()
                        .<Either<String, List<TrackId>>>map(s -> Either.right(s.candidates().stream()
                                .map(LoggedCandidate::track).toList()))
                        .orElse(Either.left("unknown session " + session));
            }
        };
    }
}
