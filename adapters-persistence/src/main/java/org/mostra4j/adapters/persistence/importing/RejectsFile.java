package org.mostra4j.adapters.persistence.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rejects file of a {@code --max-errors} import: one line per rejected row,
 * {@code file:line: column: message}, then a tab, {@code |} and the row's original text (Parquet rows
 * have none).
 */
final class RejectsFile {
    private RejectsFile() {
    }

    static Path write(Path out, Collection<Problem> problems, Map<StagedFile, Set<Long>> linesByFile) throws IOException {
        Map<String, Map<Long, String>> texts = new HashMap<>();
        for (var e : linesByFile.entrySet()) {
            texts.put(e.getKey().displayName(), e.getKey().originalLines(e.getValue()));
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Problem p : problems) {
                String original = texts.getOrDefault(p.file(), Map.of()).get(p.line());
                w.write(p.toString());
                if (original != null) {
                    w.write("\t| ");
                    w.write(original);
                }
                w.newLine();
            }
        }
        return out;
    }
}
