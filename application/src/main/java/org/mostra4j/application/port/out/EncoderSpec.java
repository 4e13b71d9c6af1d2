package org.mostra4j.application.port.out;

/**
 * What to train: the architecture knobs and the optimisation schedule of the set encoder.
 *
 * @param baseline        {@code true} trains the per-track MLP ablation (no attention) instead of the Set Transformer
 * @param dModel          width of every candidate's hidden vector
 * @param heads           attention heads (must divide {@code dModel})
 * @param blocks          number of SAB blocks (L)
 * @param inducingPoints  0 for plain SAB blocks, m &gt; 0 for ISAB blocks with m inducing points
 * @param dropout         drop probability inside blocks during training, in [0,1)
 * @param epochs          maximum passes over the training split
 * @param batchSize       sessions per optimiser step
 * @param learningRate    Adam step size
 * @param patience        epochs without validation-AUC improvement before stopping early
 * @param validationShare share of sessions held out for validation, in (0,1)
 * @param seed            seeds initialisation, splits, shuffling and dropout
 */
public record EncoderSpec(boolean baseline, int dModel, int heads, int blocks, int inducingPoints, double dropout,
        int epochs, int batchSize, double learningRate, int patience, double validationShare, long seed) {
    public EncoderSpec {
        positive("dModel", dModel);
        positive("heads", heads);
        if (dModel % heads != 0) {
            throw new IllegalArgumentException("heads must divide dModel, was heads=" + heads + " dModel=" + dModel);
        }
        if (blocks < 0) {
            throw new IllegalArgumentException("blocks must be >= 0, was " + blocks);
        }
        if (inducingPoints < 0) {
            throw new IllegalArgumentException("inducingPoints must be >= 0, was " + inducingPoints);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0,1), was " + dropout);
        }
        positive("epochs", epochs);
        positive("batchSize", batchSize);
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, was " + learningRate);
        }
        positive("patience", patience);
        if (!(validationShare > 0 && validationShare < 1)) {
            throw new IllegalArgumentException("validationShare must be in (0,1), was " + validationShare);
        }
    }

    /** The spec's defaults: L=2, d_model=64, 4 heads, no ISAB, no dropout, 20 epochs of batch 64. */
    public static EncoderSpec defaults() {
        return new EncoderSpec(false, 64, 4, 2, 0, 0.0, 20, 64, 1e-3, 3, 0.2, 42L);
    }

    public EncoderSpec withBaseline(boolean value) {
        return new EncoderSpec(value, dModel, heads, blocks, inducingPoints, dropout, epochs, batchSize, learningRate,
                patience, validationShare, seed);
    }

    public EncoderSpec withShape(int newDModel, int newHeads, int newBlocks) {
        return new EncoderSpec(baseline, newDModel, newHeads, newBlocks, inducingPoints, dropout, epochs, batchSize,
                learningRate, patience, validationShare, seed);
    }

    /** The same spec with ISAB blocks of {@code m} inducing points (0 = plain SAB blocks). */
    public EncoderSpec withInducingPoints(int m) {
        return new EncoderSpec(baseline, dModel, heads, blocks, m, dropout, epochs, batchSize, learningRate, patience,
                validationShare, seed);
    }

    public EncoderSpec withSchedule(int newEpochs, int newBatchSize, long newSeed) {
        return new EncoderSpec(baseline, dModel, heads, blocks, inducingPoints, dropout, newEpochs, newBatchSize,
                learningRate, patience, validationShare, newSeed);
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be >= 1, was " + value);
        }
    }
}
