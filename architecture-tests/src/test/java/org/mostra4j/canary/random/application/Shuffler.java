package org.mostra4j.canary.random.application;

import java.util.Collections;
import java.util.List;

/** Canary: shuffle(list) uses a hidden generator. */
public final class Shuffler {
    void shuffle(List<String> tracks) {
        Collections.shuffle(tracks);
    }
}
