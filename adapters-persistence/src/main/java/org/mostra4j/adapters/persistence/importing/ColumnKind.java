package org.mostra4j.adapters.persistence.importing;

/**
 * How one staged (all-text) column is checked and typed, as SQL over the column reference {@code c}.
 * DuckDB's casts are lenient ({@code '1.5'::INTEGER} is 2, {@code '0x10'} is 16, {@code '15-07-18'} can
 * read as year 15), so every kind matches its text with an exact pattern before it casts.
 */
public enum ColumnKind {
    /** A required identifier without surrounding spaces. */
    ID("an id (no surrounding spaces or control characters)",
            "§ IS NOT NULL AND § = trim(§) AND NOT contains(§, chr(30)) AND NOT contains(§, chr(31))", "§"),
    /** An identifier that may be empty (unknown). */
    OPTIONAL_ID("an id or nothing", "§ IS NULL OR (§ = trim(§) AND NOT contains(§, chr(30)) AND NOT contains(§, chr(31)))", "§"),
    /** Required free text. */
    TEXT("some text", "§ IS NOT NULL", "§"),
    /** Free text, possibly empty. */
    OPTIONAL_TEXT("text", "true", "§"),
    /** A whole number >= 1, written plainly ({@code 7}, not {@code +7} or {@code 07}). */
    POSITIVE_INT("a whole number >= 1", Patterns.INT + " AND TRY_CAST(§ AS INTEGER) >= 1", "CAST(§ AS INTEGER)"),
    /** A whole number >= 0. */
    COUNT("a whole number >= 0", Patterns.INT + " AND TRY_CAST(§ AS INTEGER) >= 0", "CAST(§ AS INTEGER)"),
    /** An hour of the day 0..23. */
    HOUR("an hour 0..23", Patterns.INT + " AND TRY_CAST(§ AS INTEGER) BETWEEN 0 AND 23", "CAST(§ AS INTEGER)"),
    /** A whole number >= 1 or nothing. */
    OPTIONAL_POSITIVE_INT("a whole number >= 1 or nothing", "§ IS NULL OR (" + Patterns.INT + " AND TRY_CAST(§ AS INTEGER) >= 1)",
            "CAST(§ AS INTEGER)"),
    /** A whole number or nothing. */
    OPTIONAL_INT("a whole number or nothing", "§ IS NULL OR (" + Patterns.INT + " AND TRY_CAST(§ AS INTEGER) IS NOT NULL)",
            "CAST(§ AS INTEGER)"),
    /** A finite number >= 0 or nothing. */
    OPTIONAL_NONNEG("a number >= 0 or nothing", "§ IS NULL OR (" + Patterns.REAL + " AND isfinite(TRY_CAST(§ AS DOUBLE)) AND TRY_CAST(§ AS DOUBLE) >= 0)",
            "CAST(§ AS DOUBLE)"),
    /** A finite number in [0,1]. */
    UNIT("a number in [0,1]", Patterns.REAL + " AND TRY_CAST(§ AS DOUBLE) BETWEEN 0 AND 1", "CAST(§ AS DOUBLE)"),
    /** A finite number. */
    REAL("a finite number", Patterns.REAL + " AND isfinite(TRY_CAST(§ AS DOUBLE))", "CAST(§ AS DOUBLE)"),
    /** A finite number or nothing. */
    OPTIONAL_REAL("a finite number or nothing", "§ IS NULL OR (" + Patterns.REAL + " AND isfinite(TRY_CAST(§ AS DOUBLE)))",
            "CAST(§ AS DOUBLE)"),
    /** A finite number that fits a 32-bit float. */
    FLOAT("a finite number", Patterns.REAL + " AND isfinite(TRY_CAST(§ AS FLOAT))", "CAST(§ AS FLOAT)"),
    /** An ISO date YYYY-MM-DD (checked by a cast round trip: exact, and far cheaper than a pattern). */
    DATE("a date YYYY-MM-DD", "CAST(TRY_CAST(§ AS DATE) AS VARCHAR) = §", "CAST(§ AS DATE)"),
    /**
     * A date as MSSD writes it: {@code 2018-07-15} or day-month-year {@code 15-07-18}. The two shapes are
     * told apart by their length, never by guessing, and each must survive a round trip exactly.
     */
    MSSD_DATE("a date YYYY-MM-DD or DD-MM-YY",
            "CASE length(§) WHEN 10 THEN CAST(TRY_CAST(§ AS DATE) AS VARCHAR) = §"
                    + " WHEN 8 THEN strftime(try_strptime(§, '%d-%m-%y'), '%d-%m-%y') = § ELSE false END",
            "CASE WHEN length(§) = 10 THEN CAST(§ AS DATE) ELSE CAST(strptime(§, '%d-%m-%y') AS DATE) END"),
    /** A date or nothing, as Last.fm-1K's profile file writes it: {@code Aug 13, 2006} (English month abbreviation). */
    OPTIONAL_LASTFM_DATE("a date like Aug 13, 2006 or nothing", "§ IS NULL OR (regexp_full_match(§, '[A-Z][a-z]{2} \\d{1,2}, \\d{4}')"
            + " AND try_strptime(§, '%b %d, %Y') IS NOT NULL)", "CAST(strptime(§, '%b %d, %Y') AS DATE)"),
    /** An ISO date YYYY-MM-DD or nothing. */
    OPTIONAL_DATE("a date YYYY-MM-DD or nothing", "§ IS NULL OR CAST(TRY_CAST(§ AS DATE) AS VARCHAR) = §", "CAST(§ AS DATE)"),
    /** An ISO-8601 UTC timestamp: {@code 2009-05-04T23:08:57Z}, optionally with fractional seconds. */
    TIMESTAMP("an ISO-8601 UTC timestamp like 2009-05-04T23:08:57Z",
            "CASE WHEN length(§) = 20 THEN strftime(try_strptime(§, '%Y-%m-%dT%H:%M:%SZ'), '%Y-%m-%dT%H:%M:%SZ') = §"
                    + " ELSE regexp_full_match(§, '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{1,6}Z')"
                    + " AND try_strptime(§, '%Y-%m-%dT%H:%M:%S.%fZ') IS NOT NULL END",
            "strptime(§, ['%Y-%m-%dT%H:%M:%SZ', '%Y-%m-%dT%H:%M:%S.%fZ'])"),
    /** MSSD's {@code mode}: {@code major} (1) or {@code minor} (0). */
    MAJOR_MINOR("major or minor", "lower(§) IN ('major', 'minor')", "CASE WHEN lower(§) = 'major' THEN 1.0 ELSE 0.0 END"),
    /** A finite number in [0,100] (MSSD's popularity percentile). */
    PERCENT("a number in [0,100]", Patterns.REAL + " AND TRY_CAST(§ AS DOUBLE) BETWEEN 0 AND 100", "CAST(§ AS DOUBLE)"),
    /** {@code true}/{@code false} in any letter case, or {@code 1}/{@code 0} (real MSSD files write both). */
    BOOL("true, false, 1 or 0", "lower(§) IN ('true', 'false', '1', '0')", "lower(§) IN ('true', '1')"),
    /** A boolean or nothing (unknown): true/false in any case, 1/0. */
    OPTIONAL_BOOL("true, false, 1, 0 or nothing", "§ IS NULL OR lower(§) IN ('true', 'false', '1', '0')",
            "CASE WHEN § IS NULL THEN NULL ELSE lower(§) IN ('true', '1') END"),
    /** A SAT label: 1/0, true/false (any case) or nothing (unknown). */
    SAT("1, 0, true, false or nothing", "§ IS NULL OR lower(§) IN ('1', '0', 'true', 'false')",
            "CASE WHEN § IS NULL THEN NULL ELSE lower(§) IN ('1', 'true') END");

    private final String expected;
    private final String valid;
    private final String typed;

    ColumnKind(String expected, String valid, String typed) {
        this.expected = expected;
        this.valid = valid;
        this.typed = typed;
    }

    /** What a good value looks like, for messages. */
    public String expected() {
        return expected;
    }

    /**
     * A SQL condition true when {@code column}'s text holds a control character this kind refuses: any C0 character
     * in an id, any but tab elsewhere. A regular expression per value is costly, so it is added only for files whose
     * byte scan found a control character ({@link LineLayout#controls()}) and for Parquet files.
     */
    String controlsSql(String column) {
        return "regexp_matches(" + column + ", '" + (this == ID || this == OPTIONAL_ID ? Patterns.ANY_CONTROL
                : Patterns.CONTROL) + "')";
    }

    /** A SQL condition true when {@code column}'s text holds a C0 control character other than tab. */
    static String controlSql(String column) {
        return "regexp_matches(" + column + ", '" + Patterns.CONTROL + "')";
    }

    /** The first C0 control character other than tab in {@code column}'s text, as SQL text {@code U+0000}. */
    static String firstControlSql(String column) {
        return "printf('U+%04X', unicode(regexp_extract(" + column + ", '" + Patterns.CONTROL + "')))";
    }

    /** {@code column}'s text with every C0 control character shown as {@code ?}, safe to print. */
    static String printableSql(String column) {
        return "regexp_replace(" + column + ", '" + Patterns.ANY_CONTROL + "', '?', 'g')";
    }

    /** A SQL condition true when the column's text is acceptable. */
    public String validSql(String column) {
        return "(" + valid.replace("§", column) + ")";
    }

    /** The SQL expression turning acceptable text into the stored value. */
    public String typedSql(String column) {
        return typed.replace("§", column);
    }

    private static final class Patterns {
        // exact decimal form (no sign, no leading zeros, no spaces): the cast round trip is far cheaper than a regex
        static final String INT = "CAST(TRY_CAST(§ AS INTEGER) AS VARCHAR) = §";
        /** C0 control characters except tab (RE2 syntax): never part of a name or of free text. */
        static final String CONTROL = "[\\x00-\\x08\\x0a-\\x1f]";
        /** Every C0 control character, tab included: never part of an id. */
        static final String ANY_CONTROL = "[\\x00-\\x1f]";
        static final String REAL = "regexp_full_match(§, '[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?')";
    }
}
