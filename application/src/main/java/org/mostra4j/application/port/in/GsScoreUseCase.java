package org.mostra4j.application.port.in;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.mostra4j.application.port.out.PlayWindow;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.GsDistribution;
import org.mostra4j.domain.diversity.GsScore;
import org.mostra4j.domain.diversity.MinimumActivity;

/**
 * Scores every user's listening diversity (GS) over a window with saved track vectors. Users are
 * streamed: each scored user goes to the command's sink as soon as it is computed; the returned summary
 * holds the distribution and how many users had too little activity to be scored.
 */
public interface GsScoreUseCase {

    Either<String, Summary> score(Command command);

    record Command(Path embeddings, PlayWindow window, MinimumActivity rule, Consumer<UserGs> sink) {
        public Command {
            Objects.requireNonNull(embeddings, "embeddings");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(sink, "sink");
        }
    }

    /** One scored user: the GS, and the in-vocabulary distinct tracks and streams it rests on. */
    record UserGs(UserId user, GsScore score, int tracks, double streams) {
        public UserGs {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(score, "score");
        }
    }

    /** {@code users} seen in the window, of which {@code distribution.count()} were scored. */
    record Summary(long users, GsDistribution distribution) {
        public Summary {
            Objects.requireNonNull(distribution, "distribution");
            if (users < distribution.count()) {
                throw new IllegalArgumentException("scored " + distribution.count() + " of only " + users + " users");
            }
        }

        public long unscored() {
            return users - distribution.count();
        }
    }
}
