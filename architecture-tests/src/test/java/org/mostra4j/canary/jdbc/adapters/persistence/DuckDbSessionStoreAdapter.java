package org.mostra4j.canary.jdbc.adapters.persistence;

import org.duckdb.DuckDBConnection;

/** Fixture: DuckDB where it belongs. */
public final class DuckDbSessionStoreAdapter {
    DuckDBConnection connection;
}
