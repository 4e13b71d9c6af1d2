package org.mostra4j.adapters.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import picocli.CommandLine.Option;

/** The options every Spark command shares, and what they do: the session, the input, the model, the output. */
final class JobRunner {
    @Option(names = "--input", required = true, paramLabel = "DIR", description = "The canonical dataset folder"
            + " (sessions.parquet, candidates.parquet, tracks.parquet, history.parquet, emerging_artists.parquet,"
            + " boosts.parquet), or MSSD log part files: a file or a folder of *.csv, *.csv.gz, *.parquet.")
    String input;
    @Option(names = "--input-format", paramLabel = "canonical|mssd", description = "What --input holds (default:"
            + " canonical when it has sessions.parquet, else mssd).")
    String inputFormat;
    @Option(names = "--features", paramLabel = "PATH", description = "With MSSD input: the track-features file(s),"
            + " a file or a folder of *.csv, *.csv.gz (as `import mssd --features`).")
    String features;
    @Option(names = "--emerging-percentile", paramLabel = "P", defaultValue = "0.10", description = "With MSSD"
            + " input and --features: tracks below this popularity percentile get a one-track emerging proxy"
            + " artist (default ${DEFAULT-VALUE}, as `import mssd`).")
    double emergingPercentile;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must not exist);"
            + " written to a temporary folder beside it and renamed at the end.")
    String out;
    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]; spark://host:port"
            + " for a standalone cluster; under spark-submit its --master is used).")
    String master;
    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the per-session data"
            + " (default: 2 per core Spark has).")
    Integer partitions;
    @Option(names = "--sessions", paramLabel = "N", defaultValue = "0", description = "Only the first N sessions by"
            + " id (after --skip; default all). Sorting for this costs a shuffle.")
    long sessions;
    @Option(names = "--skip", paramLabel = "M", defaultValue = "0", description = "Leave out the first M sessions"
            + " by id (default ${DEFAULT-VALUE}).")
    long skip;

    /** The active session (tests, spark-submit) or a new one. */
    SparkSession spark() {
        SparkSession.Builder b = SparkSession.builder().appName("mostra4j")
                .config("spark.sql.session.timeZone", "UTC");
        String chosen = master != null ? master
                : !SparkSession.getActiveSession().isDefined() && System.getProperty("spark.master") == null ? "local[*]"
                : null;
        if (chosen != null) {
            b.master(chosen);
        }
        if (chosen != null && chosen.startsWith("local")) {
            // one machine: loopback only, and no web UI listening on a port (a batch job needs none)
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false");
        }
        SparkSession spark = b.getOrCreate();
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        // The last join's shuffle lays the per-session rows out over exactly the partitions asked for, so they
        // need no second shuffle (a repartition would move every session row with its user's history again);
        // adaptive coalescing would merge small partitions and leave cores idle.
        spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions(spark)));
        spark.conf().set("spark.sql.adaptive.coalescePartitions.enabled", "false");
        return spark;
    }

    /** The input --input names, in the format --input-format names (or the one its content shows). */
    SessionInput input(SparkSession spark) {
        String format = inputFormat != null ? inputFormat : hasSessionsTable(spark) ? "canonical" : "mssd";
        return switch (format) {
            case "canonical" -> {
                if (features != null) {
                    throw new InputException("--features: only with MSSD input (--input-format mssd)");
                }
                yield new CanonicalInput(spark, input);
            }
            case "mssd" -> new MssdInput(spark, input, Optional.ofNullable(features), emergingPercentile);
            default -> throw new InputException("--input-format: canonical or mssd, was " + format);
        };
    }

    /** Whether --input holds the canonical sessions table (on any file system Spark reads). */
    private boolean hasSessionsTable(SparkSession spark) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input, "sessions.parquet");
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (IOException e) {
            throw new InputException("--input: " + input + ": cannot read (" + e.getMessage() + ")");
        }
    }

    void validate() {
        if (partitions != null && partitions < 1) {
            throw new InputException("--partitions: must be >= 1, was " + partitions);
        }
        if (sessions < 0) {
            throw new InputException("--sessions: must be >= 0, was " + sessions);
        }
        if (!(emergingPercentile > 0 && emergingPercentile < 1)) {
            throw new InputException("--emerging-percentile: must be in (0,1), was " + emergingPercentile);
        }
        if (skip < 0) {
            throw new InputException("--skip: must be >= 0, was " + skip);
        }
    }

    /** The per-session rows, cut to --skip/--sessions, spread over the partitions asked for. */
    Dataset<Row> sessions(SparkSession spark, SessionInput in) {
        Dataset<Row> all = in.sessions();
        if (skip > 0 || sessions > 0) {
            Dataset<Row> sorted = all.orderBy(col("session_id"));
            if (skip > 0) {
                sorted = sorted.offset((int) Math.min(Integer.MAX_VALUE, skip));
            }
            all = sessions > 0 ? sorted.limit((int) Math.min(Integer.MAX_VALUE, sessions)) : sorted;
        }
        // a cut ends in a limit (one partition): only then spread the rows again
        return skip > 0 || sessions > 0 ? all.repartition(partitions(spark)) : all;
    }

    private int partitions(SparkSession spark) {
        return partitions != null ? partitions : 2 * spark.sparkContext().defaultParallelism();
    }

    /** The model file read on the driver, checked, and its bytes broadcast with the lists. */
    Broadcast<ExecutorBroadcast> broadcast(SparkSession spark, SessionInput in, Optional<Path> model) {
        return broadcast(spark, in, model, d -> d);
    }

    /** As {@link #broadcast(SparkSession, SessionInput, Optional)}, with more data added by {@code more}. */
    Broadcast<ExecutorBroadcast> broadcast(SparkSession spark, SessionInput in, Optional<Path> model,
            java.util.function.UnaryOperator<ExecutorBroadcast> more) {
        Optional<byte[]> bytes = model.map(m -> {
            ModelFile.load(m).getOrElseThrow((String m2) -> new InputException(m2));
            try {
                return Files.readAllBytes(m);
            } catch (IOException e) {
                throw new InputException(m + ": cannot read the model file (" + e.getMessage() + ")");
            }
        });
        ExecutorBroadcast data = new ExecutorBroadcast(model.map(Path::toString).orElse(""), bytes.orElse(null),
                in.emerging(), in.boosts());
        return new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext()).broadcast(more.apply(data));
    }

    static void done(PrintWriter err, String what, long started, long skipped) {
        err.printf("%s in %.1f s%s%n", what, (System.nanoTime() - started) / 1e9,
                skipped > 0 ? " (" + skipped + " sessions skipped: no candidates or a track logged twice)" : "");
        err.flush();
    }

    /** The innermost message of a failure (Spark wraps task failures several times). */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
