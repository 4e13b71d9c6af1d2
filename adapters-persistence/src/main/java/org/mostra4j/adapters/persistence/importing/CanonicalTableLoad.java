package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Stages, checks and inserts one canonical file into its store table, within an {@link ImportRun}. */
final class CanonicalTableLoad {
    private final ImportRun run;
    private final CanonicalTable table;
    private final Path file;
    private final String display;
    private StagedFile staged;
    private List<String> extras = List.of();
    private List<ColumnRule> optional = List.of();

    CanonicalTableLoad(ImportRun run, CanonicalTable table, Path file) {
        this.run = run;
        this.table = table;
        this.file = file;
        this.display = file.toString();
    }

    CanonicalTable table() {
        return table;
    }

    Path file() {
        return file;
    }

    /** Reads the header and bulk-stages the file (outside the transaction). */
    void stage() throws SQLException, IOException {
        boolean parquet = file.getFileName().toString().endsWith(".parquet");
        run.progress("reading " + file.getFileName());
        List<String> names;
        LineLayout layout = null;
        if (parquet) {
            names = CanonicalImporter.parquetColumns(run.connection(), file);
        } else {
            layout = LineLayout.scan(file, '"');
            if (layout.lines() == 0) {
                run.fatal(new Problem(display, 1, "-", "empty file: a header line is required"));
                return;
            }
            names = HeaderLine.split(layout.header(), TextDialect.CSV);
        }
        optional = table.optionalColumns().stream().filter(r -> names.contains(r.name())).toList();
        List<String> optionalNames = table.optionalColumnNames();
        List<Problem> header = HeaderLine.check(display, names.stream().filter(n -> !optionalNames.contains(n)).toList(),
                table.columnNames(), table.extras());
        extras = names.stream().filter(n -> !table.columnNames().contains(n) && !optionalNames.contains(n)).toList();
        header.addAll(extraProblems(extras));
        if (layout != null && layout.quotedLineBreak().isPresent()) {
            header.add(new Problem(display, layout.quotedLineBreak().get(), "-",
                    "a quoted field runs over a line end; fields must not contain line breaks"));
        }
        if (!header.isEmpty()) {
            header.forEach(run::fatal);
            return;
        }
        String stage = run.newTableName(table.tableName());
        try {
            staged = run.register(parquet ? StagedFile.parquet(run.connection(), file, display, stage, names)
                    : StagedFile.text(run.connection(), file, display, stage, TextDialect.CSV, layout, names, names));
        } catch (StagedFile.Unreadable e) {
            run.fatal(e.problem());
        }
    }

    /** Checks the staged rows against the store as it is inside the transaction, then inserts the good ones. */
    void checkAndInsert() throws SQLException {
        check(staged, extras);
        if (!run.overBudget()) {
            insert(staged, extras);
        }
    }

    private List<Problem> extraProblems(List<String> extras) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        if (table == CanonicalTable.TRACKS) {
            for (int i = 0; i < extras.size(); i++) {
                if (!extras.contains("f_" + i)) {
                    problems.add(new Problem(display, 1, "f_" + i, "missing column: features must be f_0 … f_"
                            + (extras.size() - 1)));
                }
            }
        }
        if (table == CanonicalTable.TRACKS || table == CanonicalTable.USERS) {
            List<String> known = knownExtras();
            List<String> mine = orderedExtras(extras);
            if (!known.isEmpty() && !known.equals(mine) && storeHasRows()) {
                problems.add(new Problem(display, 1, "-", "feature columns " + mine + " differ from those already in the store "
                        + known));
            }
        }
        return problems;
    }

    private List<String> orderedExtras(List<String> extras) {
        if (table != CanonicalTable.TRACKS) {
            return extras;
        }
        List<String> ordered = new ArrayList<>();
        for (int i = 0; i < extras.size(); i++) {
            ordered.add("f_" + i);
        }
        return ordered;
    }

    private List<String> knownExtras() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = run.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT column_name FROM dataset_columns WHERE table_name = "
                        + Sql.literal(table.tableName()) + " ORDER BY position")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private boolean storeHasRows() throws SQLException {
        return run.count("SELECT count(*) FROM (SELECT 1 FROM " + table.tableName() + " LIMIT 1)") > 0;
    }

    private void check(StagedFile staged, List<String> extras) throws SQLException {
        run.progress("checking " + file.getFileName());
        List<ColumnRule> rules = new ArrayList<>(table.columns());
        rules.addAll(optional);
        orderedExtras(extras).forEach(n -> rules.add(ColumnRule.of(n,
                table == CanonicalTable.TRACKS ? ColumnKind.FLOAT : ColumnKind.REAL)));
        Checks checks = new Checks(run, staged).columns(rules);
        if (table == CanonicalTable.EMERGING_ARTISTS || table == CanonicalTable.BOOSTS) {
            checks.rule("valid_to", "CAST(valid_to AS DATE) < CAST(valid_from AS DATE)",
                    "'valid_to ' || valid_to || ' is before valid_from ' || valid_from");
        }
        checks.unique(table.keys().stream().map(key -> new Checks.Key(key.stream().map(Sql::identifier).toList(),
                key.get(key.size() - 1), String.join(", ", key))).toList());
        for (List<String> key : table.keys()) {
            String column = key.get(key.size() - 1);
            checks.lookup(column, key.stream().map(k -> "§" + Sql.identifier(k)).toList(), table.tableName(), key, true,
                    "'" + String.join(", ", key) + " already in the store: ' || "
                            + key.stream().map(k -> "§" + Sql.identifier(k)).collect(Collectors.joining(" || ', ' || ")));
        }
        for (CanonicalTable.Reference ref : table.references()) {
            String col = "§" + Sql.identifier(ref.column());
            checks.lookup(ref.column(), List.of(col), ref.table(), List.of(ref.column()), false,
                    "'unknown " + ref.what() + " ''' || " + col + " || ''''");
        }
        if (table == CanonicalTable.TRUTH) {
            checks.lookup("track_id", List.of("§\"session_id\"", "§\"track_id\""), "candidates",
                    List.of("session_id", "track_id"), false, "'no such candidate in session ''' || §\"session_id\" || ''''");
        }
    }

    private void insert(StagedFile staged, List<String> extras) throws SQLException {
        run.progress("writing " + table.tableName());
        List<String> exprs = new ArrayList<>(table.columns().stream().map(r -> r.typed() + " AS " + r.ref()).toList());
        List<String> targets = new ArrayList<>(table.columnNames());
        optional.forEach(r -> {
            exprs.add(r.typed() + " AS " + r.ref());
            targets.add(CanonicalTable.storeColumn(r.name()));
        });
        List<String> ordered = orderedExtras(extras);
        if (table == CanonicalTable.TRACKS || table == CanonicalTable.USERS) {
            ColumnKind kind = table == CanonicalTable.TRACKS ? ColumnKind.FLOAT : ColumnKind.REAL;
            String list = ordered.isEmpty() ? "NULL"
                    : ordered.stream().map(n -> kind.typedSql(Sql.identifier(n))).collect(Collectors.joining(", ", "[", "]"));
            exprs.add(list + " AS features");
            targets.add("features");
            recordExtras(ordered);
        }
        long rows = run.execute("INSERT INTO " + table.tableName() + " (" + Sql.identifiers(targets) + ") SELECT * FROM (SELECT "
                + String.join(", ", exprs) + " FROM " + staged.table() + " WHERE " + run.good(staged, "")
                + ") ORDER BY " + table.order());
        run.added(table.tableName(), rows);
    }

    private void recordExtras(List<String> ordered) throws SQLException {
        if (!knownExtras().isEmpty() || ordered.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < ordered.size(); i++) {
            values.append(i == 0 ? "" : ", ").append('(').append(Sql.literal(table.tableName())).append(", ").append(i)
                    .append(", ").append(Sql.literal(ordered.get(i))).append(')');
        }
        run.execute("INSERT INTO dataset_columns VALUES " + values);
    }
}
