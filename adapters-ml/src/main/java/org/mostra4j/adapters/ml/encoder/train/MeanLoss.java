package org.mostra4j.adapters.ml.encoder.train;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/** Averages the training loss over the steps of one epoch (the fit history does not record it here). */
final class MeanLoss extends BaseListener {
    private double sum;
    private long steps;

    @Override
    public boolean isActive(Operation operation) {
        return operation == Operation.TRAINING;
    }

    @Override
    public void iterationDone(SameDiff sd, At at, MultiDataSet dataSet, Loss loss) {
        sum += loss.totalLoss();
        steps++;
    }

    double mean() {
        return steps == 0 ? Double.NaN : sum / steps;
    }
}
