package org.mostra4j.adapters.persistence.importing;

import java.util.ArrayList;
import java.util.List;

/** Splits a header line into column names (CSV quoting honoured when the dialect is quoted). */
final class HeaderLine {
    private HeaderLine() {
    }

    static List<String> split(String header, TextDialect dialect) {
        List<String> names = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < header.length(); i++) {
            char ch = header.charAt(i);
            if (dialect.quoted() && ch == '"') {
                if (inQuotes && i + 1 < header.length() && header.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    inQuotes = !inQuotes;
                }
            } else if (ch == dialect.delimiter() && !inQuotes) {
                names.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        names.add(cur.toString());
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        return names;
    }

    /** Problems with a header against the required names and an optional pattern for extra names. */
    static List<Problem> check(String file, List<String> names, List<String> required,
            java.util.Optional<java.util.regex.Pattern> extras) {
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                problems.add(new Problem(file, 1, n, "column named twice in the header"));
            } else if (!required.contains(n) && extras.map(p -> !p.matcher(n).matches()).orElse(true)) {
                problems.add(new Problem(file, 1, n.isEmpty() ? "-" : n, "unknown column; expected " + String.join(", ", required)
                        + extras.map(p -> " and optional columns matching " + p.pattern()).orElse("")));
            }
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                problems.add(new Problem(file, 1, r, "missing column in the header"));
            }
        }
        return problems;
    }
}
