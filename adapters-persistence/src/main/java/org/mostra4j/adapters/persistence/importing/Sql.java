package org.mostra4j.adapters.persistence.importing;

import java.util.List;
import java.util.stream.Collectors;

/** Quoting for SQL text built from file names and column names. */
final class Sql {
    private Sql() {
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String identifiers(List<String> names) {
        return names.stream().map(Sql::identifier).collect(Collectors.joining(", "));
    }
}
