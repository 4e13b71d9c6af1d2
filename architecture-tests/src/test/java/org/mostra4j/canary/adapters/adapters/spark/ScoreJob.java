package org.mostra4j.canary.adapters.adapters.spark;

import org.mostra4j.canary.adapters.adapters.ml.Trainer;

/** Fixture: the Spark jobs may use the ML adapter's encoder (a composition root). */
public final class ScoreJob {
    Trainer encoder;
}
