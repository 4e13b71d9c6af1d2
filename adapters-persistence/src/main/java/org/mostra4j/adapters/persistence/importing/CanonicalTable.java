package org.mostra4j.adapters.persistence.importing;

import static org.mostra4j.adapters.persistence.importing.ColumnKind.DATE;
import static org.mostra4j.adapters.persistence.importing.ColumnKind.ID;
import static org.mostra4j.adapters.persistence.importing.ColumnKind.OPTIONAL_ID;
import static org.mostra4j.adapters.persistence.importing.ColumnKind.OPTIONAL_INT;
import static org.mostra4j.adapters.persistence.importing.ColumnKind.OPTIONAL_NONNEG;
import static org.mostra4j.adapters.persistence.importing.ColumnKind.OPTIONAL_TEXT;
import static org.mostra4j.adapters.persistence.importing.ColumnKind.POSITIVE_INT;
import static org.mostra4j.adapters.persistence.importing.ColumnKind.SAT;
import static org.mostra4j.adapters.persistence.importing.ColumnKind.TEXT;
import static org.mostra4j.adapters.persistence.importing.ColumnKind.TIMESTAMP;
import static org.mostra4j.adapters.persistence.importing.ColumnKind.UNIT;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tables of the canonical layout (docs: dataset-format.md), in load order: a table's references
 * point only at tables before it. {@code extras} says which further columns a file may carry
 * (track features {@code f_0 … f_{m-1}}, user features of any name).
 */
public enum CanonicalTable {
    ARTISTS("artists", List.of(ColumnRule.of("artist_id", ID), ColumnRule.of("name", OPTIONAL_TEXT)),
            List.of(List.of("artist_id")), List.of(), Optional.empty(), "artist_id"),
    TRACKS("tracks", List.of(ColumnRule.of("track_id", ID), ColumnRule.of("artist_id", OPTIONAL_ID),
            ColumnRule.of("duration_s", OPTIONAL_NONNEG), ColumnRule.of("release_year", OPTIONAL_INT),
            ColumnRule.of("popularity", UNIT)),
            List.of(List.of("track_id")), List.of(new Reference("artist_id", "artists", "artist id")),
            Optional.of(Pattern.compile("f_\\d+")), "track_id"),
    USERS("users", List.of(ColumnRule.of("user_id", ID)), List.of(List.of("user_id")), List.of(),
            Optional.of(Pattern.compile(".+")), "user_id"),
    HISTORY("history", List.of(ColumnRule.of("user_id", ID), ColumnRule.of("track_id", ID),
            ColumnRule.of("played_at", TIMESTAMP), ColumnRule.of("plays", POSITIVE_INT)),
            List.of(), List.of(new Reference("user_id", "users", "user"), new Reference("track_id", "tracks", "track")),
            Optional.empty(), "user_id, played_at, track_id, plays"),
    SESSIONS("sessions", List.of(ColumnRule.of("session_id", ID), ColumnRule.of("user_id", ID),
            ColumnRule.of("date", DATE), ColumnRule.of("context", TEXT)),
            List.of(List.of("session_id")), List.of(new Reference("user_id", "users", "user")),
            Optional.empty(), "session_id"),
    CANDIDATES("candidates", List.of(ColumnRule.of("session_id", ID), ColumnRule.of("track_id", ID),
            ColumnRule.of("logged_position", POSITIVE_INT), ColumnRule.of("sat", SAT)),
            List.of(List.of("session_id", "track_id"), List.of("session_id", "logged_position")),
            List.of(new Reference("session_id", "sessions", "session"), new Reference("track_id", "tracks", "track")),
            Optional.empty(), "session_id, logged_position"),
    EMERGING_ARTISTS("emerging_artists", List.of(ColumnRule.of("artist_id", ID), ColumnRule.of("valid_from", DATE),
            ColumnRule.of("valid_to", DATE)), List.of(), List.of(new Reference("artist_id", "artists", "artist id")),
            Optional.empty(), "artist_id, valid_from, valid_to"),
    BOOSTS("boosts", List.of(ColumnRule.of("track_id", ID), ColumnRule.of("valid_from", DATE),
            ColumnRule.of("valid_to", DATE)), List.of(), List.of(new Reference("track_id", "tracks", "track")),
            Optional.empty(), "track_id, valid_from, valid_to"),
    TRUTH("truth", List.of(ColumnRule.of("session_id", ID), ColumnRule.of("track_id", ID), ColumnRule.of("p_sat", UNIT)),
            List.of(List.of("session_id", "track_id")), List.of(), Optional.empty(), "session_id, track_id");

    /** A column that must name an existing row of another table (by that table's same-named column). */
    record Reference(String column, String table, String what) {
    }

    private final String name;
    private final List<ColumnRule> columns;
    private final List<List<String>> keys;
    private final List<Reference> references;
    private final Optional<Pattern> extras;
    private final String order;

    CanonicalTable(String name, List<ColumnRule> columns, List<List<String>> keys, List<Reference> references,
            Optional<Pattern> extras, String order) {
        this.name = name;
        this.columns = columns;
        this.keys = keys;
        this.references = references;
        this.extras = extras;
        this.order = order;
    }

    public String tableName() {
        return name;
    }

    List<ColumnRule> columns() {
        return columns;
    }

    List<List<String>> keys() {
        return keys;
    }

    List<Reference> references() {
        return references;
    }

    Optional<Pattern> extras() {
        return extras;
    }

    /** The export order (and the order rows are stored in). */
    public String order() {
        return order;
    }

    /**
     * Optional columns a file may carry (schema version 2; the exporter writes one only when some row has a
     * value): a user's profile attributes, a session's shuffle flag, a candidate's play count (replays folded).
     */
    public List<String> optionalColumnNames() {
        return optionalColumns().stream().map(ColumnRule::name).toList();
    }

    List<ColumnRule> optionalColumns() {
        return switch (this) {
            // prefixed: any other users column is a numeric user feature, and "age" is a likely feature name
            case USERS -> List.of(ColumnRule.of("profile_gender", OPTIONAL_TEXT), ColumnRule.of("profile_age", OPTIONAL_INT),
                    ColumnRule.of("profile_country", OPTIONAL_TEXT),
                    ColumnRule.of("profile_registered", ColumnKind.OPTIONAL_DATE));
            case SESSIONS -> List.of(ColumnRule.of("shuffle", ColumnKind.OPTIONAL_BOOL));
            case CANDIDATES -> List.of(ColumnRule.of("plays", ColumnKind.OPTIONAL_POSITIVE_INT));
            default -> List.of();
        };
    }

    /** The store column an optional file column goes to ({@code profile_age} → {@code age}). */
    public static String storeColumn(String fileColumn) {
        return fileColumn.startsWith("profile_") ? fileColumn.substring("profile_".length()) : fileColumn;
    }

    /** The fixed column names, in canonical order. */
    public List<String> columnNames() {
        return columns.stream().map(ColumnRule::name).toList();
    }
}
