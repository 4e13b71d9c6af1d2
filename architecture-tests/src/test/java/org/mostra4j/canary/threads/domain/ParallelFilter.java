package org.mostra4j.canary.threads.domain;

import java.util.List;

/** Canary: a domain class using a parallel stream (the common fork-join pool). */
public final class ParallelFilter {
    long count(List<String> tracks) {
        return tracks.parallelStream().filter(track -> !track.isEmpty()).count();
    }
}
