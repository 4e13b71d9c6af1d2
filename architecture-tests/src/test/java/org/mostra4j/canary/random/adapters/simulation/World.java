package org.mostra4j.canary.random.adapters.simulation;

import java.util.Random;

/** Fixture: adapters may create generators (the simulator seeds its own). */
public final class World {
    private final Random random = new Random();
}
