package org.mostra4j.adapters.ml.encoder.train;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.impl.reduce.MmulBp;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * Carries the loss gradient from SameDiff's backward pass into the Java-held {@link EmbeddingTable}:
 * the gradient of the input projection's product ({@code matmul_bp} whose first input is the graph's
 * {@link SetTransformerGraph#INPUT}) is the gradient with respect to every input column, embedding
 * columns included; after each training iteration the table takes its Adam step.
 */
final class EmbeddingGradient extends BaseListener {
    private final EmbeddingTable table;

    EmbeddingGradient(EmbeddingTable table) {
        this.table = table;
    }

    @Override
    public boolean isActive(Operation operation) {
        return operation == Operation.TRAINING;
    }

    @Override
    public void opExecution(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, OpContext opContext,
            INDArray[] outputs) {
        if (op.getOp() instanceof MmulBp && !op.getInputsToOp().isEmpty()
                && SetTransformerGraph.INPUT.equals(op.getInputsToOp().get(0))) {
            table.accumulate(outputs[0]);
        }
    }

    @Override
    public void iterationDone(SameDiff sd, At at, MultiDataSet dataSet, Loss loss) {
        table.applyGradient();
    }
}
