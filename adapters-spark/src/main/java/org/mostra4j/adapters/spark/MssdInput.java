package org.mostra4j.adapters.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Spotify MSSD logs read directly (no import), laid out as {@link SessionRow}'s one row per session with the
 * rules of {@code import mssd} (docs/dataset-format.md): each track once per session at its first logged
 * position with that play's {@code not_skipped} as SAT (replays folded); the session's date and context those
 * of its first position; each session its own user (empty history); booleans {@code true/false} in any case
 * or {@code 1/0}; dates {@code 2018-07-15} or {@code 15-07-18}; columns in any order per part file, those
 * not used ignored. With {@code --features}: popularity = {@code us_popularity_estimate} / 100, the columns
 * after the first four are the content features ({@code mode}: major = 1, minor = 0), and tracks below the
 * popularity percentile get a one-track proxy artist listed as emerging over the log's dates. A missing
 * required column is refused naming the file and the column before any job runs; a bad value fails the job
 * naming the file, the column and the value ({@link #BAD_VALUE}).
 */
final class MssdInput implements SessionInput {
    /** Starts the message of a job that failed on a bad value (the command exits 2 on it). */
    static final String BAD_VALUE = "bad MSSD value: ";
    static final List<String> REQUIRED = List.of("session_id", "session_position", "session_length", "track_id_clean",
            "not_skipped", "date", "context_type");
    static final List<String> FEATURES_FIXED = List.of("track_id", "duration", "release_year",
            "us_popularity_estimate");
    static final String PROXY_ARTIST = "mssd-lowpop:";
    private final SparkSession spark;
    private final String log;
    private final Optional<String> features;
    private final double percentile;
    private Dataset<Row> plays;
    private Dataset<Row> tracks;

    MssdInput(SparkSession spark, String log, Optional<String> features, double percentile) {
        this.spark = spark;
        this.log = log;
        this.features = features;
        this.percentile = percentile;
    }

    @Override
    public Dataset<Row> sessions() {
        Dataset<Row> p = plays();
        Dataset<Row> folded = p.groupBy(col("session_id"), col("track_id"))
                .agg(min(col("pos")).as("logged_position"), min_by(col("sat"), col("pos")).as("sat"));
        Dataset<Row> cands = folded.join(tracks(), new String[] {"track_id"}, "left")
                .groupBy("session_id")
                .agg(collect_list(struct(col("track_id"), col("logged_position"), col("sat"),
                        lit(null).cast("double").as("relevance"), coalesce(col("catalogued"), lit(false)).as("catalogued"),
                        col("artist_id"), col("popularity"), col("features"))).as("candidates"));
        Dataset<Row> sessions = p.groupBy("session_id").agg(min_by(col("d"), col("pos")).as("date"),
                min_by(col("context"), col("pos")).as("context"));
        return sessions.join(cands, new String[] {"session_id"}, "left")
                .select(col("session_id"), col("session_id").as("user_id"), col("date").cast("string").as("date"),
                        col("context"), col("candidates"),
                        lit(null).cast("array<struct<track_id:string,artist_id:string,day:int,plays:bigint>>")
                                .as("history"));
    }

    /** The low-popularity proxies, emerging over the log's date range (none without --features). */
    @Override
    public List<String[]> emerging() {
        if (features.isEmpty()) {
            return List.of();
        }
        Row range = plays().agg(min(col("d")).cast("string"), max(col("d")).cast("string")).first();
        if (range.isNullAt(0)) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        for (Row r : tracks().where(col("artist_id").isNotNull()).select(col("artist_id")).collectAsList()) {
            out.add(new String[] {r.getString(0), range.getString(0), range.getString(1)});
        }
        return out;
    }

    @Override
    public List<String[]> boosts() {
        return List.of();
    }

    /** session_id, pos, track_id, sat (0/1), d (date), context: every play of every part file, checked. */
    private Dataset<Row> plays() {
        if (plays == null) {
            Dataset<Row> all = null;
            for (String part : files(log, "--input", true)) {
                Dataset<Row> raw = read(part);
                for (String c : REQUIRED) {
                    if (!Arrays.asList(raw.columns()).contains(c)) {
                        throw new InputException(part + ": column '" + c + "' is missing (MSSD logs need "
                                + String.join(", ", REQUIRED) + ")");
                    }
                }
                Dataset<Row> one = raw.select(col("session_id").cast("string").as("session_id"),
                        position(part, "session_position").as("pos"), col("track_id_clean").cast("string").as("track_id"),
                        bool(part, "not_skipped").as("sat"), date(part, "date").as("d"),
                        col("context_type").cast("string").as("context"));
                all = all == null ? one : all.unionByName(one);
            }
            plays = all;
        }
        return plays;
    }

    /** track_id, catalogued, artist_id, popularity, features: from the features files, else every logged track. */
    private Dataset<Row> tracks() {
        if (tracks != null) {
            return tracks;
        }
        if (features.isEmpty()) {
            tracks = plays().select(col("track_id")).distinct().select(col("track_id"), lit(true).as("catalogued"),
                    lit(null).cast("string").as("artist_id"), lit(null).cast("double").as("popularity"),
                    lit(null).cast("array<float>").as("features"));
            return tracks;
        }
        Dataset<Row> all = null;
        List<String> header = null;
        int index = 0;
        for (String file : files(features.get(), "--features", false)) {
            Dataset<Row> raw = read(file);
            List<String> names = Arrays.asList(raw.columns());
            if (names.size() < FEATURES_FIXED.size() || !names.subList(0, FEATURES_FIXED.size()).equals(FEATURES_FIXED)) {
                throw new InputException(file + ": the header must start with " + String.join(", ", FEATURES_FIXED)
                        + " followed by the feature columns");
            }
            if (header != null && !names.equals(header)) {
                throw new InputException(file + ": the header differs from the first features file's; every features"
                        + " file must have the same columns");
            }
            header = names;
            List<Column> f = new ArrayList<>();
            for (String n : names.subList(FEATURES_FIXED.size(), names.size())) {
                f.add(n.equals("mode") ? mode(file, n) : real(file, n).cast("float"));
            }
            Column vector = f.isEmpty() ? lit(null).cast("array<float>") : array(f.toArray(Column[]::new));
            Dataset<Row> one = raw.select(col("track_id").cast("string").as("track_id"),
                    real(file, "us_popularity_estimate").as("estimate"), vector.as("features"),
                    lit(index++).as("file"), monotonically_increasing_id().as("row"));
            all = all == null ? one : all.unionByName(one);
        }
        // a track listed twice keeps its first row (as the importer keeps the first)
        Dataset<Row> first = all.groupBy("track_id").agg(min_by(struct(col("estimate"), col("features")),
                struct(col("file"), col("row"))).as("t")).select(col("track_id"), col("t.estimate").as("estimate"),
                col("t.features").as("features"));
        Row q = first.selectExpr("percentile(estimate, " + percentile + ")").first();
        double threshold = q.isNullAt(0) ? -1 : q.getDouble(0);
        tracks = first.select(col("track_id"), lit(true).as("catalogued"),
                when(col("estimate").lt(threshold), concat(lit(PROXY_ARTIST), col("track_id"))).as("artist_id"),
                col("estimate").divide(100.0).as("popularity"), col("features")).cache();
        return tracks;
    }

    private Dataset<Row> read(String file) {
        return file.endsWith(".parquet") ? spark.read().parquet(file)
                : spark.read().option("header", "true").option("inferSchema", "false").csv(file);
    }

    /**
     * The part files of a file or a folder (*.csv, *.csv.gz, *.parquet directly in it, in name order), on any
     * file system Spark reads (Hadoop's {@code FileSystem}: a local path, hdfs://, s3a://, ...).
     */
    private List<String> files(String path, String option, boolean parquetToo) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(p)) {
                throw new InputException(option + ": " + path + ": no such file or folder");
            }
            if (fs.getFileStatus(p).isFile()) {
                return List.of(path);
            }
            List<String> out = new ArrayList<>();
            for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(p)) {
                String n = f.getPath().getName();
                if (f.isFile() && (n.endsWith(".csv") || n.endsWith(".csv.gz") || parquetToo && n.endsWith(".parquet"))) {
                    out.add(path.endsWith("/") ? path + n : path + "/" + n);
                }
            }
            if (out.isEmpty()) {
                throw new InputException(option + ": " + path + ": no *.csv, *.csv.gz" + (parquetToo ? " or *.parquet" : "")
                        + " files in it");
            }
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new InputException(option + ": " + path + ": cannot list (" + e.getMessage() + ")");
        }
    }

    private static Column bad(String file, String column, String expected) {
        return raise_error(concat(lit(BAD_VALUE + file + ": column '" + column + "': expected " + expected + ", found '"),
                coalesce(col(column).cast("string"), lit("")), lit("'")));
    }

    /** true/false in any case or 1/0, as 1/0. */
    private static Column bool(String file, String column) {
        Column v = lower(col(column).cast("string"));
        return when(v.isin("true", "1"), lit(1)).when(v.isin("false", "0"), lit(0))
                .otherwise(bad(file, column, "true, false, 1 or 0"));
    }

    /** A whole number >= 1. */
    private static Column position(String file, String column) {
        Column v = col(column).cast("string");
        return when(v.rlike("^[0-9]{1,9}$").and(v.cast("int").geq(1)), v.cast("int"))
                .otherwise(bad(file, column, "a whole number >= 1").cast("int"));
    }

    /** 2018-07-15 or day-month-year 15-07-18 (the length decides; yy below 69 is 20yy, as DuckDB reads it). */
    private static Column date(String file, String column) {
        Column v = col(column).cast("string");
        Column yy = substring(v, 7, 2).cast("int");
        Column dmy = make_date(when(yy.lt(69), yy.plus(2000)).otherwise(yy.plus(1900)), substring(v, 4, 2).cast("int"),
                substring(v, 1, 2).cast("int"));
        return when(v.rlike("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), to_date(v, "yyyy-MM-dd"))
                .when(v.rlike("^[0-9]{2}-[0-9]{2}-[0-9]{2}$"), dmy)
                .otherwise(bad(file, column, "a date YYYY-MM-DD or DD-MM-YY").cast("date"));
    }

    /** A number, as double. */
    private static Column real(String file, String column) {
        Column v = col(column).cast("string");
        return when(v.rlike("^[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"), v.cast("double"))
                .otherwise(bad(file, column, "a number").cast("double"));
    }

    /** major = 1, minor = 0. */
    private static Column mode(String file, String column) {
        Column v = lower(col(column).cast("string"));
        return when(v.equalTo("major"), lit(1.0f)).when(v.equalTo("minor"), lit(0.0f))
                .otherwise(bad(file, column, "major or minor").cast("float"));
    }
}
