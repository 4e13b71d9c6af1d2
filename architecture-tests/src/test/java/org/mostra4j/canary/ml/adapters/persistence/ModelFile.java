package org.mostra4j.canary.ml.adapters.persistence;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Canary: the persistence adapter handling ND4J arrays itself. */
public final class ModelFile {
    INDArray weights;
}
