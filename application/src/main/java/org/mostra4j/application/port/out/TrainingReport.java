package org.mostra4j.application.port.out;

import java.util.List;

/**
 * The outcome of a training run on its validation split.
 *
 * @param epochs            epochs actually run (early stopping may end before the maximum)
 * @param sessionsPerSecond training throughput over all epochs (optimiser steps only)
 * @param history           one entry per epoch
 */
public record TrainingReport(double validationAuc, double validationLogLoss, int epochs, double sessionsPerSecond,
        long trainingSessions, long validationSessions, List<EpochMetrics> history) {
    public TrainingReport {
        history = List.copyOf(history);
    }

    /** Metrics after one epoch. */
    public record EpochMetrics(int epoch, double trainLoss, double validationAuc, double validationLogLoss) {
    }
}
