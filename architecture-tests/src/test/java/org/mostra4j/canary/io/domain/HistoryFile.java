package org.mostra4j.canary.io.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Canary: a domain class reading a file. */
public final class HistoryFile {
    long size(Path path) throws IOException {
        return Files.size(path);
    }
}
