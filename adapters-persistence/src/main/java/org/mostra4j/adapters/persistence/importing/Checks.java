package org.mostra4j.adapters.persistence.importing;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The set-based checks every importer runs over a staged file. Each builds one query returning
 * {@code rowid, column, message[, other_rowid]} in row order, over rows not yet set aside.
 */
final class Checks {
    private final ImportRun run;
    private final StagedFile file;

    Checks(ImportRun run, StagedFile file) {
        this.run = run;
        this.file = file;
    }

    /** Every column's text against its kind; one problem per row (its first bad column). */
    Checks columns(List<ColumnRule> given) throws SQLException {
        if (given.isEmpty()) {
            return this;
        }
        List<ColumnRule> rules = file.mayHoldControls() ? given.stream().map(ColumnRule::refusingControls).toList()
                : given;
        String column = rules.stream().map(r -> " WHEN NOT " + r.valid() + " THEN " + Sql.literal(r.name()))
                .collect(Collectors.joining("", "CASE", " END"));
        String message = rules.stream().map(r -> " WHEN NOT " + r.valid() + " THEN " + r.message())
                .collect(Collectors.joining("", "CASE", " END"));
        String allValid = rules.stream().map(ColumnRule::valid).collect(Collectors.joining(" AND "));
        run.check(file, "SELECT rowid, " + column + ", " + message + " FROM " + file.table() + " WHERE "
                + run.good(file, "") + " AND NOT (" + allValid + ") ORDER BY rowid");
        return this;
    }

    /** A row rule: {@code bad} is a SQL condition over the (valid) row, {@code message} a SQL text. */
    Checks rule(String column, String bad, String message) throws SQLException {
        run.check(file, "SELECT rowid, " + Sql.literal(column) + ", " + message + " FROM " + file.table()
                + " WHERE " + run.good(file, "") + " AND (" + bad + ") ORDER BY rowid");
        return this;
    }

    /** A key that must not repeat within the file: SQL expressions, the column to blame, a description. */
    record Key(List<String> expressions, String column, String what) {
    }

    /** No two rows share {@code key} (SQL expressions); the later ones are reported. */
    Checks unique(String column, List<String> key, String what) throws SQLException {
        return unique(List.of(new Key(key, column, what)));
    }

    /**
     * No two rows share any of the keys. One scan counts distinct key hashes for all keys (distinct
     * hashes prove there is no duplicate); only a key whose count falls short gets the exact, ordered
     * window query (so a hash collision merely costs that query).
     */
    Checks unique(List<Key> keys) throws SQLException {
        if (run.overBudget() || keys.isEmpty()) {
            return this;
        }
        String counts = keys.stream().map(k -> "count(*) - count(DISTINCT hash(" + String.join(", ", k.expressions()) + "))")
                .collect(Collectors.joining(", "));
        long[] shortfall = run.longs("SELECT " + counts + " FROM " + file.table() + " WHERE " + run.good(file, ""), keys.size());
        for (int i = 0; i < keys.size(); i++) {
            if (shortfall[i] == 0) {
                continue;
            }
            Key key = keys.get(i);
            run.check(file, "SELECT rowid, " + Sql.literal(key.column()) + ", " + Sql.literal("duplicate " + key.what())
                    + ", first AS other FROM (SELECT rowid, min(rowid) OVER (PARTITION BY " + String.join(", ", key.expressions())
                    + ") AS first FROM " + file.table() + " WHERE " + run.good(file, "") + ") WHERE rowid <> first ORDER BY rowid");
        }
        return this;
    }

    /**
     * Looks each row's {@code columns} (expressions over the staged row, {@code §} standing for the row)
     * up in {@code targetColumns} of {@code target}: a problem when found ({@code flagFound}, e.g. a key
     * already in the store) or when not found (a dangling reference).
     */
    Checks lookup(String column, List<String> columns, String target, List<String> targetColumns, boolean flagFound,
            String message) throws SQLException {
        StringBuilder on = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            on.append(i == 0 ? "" : " AND ").append("t.").append(Sql.identifier(targetColumns.get(i))).append(" = ")
                    .append(columns.get(i).replace("§", "s."));
        }
        String notNull = columns.stream().map(c -> c.replace("§", "s.") + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        run.check(file, "SELECT s.rowid, " + Sql.literal(column) + ", " + message.replace("§", "s.") + " FROM "
                + file.table() + " s WHERE " + run.good(file, "s") + " AND " + notNull + " AND "
                + (flagFound ? "" : "NOT ") + "EXISTS (SELECT 1 FROM " + target + " t WHERE " + on + ") ORDER BY s.rowid");
        return this;
    }
}
