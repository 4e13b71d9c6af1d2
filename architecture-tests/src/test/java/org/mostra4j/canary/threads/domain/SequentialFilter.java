package org.mostra4j.canary.threads.domain;

import java.util.List;

/** Fixture: a sequential stream is fine. */
public final class SequentialFilter {
    long count(List<String> tracks) {
        return tracks.stream().filter(track -> !track.isEmpty()).count();
    }
}
