package org.mostra4j.adapters.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Reads the canonical dataset layout as Parquet ({@code simulate --format parquet}, {@code export canonical
 * --format parquet}) and lays it out as one row per session (see {@link SessionRow}): the session, its
 * candidates as an array of structs joined with the catalogue, and its user's whole history as an array
 * (each executor keeps the plays before the session date). The emerging-artist and boost lists are small
 * and go to every executor as a broadcast. Every table's columns are checked first, so bad input is
 * refused, naming the file and the column, before any job runs.
 */
final class CanonicalInput implements SessionInput {
    private final SparkSession spark;
    private final String dir;

    CanonicalInput(SparkSession spark, String dir) {
        this.spark = spark;
        this.dir = dir;
    }

    @Override
    public Dataset<Row> sessions() {
        Dataset<Row> sessions = table("sessions", true).orElseThrow();
        require(sessions, "sessions", "session_id", Kind.ID);
        require(sessions, "sessions", "user_id", Kind.ID);
        require(sessions, "sessions", "date", Kind.DATE);
        Column context = has(sessions, "context") ? col("context").cast("string") : lit("");
        Dataset<Row> candidates = table("candidates", true).orElseThrow();
        require(candidates, "candidates", "session_id", Kind.ID);
        require(candidates, "candidates", "track_id", Kind.ID);
        require(candidates, "candidates", "logged_position", Kind.INTEGER);
        Column sat = lit(null).cast("int");
        if (has(candidates, "sat")) {
            require(candidates, "candidates", "sat", Kind.FLAG);
            sat = col("sat").cast("int");
        }
        Column relevance = lit(null).cast("double");
        if (has(candidates, "relevance")) {
            require(candidates, "candidates", "relevance", Kind.NUMBER);
            relevance = col("relevance").cast("double");
        }
        Dataset<Row> tracks = tracks();
        Dataset<Row> cands = candidates.select(col("session_id"), col("track_id"),
                col("logged_position").cast("int").as("logged_position"), sat.as("sat"), relevance.as("relevance"))
                .join(tracks, new String[] {"track_id"}, "left")
                .groupBy("session_id")
                .agg(collect_list(struct(col("track_id"), col("logged_position"), col("sat"), col("relevance"),
                        col("catalogued"), col("artist_id"), col("popularity"), col("features"))).as("candidates"));
        Dataset<Row> histories = histories(tracks);
        return sessions.select(col("session_id"), col("user_id"), to_date(col("date")).cast("string").as("date"),
                        context.as("context"))
                .join(cands, new String[] {"session_id"}, "left")
                .join(histories, new String[] {"user_id"}, "left")
                .select(col("session_id"), col("user_id"), col("date"), col("context"), col("candidates"),
                        col("history"));
    }

    /** The catalogue: track_id, catalogued (true), artist_id, popularity, features (array of float). */
    private Dataset<Row> tracks() {
        Optional<Dataset<Row>> read = table("tracks", false);
        if (read.isEmpty()) {
            return spark.emptyDataFrame().select(lit(null).cast("string").as("track_id"), lit(true).as("catalogued"),
                    lit(null).cast("string").as("artist_id"), lit(0.0).as("popularity"),
                    array().cast("array<float>").as("features")).limit(0);
        }
        Dataset<Row> t = read.get();
        require(t, "tracks", "track_id", Kind.ID);
        Column artist = lit(null).cast("string");
        if (has(t, "artist_id")) {
            require(t, "tracks", "artist_id", Kind.ID);
            artist = col("artist_id");
        }
        Column popularity = lit(0.0);
        if (has(t, "popularity")) {
            require(t, "tracks", "popularity", Kind.NUMBER);
            popularity = col("popularity").cast("double");
        }
        List<String> features = new ArrayList<>();
        for (String name : t.columns()) {
            if (name.matches("f_[0-9]+")) {
                require(t, "tracks", name, Kind.NUMBER);
                features.add(name);
            }
        }
        features.sort(Comparator.comparingInt(n -> Integer.parseInt(n.substring(2))));
        Column f = features.isEmpty() ? array().cast("array<float>")
                : array(features.stream().map(n -> col(n).cast("float")).toArray(Column[]::new));
        return t.select(col("track_id"), lit(true).as("catalogued"), artist.as("artist_id"),
                popularity.as("popularity"), f.as("features"));
    }

    /** user_id, history: array of (track_id, artist_id, day = days since 1970-01-01, plays). */
    private Dataset<Row> histories(Dataset<Row> tracks) {
        Optional<Dataset<Row>> read = table("history", false);
        if (read.isEmpty()) {
            return spark.emptyDataFrame().select(lit(null).cast("string").as("user_id"),
                    lit(null).cast("array<struct<track_id:string,artist_id:string,day:int,plays:bigint>>")
                            .as("history")).limit(0);
        }
        Dataset<Row> h = read.get();
        require(h, "history", "user_id", Kind.ID);
        require(h, "history", "track_id", Kind.ID);
        require(h, "history", "played_at", Kind.TIMESTAMP);
        require(h, "history", "plays", Kind.INTEGER);
        Column day = datediff(to_date(col("played_at").cast("timestamp")), to_date(lit("1970-01-01")));
        return h.select(col("user_id"), col("track_id"), day.as("day"), col("plays").cast("long").as("plays"))
                .join(tracks.select(col("track_id"), col("artist_id")), new String[] {"track_id"}, "left")
                .groupBy("user_id")
                .agg(collect_list(struct(col("track_id"), col("artist_id"), col("day"), col("plays"))).as("history"));
    }

    @Override
    public List<String[]> emerging() {
        return datedList("emerging_artists", "artist_id");
    }

    @Override
    public List<String[]> boosts() {
        return datedList("boosts", "track_id");
    }

    /** The rows of a dated list table (id, valid_from, valid_to as yyyy-MM-dd), collected: the lists are small. */
    List<String[]> datedList(String name, String idColumn) {
        Optional<Dataset<Row>> read = table(name, false);
        if (read.isEmpty()) {
            return List.of();
        }
        Dataset<Row> t = read.get();
        require(t, name, idColumn, Kind.ID);
        require(t, name, "valid_from", Kind.DATE);
        require(t, name, "valid_to", Kind.DATE);
        List<String[]> out = new ArrayList<>();
        for (Row r : t.select(col(idColumn), to_date(col("valid_from")).cast("string"),
                to_date(col("valid_to")).cast("string")).collectAsList()) {
            if (r.isNullAt(0) || r.isNullAt(1) || r.isNullAt(2)) {
                throw new InputException(file(name) + ": a row has an empty " + idColumn + ", valid_from or valid_to");
            }
            out.add(new String[] {r.getString(0), r.getString(1), r.getString(2)});
        }
        return out;
    }

    private Optional<Dataset<Row>> table(String name, boolean required) {
        String path = file(name);
        if (!path.contains("://") && !Files.exists(Path.of(path))) {
            if (required) {
                throw new InputException(path + ": no such file (the input folder must hold the canonical tables as"
                        + " Parquet: sessions.parquet, candidates.parquet, tracks.parquet, history.parquet, ...)");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(spark.read().parquet(path));
        } catch (Exception e) {
            // Spark reports an unreadable file as an AnalysisException (checked in Java's eyes, undeclared)
            if (e instanceof AnalysisException) {
                throw new InputException(path + ": not a readable Parquet file (" + firstLine(e) + ")");
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    String file(String table) {
        return dir + (dir.endsWith("/") ? "" : "/") + table + ".parquet";
    }

    private static boolean has(Dataset<Row> t, String column) {
        for (String c : t.columns()) {
            if (c.equals(column)) {
                return true;
            }
        }
        return false;
    }

    private void require(Dataset<Row> t, String table, String column, Kind kind) {
        StructField field = null;
        for (StructField f : t.schema().fields()) {
            if (f.name().equals(column)) {
                field = f;
            }
        }
        if (field == null) {
            throw new InputException(file(table) + ": column '" + column + "' is missing");
        }
        if (!kind.accepts(field.dataType())) {
            throw new InputException(file(table) + ": column '" + column + "' has type " + field.dataType().simpleString()
                    + ", expected " + kind.expected);
        }
    }

    private static String firstLine(Throwable e) {
        String m = e instanceof AnalysisException a ? a.getSimpleMessage() : String.valueOf(e.getMessage());
        return m.lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    /** What a column may hold. */
    private enum Kind {
        ID("string"),
        INTEGER("an integer"),
        NUMBER("a number"),
        FLAG("0/1 or boolean"),
        DATE("a date or a yyyy-MM-dd string"),
        TIMESTAMP("a timestamp or an ISO-8601 string");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        boolean accepts(DataType t) {
            boolean integral = t instanceof IntegerType || t instanceof LongType || t instanceof ShortType
                    || t instanceof ByteType;
            return switch (this) {
                case ID -> t instanceof StringType;
                case INTEGER -> integral;
                case NUMBER -> t instanceof NumericType || t instanceof DecimalType;
                case FLAG -> integral || t instanceof BooleanType;
                case DATE -> t instanceof StringType || t instanceof DateType;
                case TIMESTAMP -> t instanceof StringType || t instanceof TimestampType || t instanceof TimestampNTZType
                        || t instanceof DateType;
            };
        }
    }

}
