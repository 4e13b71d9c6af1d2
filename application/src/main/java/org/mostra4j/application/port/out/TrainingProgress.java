package org.mostra4j.application.port.out;

/** Receives progress of a long job; {@code total} is -1 while unknown. Must be cheap: it is called often. */
public interface TrainingProgress {
    void update(String phase, long done, long total);

    TrainingProgress NONE = (phase, done, total) -> { };
}
