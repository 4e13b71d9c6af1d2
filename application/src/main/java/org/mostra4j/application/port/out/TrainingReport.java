package org.mostra4j.application.port.out;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a training run on its validation split.
 *
 * @param epochs            epochs actually run (early stopping may end before the maximum)
 * @param sessionsPerSecond training throughput over all epochs (optimiser steps only)
 * @param history           one entry per epoch
 * @param sequenceHead      what became of mostra-seq's prefix head: from which sessions' positions it was learned
 *                          (only those whose logged order is random), or why none was; empty when not applicable
 */
public record TrainingReport(double validationAuc, double validationLogLoss, int epochs, double sessionsPerSecond,
        long trainingSessions, long validationSessions, List<EpochMetrics> history, String sequenceHead) {
    public TrainingReport {
        history = List.copyOf(history);
        Objects.requireNonNull(sequenceHead, "sequenceHead");
    }

    /** A report with nothing to say about a sequence head. */
    public TrainingReport(double validationAuc, double validationLogLoss, int epochs, double sessionsPerSecond,
            long trainingSessions, long validationSessions, List<EpochMetrics> history) {
        this(validationAuc, validationLogLoss, epochs, sessionsPerSecond, trainingSessions, validationSessions, history,
                "");
    }

    /** This report, saying what became of the sequence head. */
    public TrainingReport withSequenceHead(String note) {
        return new TrainingReport(validationAuc, validationLogLoss, epochs, sessionsPerSecond, trainingSessions,
                validationSessions, history, note);
    }

    /** Metrics after one epoch. */
    public record EpochMetrics(int epoch, double trainLoss, double validationAuc, double validationLogLoss) {
    }
}
