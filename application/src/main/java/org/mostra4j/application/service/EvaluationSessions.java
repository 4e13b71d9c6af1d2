package org.mostra4j.application.service;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.evaluation.EvaluationCandidate;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.objective.ObjectiveDecorator;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.session.Session;

/**
 * Joins one chunk of logged sessions with the catalogue (artists), the objective facts of the session
 * date (labels) and the encoder (predicted satisfaction over the whole logged candidate set).
 */
final class EvaluationSessions {
    private final LoadCatalogPort catalog;
    private final LoadObjectiveFactsPort facts;
    private final ObjectiveDecorator decorator;
    private final List<ObjectiveId> objectives;
    private final EncodeRelevancePort encoder;
    // what the data lets Discovery see, for the report's notes (real logs may lack artists and histories)
    private long candidatesJoined;
    private long candidatesWithoutArtist;
    private long sessionsJoined;
    private long sessionsWithHistory;

    EvaluationSessions(LoadCatalogPort catalog, LoadObjectiveFactsPort facts, ObjectiveCatalogue objectives,
            EncodeRelevancePort encoder) {
        this.catalog = catalog;
        this.facts = facts;
        this.decorator = new ObjectiveDecorator(objectives);
        this.objectives = List.copyOf(objectives.ids());
        this.encoder = encoder;
    }

    List<ObjectiveId> objectives() {
        return objectives;
    }

    /** Whether a logged session can be evaluated: at least one candidate, no track twice. */
    static boolean usable(LoggedSession s) {
        Set<TrackId> seen = new HashSet<>();
        return !s.candidates().isEmpty() && s.candidates().stream().allMatch(c -> seen.add(c.track()));
    }

    /** The usable sessions of the chunk, joined; or the first encoder failure. */
    Either<EvaluationError, List<EvaluationSession>> join(List<LoggedSession> chunk) {
        List<TrackId> ids = chunk.stream().flatMap(s -> s.candidates().stream()).map(LoggedCandidate::track)
                .distinct().toList();
        Map<TrackId, Track> tracks = catalog.tracks(ids);
        List<EvaluationSession> out = new ArrayList<>(chunk.size());
        for (LoggedSession s : chunk) {
            if (!usable(s)) {
                continue;
            }
            Either<EvaluationError, EvaluationSession> joined = join(s, tracks);
            if (joined.isLeft()) {
                return Either.left(joined.getLeft());
            }
            out.add(joined.get());
        }
        return Either.right(out);
    }

    private Either<EvaluationError, EvaluationSession> join(LoggedSession logged, Map<TrackId, Track> tracks) {
        List<LoggedCandidate> inOrder = logged.candidates().stream()
                .sorted(Comparator.comparingInt(LoggedCandidate::loggedPosition)).toList();
        Session asked = new Session(logged.id(), logged.user(), logged.date(),
                inOrder.stream().map(c -> candidate(c, tracks)).toList());
        ObjectiveFacts f = facts.factsFor(logged.user(), logged.date());
        sessionsJoined++;
        sessionsWithHistory += f.history().distinctTracks() > 0 ? 1 : 0;
        candidatesJoined += asked.candidates().size();
        candidatesWithoutArtist += asked.candidates().stream().filter(c -> c.artist().isEmpty()).count();
        List<Set<ObjectiveId>> labels = asked.candidates().stream().map(c -> decorator.labels(asked, c, f)).toList();
        Either<String, List<Relevance>> encoded = encoder.encode(asked, labels);
        if (encoded.isLeft()) {
            return Either.left(new EvaluationError.RelevanceUnavailable(logged.id(), encoded.getLeft()));
        }
        List<Relevance> relevance = encoded.get();
        if (relevance.size() != inOrder.size()) {
            return Either.left(new EvaluationError.RelevanceUnavailable(logged.id(), "the encoder returned "
                    + relevance.size() + " relevances for " + inOrder.size() + " candidates"));
        }
        List<EvaluationCandidate> cs = new ArrayList<>(inOrder.size());
        for (int i = 0; i < inOrder.size(); i++) {
            LoggedCandidate c = inOrder.get(i);
            cs.add(new EvaluationCandidate(c.track(), relevance.get(i), labels.get(i), c.sat()));
        }
        return Either.right(EvaluationSession.of(logged.id(), objectives, cs));
    }

    private static Candidate candidate(LoggedCandidate logged, Map<TrackId, Track> tracks) {
        Candidate c = Candidate.of(logged.track());
        Track t = tracks.get(logged.track());
        return t == null || t.artist().isEmpty() ? c : c.withArtist(t.artist().get());
    }

    /** Starts the counts behind {@link #discoveryNote()} afresh (one evaluation run). */
    void resetCounts() {
        candidatesJoined = 0;
        candidatesWithoutArtist = 0;
        sessionsJoined = 0;
        sessionsWithHistory = 0;
    }

    /** What the sessions joined so far let Discovery see (the report's note when it cannot be measured). */
    DiscoveryCoverage coverage() {
        return new DiscoveryCoverage(candidatesJoined, candidatesWithoutArtist, sessionsJoined, sessionsWithHistory);
    }

    /** Why Discovery cannot be measured on the sessions joined so far, if it cannot. */
    java.util.Optional<String> discoveryNote() {
        return coverage().note();
    }
}
