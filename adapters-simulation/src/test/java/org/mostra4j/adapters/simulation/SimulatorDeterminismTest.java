package org.mostra4j.adapters.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorDeterminismTest {
    static final List<String> TABLES = List.of("artists.csv", "tracks.csv", "users.csv", "history.csv",
            "sessions.csv", "candidates.csv", "emerging_artists.csv", "boosts.csv", "truth.csv", "truth_users.csv",
            Simulator.CONFIG_FILE);

    @TempDir
    Path tmp;

    @Test
    void theSameSeedWritesByteIdenticalFiles() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Simulator.writeCsv(SmallWorlds.tiny(7, 400), a, n -> { }).get();
        Simulator.writeCsv(SmallWorlds.tiny(7, 400), b, n -> { }).get();
        try (Stream<Path> files = Files.list(a)) {
            assertEquals(TABLES.stream().sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(table)), Files.readAllBytes(b.resolve(table)), table);
        }
    }

    @Test
    void anotherSeedWritesAnotherWorld() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Simulator.writeCsv(SmallWorlds.tiny(7, 200), a, n -> { }).get();
        Simulator.writeCsv(SmallWorlds.tiny(8, 200), b, n -> { }).get();
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("candidates.csv")),
                Files.readAllBytes(b.resolve("candidates.csv"))));
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("tracks.csv")),
                Files.readAllBytes(b.resolve("tracks.csv"))));
    }

    @Test
    void sessionsArePrefixStableAcrossRunLengths() throws IOException {
        // session k depends only on (seed, k): a longer run starts with the shorter run's sessions
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Simulator.writeCsv(SmallWorlds.tiny(7, 100), a, n -> { }).get();
        Simulator.writeCsv(SmallWorlds.tiny(7, 100).withSizes(SmallWorlds.tiny(7, 100).sizes().withSessions(150)), b,
                n -> { }).get();
        List<String> shortRun = Files.readAllLines(a.resolve("truth.csv"));
        List<String> longRun = Files.readAllLines(b.resolve("truth.csv"));
        assertTrue(longRun.size() > shortRun.size());
        assertEquals(shortRun, longRun.subList(0, shortRun.size()));
    }
}
