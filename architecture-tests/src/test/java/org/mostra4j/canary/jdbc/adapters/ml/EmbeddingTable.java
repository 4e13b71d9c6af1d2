package org.mostra4j.canary.jdbc.adapters.ml;

import java.sql.Connection;

/** Canary: the ML adapter talking JDBC. */
public final class EmbeddingTable {
    Connection connection;
}
