package org.mostra4j.canary.ml.adapters.ml;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Fixture: ND4J where it belongs. */
public final class SetTransformer {
    INDArray weights;
}
