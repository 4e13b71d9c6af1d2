package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.simulation.SimulationConfig;
import org.mostra4j.adapters.simulation.SimulationConfigYaml;
import org.mostra4j.adapters.simulation.SimulationSummary;
import org.mostra4j.adapters.simulation.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code simulate}: writes a synthetic listening world with a known satisfaction model as a canonical
 * dataset, then prints its calibration summary. Exit 0 on success, 1 when the output cannot be written,
 * 2 for usage errors (bad option values, unreadable or invalid --config, unsupported --format).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Generate a synthetic listening world (catalogue, histories, lists, logged sessions and the "
                + "true completion probabilities) as a canonical dataset.",
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j simulate --out /tmp/w --sessions 100000 --seed 7",
                "  ./mostra4j simulate --out world/ --users 500 --tracks 5000 --sessions 2000 --config sim.yaml"})
public final class SimulateCommand implements Callable<Integer> {
    /** Output formats; Parquet is left to the store's export for now. */
    enum Format { csv, parquet }

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if absent)")
    Path out;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv (default) or parquet")
    Format format;

    @Option(names = "--summary-format", defaultValue = "table", paramLabel = "table|json",
            description = "summary on standard output: table (default) or json (--format names the files' format)")
    OutputFormat summaryFormat = OutputFormat.table;

    @Option(names = "--db", paramLabel = "FILE", description = "also import the world straight into this store")
    Path db;
    @Option(names = "--users", paramLabel = "N", description = "number of users (default 10000)")
    Integer users;

    @Option(names = "--artists", paramLabel = "N", description = "number of artists (default 2000)")
    Integer artists;

    @Option(names = "--tracks", paramLabel = "N", description = "number of tracks (default 50000)")
    Integer tracks;

    @Option(names = "--sessions", paramLabel = "N", description = "number of logged sessions (default 100000)")
    Long sessions;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default 42)")
    Long seed;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration; options given here win")
    Path config;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        Either<String, SimulationConfig> resolved = resolveConfig();
        if (resolved.isLeft()) {
            err.println("simulate: " + resolved.getLeft());
            return 2;
        }
        Preflight.of().outputFolder("--out", out).outputFile("--db", db).orFail();
        SimulationConfig c = resolved.get();
        long started = System.nanoTime();
        err.println(String.format(Locale.ROOT,
                "simulate: %d users, %d artists, %d tracks, %d sessions, seed %d -> %s", c.sizes().users(), c.sizes().artists(), c.sizes().tracks(), c.sizes().sessions(), c.seed(), out));
        err.flush();
        Either<String, SimulationSummary> result;
        Path csvDir = format == Format.csv ? out : SimulationOutput.scratchBeside(out);
        try (CountProgress progress = CountProgress.start("simulate", c.sizes().sessions(), "sessions", err)) {
            result = Simulator.writeCsv(c, csvDir, progress);
        }
        if (result.isLeft()) {
            err.println("simulate: " + result.getLeft());
            return 1;
        }
        if (format == Format.parquet) {
            SimulationOutput.toParquet(csvDir, out);
        }
        if (db != null) {
            SimulationOutput.importInto(db, format == Format.csv ? out : csvDir);
            err.println("simulate: imported into " + db);
        }
        if (format == Format.parquet) {
            SimulationOutput.delete(csvDir);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (summaryFormat == OutputFormat.json) {
            OutputFormatOption.print(outWriter, summaryJson(c, result.get(), seconds));
            return 0;
        }
        printSummary(outWriter, c, result.get(), seconds);
        outWriter.flush();
        return 0;
    }

    private Either<String, SimulationConfig> resolveConfig() {
        Either<String, SimulationConfig> base = config == null
                ? Either.right(SimulationConfig.defaults())
                : SimulationConfigYaml.read(config);
        return base.flatMap(b -> {
            try {
                SimulationConfig.Sizes s = b.sizes();
                s = users == null ? s : s.withUsers(users);
                s = artists == null ? s : s.withArtists(artists);
                s = tracks == null ? s : s.withTracks(tracks);
                s = sessions == null ? s : s.withSessions(sessions);
                SimulationConfig withSizes = b.withSizes(s);
                return Either.right(seed == null ? withSizes : withSizes.withSeed(seed));
            } catch (IllegalArgumentException e) {
                return Either.left(e.getMessage());
            }
        });
    }

    static void printSummary(PrintWriter w, SimulationConfig c, SimulationSummary s, double seconds) {
        w.println(f("simulated world, seed %d", c.seed()));
        w.println(f("  users %d, artists %d (%d emerging), tracks %d (%d boosted), history rows %d",
                s.users(), s.artists(), s.emergingArtists(), s.tracks(), s.boostedTracks(), s.historyRows()));
        w.println(f("  sessions %d, candidates %d (%.2f per session)", s.sessions(), s.candidates(),
                s.candidates() / (double) Math.max(1, s.sessions())));
        w.println(f("  candidate shares: Discovery %.4f, Exposure %.4f, Boost %.4f; emerging appeal %.4f",
                s.discoveryShare(), s.exposureShare(), s.boostShare(), s.emergingAppeal()));
        w.println(f("  completion rate    %8.4f  target [0.40, 0.55]  %s", s.completionRate(),
                verdict(s.completionWithinTarget())));
        w.println(f("  r(Exposure, SAT)   %8.4f  target |r| < 0.05    %s", s.exposureCorrelation(),
                verdict(s.exposureWithinTarget())));
        w.println(f("  r(Boost, SAT)      %8.4f  target |r| < 0.05    %s", s.boostCorrelation(),
                verdict(s.boostWithinTarget())));
        w.println(f("  r(Discovery, SAT)  %8.4f  target r <= -0.15    %s", s.discoveryCorrelation(),
                verdict(s.discoveryWithinTarget())));
        w.println(f("  finished in %.1f s (world and sessions; %.0f sessions/s overall)", seconds, s.sessions() / Math.max(seconds, 1e-9)));
    }

    static ObjectNode summaryJson(SimulationConfig c, SimulationSummary s, double seconds) {
        ObjectNode root = OutputFormatOption.object();
        root.put("seed", c.seed());
        ObjectNode counts = root.putObject("counts");
        counts.put("users", s.users()).put("artists", s.artists()).put("emergingArtists", s.emergingArtists())
                .put("tracks", s.tracks()).put("boostedTracks", s.boostedTracks()).put("historyRows", s.historyRows())
                .put("sessions", s.sessions()).put("candidates", s.candidates());
        ObjectNode shares = root.putObject("candidateShares");
        shares.put("discovery", s.discoveryShare()).put("exposure", s.exposureShare()).put("boost", s.boostShare());
        root.put("emergingAppeal", s.emergingAppeal());
        ObjectNode rate = root.putObject("completionRate");
        rate.put("value", s.completionRate()).put("targetMin", SimulationSummary.MIN_COMPLETION)
                .put("targetMax", SimulationSummary.MAX_COMPLETION).put("ok", s.completionWithinTarget());
        ObjectNode r = root.putObject("correlations");
        r.putObject("exposure").put("value", s.exposureCorrelation()).put("target", "|r| < 0.05")
                .put("ok", s.exposureWithinTarget());
        r.putObject("boost").put("value", s.boostCorrelation()).put("target", "|r| < 0.05")
                .put("ok", s.boostWithinTarget());
        r.putObject("discovery").put("value", s.discoveryCorrelation()).put("target", "r <= -0.15")
                .put("ok", s.discoveryWithinTarget());
        root.put("seconds", seconds);
        return root;
    }

    private static String verdict(boolean ok) {
        return ok ? "ok" : "MISSED";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
