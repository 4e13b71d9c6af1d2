package org.mostra4j.adapters.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder and everything below it, as the CLI removes it (scratch output, a demo started over). */
final class FolderTree {
    private FolderTree() {
    }

    /** Deletes {@code dir} and its contents, deepest first. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
