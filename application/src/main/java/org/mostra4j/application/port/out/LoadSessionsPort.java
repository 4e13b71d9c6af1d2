package org.mostra4j.application.port.out;

import java.util.List;
import java.util.function.Consumer;
import org.mostra4j.domain.session.LoggedSession;

/** Streams logged sessions in session-id order, in chunks: never all sessions in memory. */
public interface LoadSessionsPort {
    /**
     * Hands the first {@code limit} sessions (all when {@code limit <= 0}), ordered by session id, to
     * {@code sink} in chunks of at most {@code chunkSize}; returns how many were handed over.
     */
    long stream(long limit, int chunkSize, Consumer<List<LoggedSession>> sink);
}
