package org.mostra4j.benchmarks.encoder;

import java.util.function.Supplier;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;

/**
 * One batch handed out {@code count} times, its data set rebuilt for every step (as the trainer's
 * iterator does: embedding rows copied from the current tables): an epoch for SameDiff's fit(iterator).
 */
final class RepeatedBatches implements MultiDataSetIterator {
    private final Supplier<MultiDataSet> batch;
    private final int count;
    private int served;

    RepeatedBatches(Supplier<MultiDataSet> batch, int count) {
        this.batch = batch;
        this.count = count;
    }

    @Override
    public MultiDataSet next(int num) {
        return next();
    }

    @Override
    public MultiDataSet next() {
        served++;
        return batch.get();
    }

    @Override
    public boolean hasNext() {
        return served < count;
    }

    @Override
    public void setPreProcessor(MultiDataSetPreProcessor preProcessor) {
        throw new UnsupportedOperationException("no pre-processing");
    }

    @Override
    public MultiDataSetPreProcessor getPreProcessor() {
        return null;
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public void reset() {
        served = 0;
    }
}
