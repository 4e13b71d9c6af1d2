package org.mostra4j.canary.jdbc.application;

import org.duckdb.DuckDBConnection;

/** Canary: the application talking to DuckDB. */
public final class DuckDbFacts {
    DuckDBConnection connection;
}
