package org.mostra4j.adapters.persistence.importing;

/** The first line of a driver message (DuckDB appends long hints after the first line). */
final class DuckDbStoreMessages {
    private DuckDbStoreMessages() {
    }

    static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
