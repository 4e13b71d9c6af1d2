package org.mostra4j.benchmarks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import io.vavr.control.Either;
import org.mostra4j.application.port.in.GsScoreUseCase;
import org.mostra4j.application.port.out.LoadUserPlaysPort;
import org.mostra4j.application.port.out.PlayWindow;
import org.mostra4j.application.port.out.UserPlays;
import org.mostra4j.application.service.GsScoreService;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.MinimumActivity;
import org.mostra4j.domain.diversity.PlayCounts;
import org.mostra4j.domain.diversity.TrackVectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * GS for many users streamed through the use case: a 100k-track vocabulary of 40-dimensional vectors,
 * each user 30 distinct tracks with 1–10 plays, generated on the fly from a seed (generation is part of
 * the measured time, as reading from a store would be). One op = all {@code users}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GsScoreBenchmark {
    private static final int VOCABULARY = 100_000;
    private static final int DIMENSION = 40;
    private static final int TRACKS_PER_USER = 30;

    @Param({"1000000"})
    public int users;

    private TrackVectors vectors;
    private TrackId[] ids;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        TrackVectors.Builder b = TrackVectors.builder(DIMENSION);
        ids = new TrackId[VOCABULARY];
        for (int t = 0; t < VOCABULARY; t++) {
            ids[t] = TrackId.of("t" + t);
            float[] v = new float[DIMENSION];
            for (int d = 0; d < DIMENSION; d++) {
                v[d] = (float) (random.nextDouble() * 2 - 1);
            }
            b.put(ids[t], v);
        }
        vectors = b.build();
    }

    @Benchmark
    public long scoreAllUsers() {
        LoadUserPlaysPort store = (window, sink) -> {
            SplittableRandom random = new SplittableRandom(2);
            for (int u = 0; u < users; u++) {
                Map<TrackId, Long> plays = new HashMap<>();
                while (plays.size() < TRACKS_PER_USER) {
                    plays.put(ids[random.nextInt(VOCABULARY)], 1L + random.nextInt(10));
                }
                sink.accept(new UserPlays(UserId.of("u" + u), PlayCounts.of(plays)));
            }
            return users;
        };
        GsScoreService service = new GsScoreService(path -> Either.right(vectors), store);
        long[] scored = new long[1];
        service.score(new GsScoreUseCase.Command(Path.of("in-memory"), PlayWindow.ALL, MinimumActivity.LISTENER,
                u -> scored[0]++)).get();
        return scored[0];
    }
}
