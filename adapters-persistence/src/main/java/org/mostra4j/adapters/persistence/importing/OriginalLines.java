package org.mostra4j.adapters.persistence.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Reads chosen physical lines of a text file (for the rejects file), tolerating bad UTF-8. */
final class OriginalLines {
    private OriginalLines() {
    }

    static Map<Long, String> read(Path file, Set<Long> wanted) throws IOException {
        Map<Long, String> found = new HashMap<>();
        if (wanted.isEmpty() || file.getFileName().toString().endsWith(".parquet")) {
            return found;
        }
        long max = wanted.stream().mapToLong(Long::longValue).max().orElse(0);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(LineLayout.open(file), decoder))) {
            long n = 0;
            for (String line = in.readLine(); line != null && n < max; line = in.readLine()) {
                n++;
                if (wanted.contains(n)) {
                    found.put(n, line);
                }
            }
        }
        return found;
    }
}
