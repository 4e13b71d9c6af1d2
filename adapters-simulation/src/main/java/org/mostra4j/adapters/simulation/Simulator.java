package org.mostra4j.adapters.simulation;

import io.vavr.control.Either;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * The simulator's entry point: generates the world of a configuration and writes it as a canonical CSV
 * dataset, streaming the sessions. The folder also gets {@code simulation.yaml}, the full configuration,
 * from which {@link SimulatedOutcomeOracle#open(Path)} regenerates the world to answer oracle questions.
 */
public final class Simulator {
    /** The configuration file written next to the tables. */
    public static final String CONFIG_FILE = "simulation.yaml";

    private Simulator() {
    }

    /**
     * Writes the world of {@code config} into {@code dir} (created if absent); {@code progress} receives
     * the number of sessions written so far, now and then. Returns the summary, or why it could not.
     */
    public static Either<String, SimulationSummary> writeCsv(SimulationConfig config, Path dir, LongConsumer progress) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(CONFIG_FILE), SimulationConfigYaml.write(config), StandardCharsets.UTF_8);
            World world = World.generate(config);
            return Either.right(write(world, name -> new BufferedOutputStream(
                    Files.newOutputStream(dir.resolve(name)), 1 << 16), progress));
        } catch (IOException | UncheckedIOException e) {
            return Either.left(dir + ": cannot write the dataset: " + e.getMessage());
        }
    }

    /** Writes an already generated world through {@code files} (e.g. to discard output in benchmarks). */
    public static SimulationSummary write(World world, OutputOpener files, LongConsumer progress) throws IOException {
        return new CanonicalCsvWriter(world, files::open).write(progress);
    }

    /**
     * Streams only the logged sessions (sessions, candidates, truth) through {@code files}: what a
     * million-session run spends its time on, measured by the benchmark.
     */
    public static SimulationSummary writeSessions(World world, OutputOpener files, LongConsumer progress)
            throws IOException {
        return new CanonicalCsvWriter(world, files::open).writeSessions(progress).summary(world, historyRows(world));
    }

    /** Generates every session of the world without writing anything; returns the summary. */
    public static SimulationSummary summarize(World world) {
        SessionGenerator generator = new SessionGenerator(world);
        SessionDraft d = SessionGenerator.newDraft(world);
        SessionStatistics stats = new SessionStatistics();
        for (long k = 0; k < world.sessions(); k++) {
            generator.generate(k, d);
            stats.add(d);
        }
        return stats.summary(world, historyRows(world));
    }

    static long historyRows(World world) {
        long n = 0;
        for (int[] h : world.listeners.historyTrack) {
            n += h.length;
        }
        return n;
    }

    /** Opens the output stream of one table by its file name. */
    @FunctionalInterface
    public interface OutputOpener {
        OutputStream open(String name) throws IOException;
    }
}
