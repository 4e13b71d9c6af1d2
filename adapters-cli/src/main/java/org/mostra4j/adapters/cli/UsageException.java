package org.mostra4j.adapters.cli;

/** Bad input or usage: the message is shown as is and the process exits with code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
