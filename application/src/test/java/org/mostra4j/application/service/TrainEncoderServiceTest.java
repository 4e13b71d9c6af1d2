package org.mostra4j.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.TrainEncoderUseCase;
import org.mostra4j.application.port.out.EncoderSpec;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.application.port.out.TrainEncoderPort;
import org.mostra4j.application.port.out.TrainingReport;
import org.mostra4j.application.port.out.TrainingSession;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.SessionId;

/** The service joins sessions, catalogue, history and objective labels, with in-memory fakes of the ports. */
class TrainEncoderServiceTest {
    static final UserId U = UserId.of("u1");
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final ListeningHistory HISTORY = ListeningHistory.builder()
            .add(TrackId.of("old"), ArtistId.of("known"), 3).build();

    @Test
    void everySessionArrivesWithItsTracksHistoryAndDiscoveryLabels() {
        LoggedSession s = new LoggedSession(SessionId.of("s1"), U, DAY, "radio", List.of(
                new LoggedCandidate(TrackId.of("t-known"), 1, Optional.of(true)),
                new LoggedCandidate(TrackId.of("t-new"), 2, Optional.of(false)),
                new LoggedCandidate(TrackId.of("t-uncatalogued"), 3, Optional.empty())));
        LoadSessionsPort sessions = (limit, chunk, sink) -> {
            sink.accept(List.of(s));
            return 1;
        };
        Map<TrackId, Track> catalogue = Map.of(
                TrackId.of("t-known"), Track.of(TrackId.of("t-known"), ArtistId.of("known")),
                TrackId.of("t-new"), Track.of(TrackId.of("t-new"), ArtistId.of("fresh")));
        LoadCatalogPort catalog = new LoadCatalogPort() {
            @Override
            public Map<TrackId, Track> tracks(java.util.Collection<TrackId> ids) {
                return ids.stream().filter(catalogue::containsKey).collect(Collectors.toMap(t -> t, catalogue::get));
            }

            @Override
            public void forEachTrack(java.util.function.Consumer<Track> sink) {
                catalogue.values().forEach(sink);
            }
        };
        LoadObjectiveFactsPort facts = (user, date) -> ObjectiveFacts.builder().history(HISTORY).build();
        List<TrainingSession> seen = new ArrayList<>();
        TrainEncoderPort trainer = (source, spec, file, progress) -> {
            source.forEach(seen::add);
            source.forEach(x -> { });
            return Either.right(new TrainingReport(0.5, 0.7, 1, 1, 1, 0, List.of()));
        };
        TrainEncoderService service = new TrainEncoderService(sessions, catalog, facts,
                ObjectiveCatalogue.builtIns(), trainer);

        Either<String, TrainingReport> r = service.train(new TrainEncoderUseCase.Command(EncoderSpec.defaults(),
                Path.of("m.model"), 0, m -> { }));

        assertTrue(r.isRight());
        assertEquals(1, seen.size());
        TrainingSession t = seen.get(0);
        assertEquals(Set.of(TrackId.of("t-known"), TrackId.of("t-new")), t.tracks().keySet());
        assertEquals(HISTORY, t.history());
        assertEquals(Set.of(), t.labels().get(0), "the artist was streamed before: not Discovery");
        assertEquals(Set.of(ObjectiveId.DISCOVERY), t.labels().get(1));
        assertEquals(Set.of(ObjectiveId.DISCOVERY), t.labels().get(2), "unknown artist: decided on the track");
    }
}
