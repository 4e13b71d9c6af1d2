package org.mostra4j.application.port.out;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads a dataset into the store. Contract: all or nothing — on {@code Left} the store is exactly as
 * before; every problem reads {@code file:line: column: message}; with {@code maxErrors = 0} the first
 * problem aborts, with N > 0 up to N bad rows are left out and written with their reasons to the rejects
 * file.
 */
public interface ImportDatasetPort {
    Either<Rejected, Imported> importDataset(Source source, Limits limits, Consumer<String> progress);

    /** What to import. */
    sealed interface Source permits Canonical, Mssd, LastFm {
    }

    /** A canonical-layout folder (CSV or Parquet per table). */
    record Canonical(Path dir) implements Source {
        public Canonical {
            Objects.requireNonNull(dir, "dir");
        }
    }

    /** An MSSD log, its optional track-features file and boost list; see the adapter for the proxies. */
    record Mssd(Path log, Optional<Path> features, Optional<Path> boosts, double emergingPercentile) implements Source {
        public Mssd {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(features, "features");
            Objects.requireNonNull(boosts, "boosts");
            if (!(emergingPercentile > 0 && emergingPercentile < 1)) {
                throw new IllegalArgumentException("emergingPercentile must be in (0,1), was " + emergingPercentile);
            }
        }
    }

    /** A Last.fm-1K TSV; sessions end at pauses longer than {@code gap}. */
    record LastFm(Path log, Duration gap) implements Source {
        public LastFm {
            Objects.requireNonNull(log, "log");
            if (gap.isNegative() || gap.isZero()) {
                throw new IllegalArgumentException("gap must be positive, was " + gap);
            }
        }
    }

    /** The error budget and where rejected rows go. */
    record Limits(long maxErrors, Path rejectsFile) {
        public Limits {
            if (maxErrors < 0) {
                throw new IllegalArgumentException("maxErrors must be >= 0, was " + maxErrors);
            }
            Objects.requireNonNull(rejectsFile, "rejectsFile");
        }

        public static Limits strict() {
            return new Limits(0, Path.of("rejects.txt"));
        }
    }

    /** A committed import: rows added per table, input rows read, rows rejected. */
    record Imported(Map<String, Long> rowsAdded, long inputRows, long rejected, Optional<Path> rejectsFile) {
        public Imported {
            rowsAdded = Map.copyOf(rowsAdded);
            Objects.requireNonNull(rejectsFile, "rejectsFile");
        }
    }

    /** A refused import: the problems ({@code file:line: column: message}, first first) and why nothing was written. */
    record Rejected(List<String> problems, String reason) {
        public Rejected {
            problems = List.copyOf(problems);
            Objects.requireNonNull(reason, "reason");
        }
    }
}
