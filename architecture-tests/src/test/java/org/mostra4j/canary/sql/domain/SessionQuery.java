package org.mostra4j.canary.sql.domain;

import java.sql.Connection;
import java.sql.SQLException;

/** Canary: a domain class running SQL. */
public final class SessionQuery {
    void run(Connection connection) throws SQLException {
        connection.createStatement().execute("select 1");
    }
}
