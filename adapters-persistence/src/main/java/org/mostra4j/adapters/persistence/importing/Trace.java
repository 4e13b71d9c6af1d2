package org.mostra4j.adapters.persistence.importing;

import java.lang.System.Logger.Level;

/** Statement timings at DEBUG level on the {@code mostra4j.sql} platform logger (for tuning imports). */
final class Trace {
    private static final System.Logger LOG = System.getLogger("mostra4j.sql");

    private Trace() {
    }

    static void sql(String sql, long startNanos) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, String.format("%8.1f ms  %s", (System.nanoTime() - startNanos) / 1e6,
                    sql.length() > 160 ? sql.substring(0, 160) + "…" : sql));
        }
    }
}
