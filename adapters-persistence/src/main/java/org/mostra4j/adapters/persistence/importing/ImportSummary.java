package org.mostra4j.adapters.persistence.importing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a committed import added.
 *
 * @param rowsAdded   rows added per store table, in load order
 * @param rejected    rows left out (only with {@code --max-errors})
 * @param rejectsFile where they were written, when any were
 * @param inputRows   data rows read from the input files
 */
public record ImportSummary(Map<String, Long> rowsAdded, long rejected, Optional<Path> rejectsFile, long inputRows) {
    public ImportSummary {
        rowsAdded = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowsAdded));
        if (rejected < 0 || inputRows < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were rejected=" + rejected + " inputRows=" + inputRows);
        }
    }
}
