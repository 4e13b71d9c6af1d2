package org.mostra4j.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.GsScoreUseCase;
import org.mostra4j.application.port.out.LoadUserPlaysPort;
import org.mostra4j.application.port.out.PlayWindow;
import org.mostra4j.application.port.out.UserPlays;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.MinimumActivity;
import org.mostra4j.domain.diversity.PlayCounts;
import org.mostra4j.domain.diversity.TrackVectors;

class GsScoreServiceTest {
    private static final TrackVectors AXES = TrackVectors.builder(2)
            .put(TrackId.of("x1"), new float[] {1, 0}).put(TrackId.of("x2"), new float[] {2, 0})
            .put(TrackId.of("y1"), new float[] {0, 1}).put(TrackId.of("y2"), new float[] {0, 3})
            .build();

    private static UserPlays user(String id, Map<String, Long> plays) {
        Map<TrackId, Long> m = new HashMap<>();
        plays.forEach((k, v) -> m.put(TrackId.of(k), v));
        return new UserPlays(UserId.of(id), PlayCounts.of(m));
    }

    private final List<UserPlays> users = List.of(
            user("narrow", Map.of("x1", 5L, "x2", 5L)),
            user("broad", Map.of("x1", 5L, "y1", 5L)),
            user("quiet", Map.of("x1", 1L)));
    private final LoadUserPlaysPort store = (window, sink) -> {
        users.forEach(sink);
        return users.size();
    };

    @Test
    void everyUserWithEnoughActivityIsScoredAndStreamedToTheSink() {
        List<GsScoreUseCase.UserGs> out = new ArrayList<>();
        GsScoreService service = new GsScoreService(path -> Either.right(AXES), store);
        GsScoreUseCase.Summary summary = service.score(new GsScoreUseCase.Command(Path.of("m"), PlayWindow.ALL,
                new MinimumActivity(2, 2), out::add)).get();
        assertEquals(3, summary.users());
        assertEquals(1, summary.unscored());
        assertEquals(List.of("narrow", "broad"), out.stream().map(u -> u.user().value()).toList());
        assertEquals(1.0, out.get(0).score().value(), 1e-12);
        assertEquals(Math.sqrt(0.5), out.get(1).score().value(), 1e-12);
        assertEquals(10.0, out.get(1).streams());
        assertEquals(2, out.get(1).tracks());
    }

    @Test
    void aModelThatCannotBeLoadedIsReportedNotThrown() {
        GsScoreService service = new GsScoreService(path -> Either.left(path + ": no such model"), store);
        Either<String, GsScoreUseCase.Summary> result = service.score(new GsScoreUseCase.Command(Path.of("gone"),
                PlayWindow.ALL, MinimumActivity.LISTENER, u -> { }));
        assertTrue(result.isLeft());
        assertEquals("gone: no such model", result.getLeft());
    }
}
