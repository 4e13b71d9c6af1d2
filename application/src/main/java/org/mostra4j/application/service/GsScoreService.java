package org.mostra4j.application.service;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.mostra4j.application.port.in.GsScoreUseCase;
import org.mostra4j.application.port.out.LoadTrackVectorsPort;
import org.mostra4j.application.port.out.LoadUserPlaysPort;
import org.mostra4j.application.port.out.UserPlays;
import org.mostra4j.domain.diversity.GsDistribution;
import org.mostra4j.domain.diversity.GsScore;
import org.mostra4j.domain.diversity.TrackVectors;
import org.mostra4j.domain.diversity.WeightedVector;

/** Loads the vectors once, then scores users one at a time as the store streams them. */
public final class GsScoreService implements GsScoreUseCase {
    private final LoadTrackVectorsPort vectors;
    private final LoadUserPlaysPort plays;

    @Inject
    public GsScoreService(LoadTrackVectorsPort vectors, LoadUserPlaysPort plays) {
        this.vectors = vectors;
        this.plays = plays;
    }

    @Override
    public Either<String, Summary> score(Command command) {
        return vectors.load(command.embeddings()).map(v -> scoreAll(v, command));
    }

    private Summary scoreAll(TrackVectors v, Command command) {
        GrowingArray scores = new GrowingArray();
        long users = plays.stream(command.window(), user -> scoreOne(user, v, command, scores));
        return new Summary(users, GsDistribution.of(scores.toArray()));
    }

    private static void scoreOne(UserPlays user, TrackVectors v, Command command, GrowingArray scores) {
        user.plays().admitted(v, command.rule()).ifPresent(items -> GsScore.of(items).ifPresent(gs -> {
            double streams = items.stream().mapToDouble(WeightedVector::weight).sum();
            command.sink().accept(new UserGs(user.user(), gs, items.size(), streams));
            scores.add(gs.value());
        }));
    }

    /** A primitive list: a million users' scores take 8 MB, not 24 MB of boxed doubles. */
    private static final class GrowingArray {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
