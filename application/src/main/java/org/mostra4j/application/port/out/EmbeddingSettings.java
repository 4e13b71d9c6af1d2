package org.mostra4j.application.port.out;

import io.vavr.control.Validation;
import io.vavr.collection.Seq;

/**
 * Word2vec knobs: skip-gram with negative sampling over track-id sentences.
 *
 * @param dimension   vector size (default 40, the spec)
 * @param epochs      passes over the corpus (default 5)
 * @param seed        seeds weight initialisation and sampling; training runs on one worker so a seed
 *                    fixes the result
 * @param windowSize  context window each side (default 5)
 * @param negative    negative samples per positive pair (default 5)
 * @param minCount    tracks seen fewer times are left out of the vocabulary (default 1: every track)
 */
public record EmbeddingSettings(int dimension, int epochs, long seed, int windowSize, int negative, int minCount) {
    public static final EmbeddingSettings DEFAULTS = new EmbeddingSettings(40, 5, 42L, 5, 5, 1);

    public EmbeddingSettings {
        Validation<Seq<String>, Boolean> valid = validate(dimension, epochs, windowSize, negative, minCount);
        if (valid.isInvalid()) {
            throw new IllegalArgumentException(valid.getError().mkString("; "));
        }
    }

    /** Every problem with the knobs at once (for the command line). */
    public static Validation<Seq<String>, EmbeddingSettings> parse(int dimension, int epochs, long seed) {
        return validate(dimension, epochs, DEFAULTS.windowSize, DEFAULTS.negative, DEFAULTS.minCount)
                .map(ok -> new EmbeddingSettings(dimension, epochs, seed, DEFAULTS.windowSize, DEFAULTS.negative,
                        DEFAULTS.minCount));
    }

    private static Validation<Seq<String>, Boolean> validate(int dimension, int epochs, int windowSize, int negative,
            int minCount) {
        return Validation.combine(
                check(dimension >= 1 && dimension <= 1024, "dim must be in 1..1024, was " + dimension),
                check(epochs >= 1 && epochs <= 1000, "epochs must be in 1..1000, was " + epochs),
                check(windowSize >= 1, "window must be >= 1, was " + windowSize),
                check(negative >= 1, "negative samples must be >= 1, was " + negative),
                check(minCount >= 1, "minCount must be >= 1, was " + minCount))
                .ap((a, b, c, d, e) -> Boolean.TRUE);
    }

    private static Validation<String, Boolean> check(boolean ok, String problem) {
        return ok ? Validation.valid(Boolean.TRUE) : Validation.invalid(problem);
    }
}
