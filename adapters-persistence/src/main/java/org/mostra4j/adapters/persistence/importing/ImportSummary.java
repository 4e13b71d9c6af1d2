package org.mostra4j.adapters.persistence.importing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a committed import added.
 *
 * @param rowsAdded   rows added per store table, in load order
 * @param rejected    rows left out (only with {@code --max-errors})
 * @param rejectsFile where they were written, when any were
 * @param inputRows   data rows read from the input files
 * @param replays     replays folded into candidates (a track played again in the same session)
 * @param warnings    things the user should know that did not stop the import (ignored columns, …)
 */
public record ImportSummary(Map<String, Long> rowsAdded, long rejected, Optional<Path> rejectsFile, long inputRows,
        Replays replays, List<String> warnings) {
    public ImportSummary {
        rowsAdded = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowsAdded));
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(replays, "replays");
        if (rejected < 0 || inputRows < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were rejected=" + rejected + " inputRows=" + inputRows);
        }
    }

    public ImportSummary(Map<String, Long> rowsAdded, long rejected, Optional<Path> rejectsFile, long inputRows) {
        this(rowsAdded, rejected, rejectsFile, inputRows, Replays.NONE, List.of());
    }

    /**
     * Replays folded away: {@code plays} extra plays (beyond each candidate's first) were folded into
     * {@code candidates} candidates, which keep their first position, first outcome and the play count.
     */
    public record Replays(long plays, long candidates) {
        public static final Replays NONE = new Replays(0, 0);

        public Replays {
            if (plays < 0 || candidates < 0 || candidates > plays) {
                throw new IllegalArgumentException("need 0 <= candidates <= plays, were " + candidates + ", " + plays);
            }
        }

        Replays plus(Replays other) {
            return new Replays(plays + other.plays, candidates + other.candidates);
        }
    }
}
