package org.mostra4j.adapters.persistence;

/**
 * A store failure worth showing to a user as is: the message names the file and what went wrong, never a
 * driver stack trace. Thrown only from inside this adapter, around the throwing JDBC driver.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
