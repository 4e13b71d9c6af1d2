package org.mostra4j.canary.random.domain;

import java.util.SplittableRandom;

/** Canary: an unseeded splittable generator. */
public final class Splitter {
    private final SplittableRandom random = new SplittableRandom();
}
