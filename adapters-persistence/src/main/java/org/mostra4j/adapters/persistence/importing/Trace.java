package org.mostra4j.adapters.persistence.importing;

/** Statement timings on stderr when {@code -Dmostra4j.trace.sql=true} (for tuning imports). */
final class Trace {
    private static final boolean ON = Boolean.getBoolean("mostra4j.trace.sql");

    private Trace() {
    }

    static void sql(String sql, long startNanos) {
        if (ON) {
            System.err.printf("%8.1f ms  %s%n", (System.nanoTime() - startNanos) / 1e6,
                    sql.length() > 160 ? sql.substring(0, 160) + "…" : sql);
        }
    }
}
