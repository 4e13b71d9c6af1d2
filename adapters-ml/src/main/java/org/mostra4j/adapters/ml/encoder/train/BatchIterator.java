package org.mostra4j.adapters.ml.encoder.train;

import java.util.List;
import java.util.SplittableRandom;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;

/**
 * One epoch of pre-bucketed batches, padded lazily; synchronous (no prefetch thread), which the
 * embedding rows need: each batch copies them from the table as updated by the previous step.
 */
final class BatchIterator implements MultiDataSetIterator {
    private final List<List<EncodedSet>> batches;
    private final int userRows;
    private final EmbeddingTable table;
    private final double idDropout;
    private final SplittableRandom random;
    private final int keepMasks;
    private final int width;
    private final double dropout;
    private int next;

    BatchIterator(List<List<EncodedSet>> batches, EmbeddingTable table, int userRows, double idDropout,
            SplittableRandom random, int keepMasks, int width, double dropout) {
        this.table = table;
        this.batches = batches;
        this.keepMasks = keepMasks;
        this.width = width;
        this.dropout = dropout;
        this.userRows = userRows;
        this.idDropout = idDropout;
        this.random = random;
    }

    @Override
    public MultiDataSet next(int num) {
        return next();
    }

    @Override
    public void setPreProcessor(MultiDataSetPreProcessor preProcessor) {
        throw new UnsupportedOperationException("no pre-processing: batches arrive ready");
    }

    @Override
    public MultiDataSetPreProcessor getPreProcessor() {
        return null;
    }

    @Override
    public boolean resetSupported() {
        return false;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("one pass per epoch");
    }

    @Override
    public boolean hasNext() {
        return next < batches.size();
    }

    @Override
    public MultiDataSet next() {
        Batch b = Batch.of(batches.get(next++), userRows, idDropout, random);
        return keepMasks == 0 ? b.dataSet(table) : b.dataSet(table, keepMasks, width, dropout, random);
    }
}
