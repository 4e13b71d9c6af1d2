package org.mostra4j.adapters.persistence.importing;

import java.util.Objects;

/** A column of an input file and how its text is checked and typed. */
record ColumnRule(String name, ColumnKind kind, boolean refusesControls) {
    ColumnRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    static ColumnRule of(String name, ColumnKind kind) {
        return new ColumnRule(name, kind, false);
    }

    /** The same rule, also refusing control characters (see {@link ColumnKind#controlsSql}). */
    ColumnRule refusingControls() {
        return new ColumnRule(name, kind, true);
    }

    String ref() {
        return Sql.identifier(name);
    }

    String valid() {
        String valid = refusesControls ? "(" + kind.validSql(ref()) + " AND (" + ref() + " IS NULL OR NOT "
                + kind.controlsSql(ref()) + "))" : kind.validSql(ref());
        return "coalesce(" + valid + ", false)";
    }

    String typed() {
        return kind.typedSql(ref());
    }

    String message() {
        String expected = Sql.literal(kind.expected());
        // a control character (a NUL byte, an escape) is named by its code: printed raw it would corrupt the terminal
        return "CASE WHEN " + ref() + " IS NULL THEN 'missing value, expected ' || " + expected
                + " WHEN " + ColumnKind.controlSql(ref()) + " THEN 'control character ' || "
                + ColumnKind.firstControlSql(ref()) + " || ' in ''' || " + ColumnKind.printableSql("left(" + ref() + ", 80)")
                + " || ''', expected ' || " + expected
                + " ELSE 'expected ' || " + expected + " || ', found ''' || "
                + ColumnKind.printableSql("left(" + ref() + ", 80)") + " || '''' END";
    }
}
