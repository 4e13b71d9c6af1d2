package org.mostra4j.adapters.spark;

/** Bad input or bad usage, found before any output is written: the command exits with code 2. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message, null, false, false);
    }
}
