package org.mostra4j.application.service;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.mostra4j.application.port.in.TrainEncoderUseCase;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.application.port.out.TrainEncoderPort;
import org.mostra4j.application.port.out.TrainingReport;
import org.mostra4j.application.port.out.TrainingSession;
import org.mostra4j.application.port.out.LoadTrainingSessionsPort;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.objective.ObjectiveDecorator;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.Session;

/**
 * Joins the stored sessions with the catalogue, the users' histories and the objective labels of the
 * session date (streamed chunk by chunk), and hands them to the trainer.
 */
public final class TrainEncoderService implements TrainEncoderUseCase {
    private static final int CHUNK = 512;
    private final LoadSessionsPort sessions;
    private final LoadCatalogPort catalog;
    private final LoadObjectiveFactsPort facts;
    private final ObjectiveCatalogue objectives;
    private final TrainEncoderPort trainer;

    @Inject
    public TrainEncoderService(LoadSessionsPort sessions, LoadCatalogPort catalog, LoadObjectiveFactsPort facts,
            ObjectiveCatalogue objectives, TrainEncoderPort trainer) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.facts = facts;
        this.objectives = objectives;
        this.trainer = trainer;
    }

    @Override
    public Either<String, TrainingReport> train(Command command) {
        LoadTrainingSessionsPort source = sink -> sessions.stream(command.limit(), CHUNK, chunk -> joinChunk(chunk, sink));
        return trainer.train(source, command.spec(), command.model(), command.progress());
    }

    private void joinChunk(List<LoggedSession> chunk, Consumer<TrainingSession> sink) {
        List<TrackId> ids = chunk.stream().flatMap(s -> s.candidates().stream()).map(LoggedCandidate::track)
                .distinct().toList();
        Map<TrackId, Track> tracks = catalog.tracks(ids);
        ObjectiveDecorator decorator = new ObjectiveDecorator(objectives);
        for (LoggedSession s : chunk) {
            ObjectiveFacts f = facts.factsFor(s.user(), s.date());
            Session asked = new Session(s.id(), s.user(), s.date(), s.candidates().stream()
                    .map(c -> candidate(c, tracks)).toList());
            List<Set<ObjectiveId>> labels = asked.candidates().stream().map(c -> decorator.labels(asked, c, f)).toList();
            Map<TrackId, Track> own = s.candidates().stream().map(LoggedCandidate::track).filter(tracks::containsKey)
                    .distinct().collect(java.util.stream.Collectors.toMap(t -> t, tracks::get));
            // the facts carry the history before the session date: one read serves the labels and the features
            // only sessions whose logged order is random teach the prefix head (MSSD: shuffle-play sessions)
            sink.accept(new TrainingSession(s, own, f.history(), labels, s.positionsRandom()));
        }
    }

    private static Candidate candidate(LoggedCandidate logged, Map<TrackId, Track> tracks) {
        Candidate c = Candidate.of(logged.track());
        Track t = tracks.get(logged.track());
        return t == null || t.artist().isEmpty() ? c : c.withArtist(t.artist().get());
    }
}
