package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a user names: each input is a file or a folder (then every {@code *.csv}, {@code *.csv.gz} and
 * {@code *.parquet} directly in it, in name order), and inputs may repeat. Public datasets ship as many part
 * files ({@code log_0_20180715_000000000000.csv.gz …}), which are one import.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** Expands {@code inputs}; records a fatal problem and returns an empty list when one cannot be read. */
    static List<Path> expand(ImportRun run, List<Path> inputs) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        boolean ok = true;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> parts = parts(input);
                if (parts.isEmpty()) {
                    run.fatal(new Problem(input.toString(), 0, "-", "no *.csv, *.csv.gz or *.parquet file in this folder"));
                    ok = false;
                }
                files.addAll(parts);
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                run.fatal(new Problem(input.toString(), 0, "-", "no such file or folder"));
                ok = false;
            }
        }
        return ok ? new ArrayList<>(files) : List.of();
    }

    static boolean isPart(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".parquet");
    }

    static boolean isParquet(Path file) {
        return file.getFileName().toString().endsWith(".parquet");
    }

    private static List<Path> parts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(InputFiles::isPart).sorted().toList();
        }
    }
}
