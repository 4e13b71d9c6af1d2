package org.mostra4j.benchmarks.encoder;

import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;

/** One batch handed out {@code count} times: an epoch of identical steps for SameDiff's fit(iterator). */
final class RepeatedBatches implements MultiDataSetIterator {
    private final MultiDataSet batch;
    private final int count;
    private int served;

    RepeatedBatches(MultiDataSet batch, int count) {
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
        return batch;
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
