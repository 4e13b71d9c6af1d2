package org.mostra4j.application.port.out;

import io.vavr.control.Either;
import java.nio.file.Path;
import org.mostra4j.domain.diversity.TrackVectors;

/** Reads track vectors saved by {@link SaveTrackVectorsPort}, checking them against their manifest. */
public interface LoadTrackVectorsPort {
    Either<String, TrackVectors> load(Path model);
}
