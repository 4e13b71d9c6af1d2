package org.mostra4j.application.port.out;

import java.util.function.Consumer;

/**
 * Streams every user's play counts (the {@code plays} column of history summed per track) within a
 * window, one user at a time in user-id order: never all users in memory. Users with no play in the
 * window are skipped. Returns how many users were handed to {@code sink}.
 */
public interface LoadUserPlaysPort {
    long stream(PlayWindow window, Consumer<UserPlays> sink);
}
