package org.mostra4j.adapters.ml.encoder.model;

import java.util.Objects;
import org.mostra4j.domain.search.LinearPrefixHead;

/**
 * mostra-seq's prefix head as a model file keeps it (entry {@code sequence-head.json}, format version 2):
 * the head and how it was learned.
 */
public record SequenceHead(LinearPrefixHead head, Metrics metrics) {
    public SequenceHead {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * @param trainingRows        labelled logged positions it was fitted on
     * @param validationRows      labelled positions of the validation split
     * @param validationLogLoss   log-loss of the encoder alone on them
     * @param headValidationLogLoss log-loss with the head
     * @param learnedFrom         which sessions' positions taught it, in words (empty in files written before
     *                            this field: they still load)
     */
    public record Metrics(long trainingRows, long validationRows, double validationLogLoss,
            double headValidationLogLoss, String learnedFrom) {
        public Metrics {
            learnedFrom = learnedFrom == null ? "" : learnedFrom;
        }

        /** These metrics, saying which sessions taught the head. */
        public Metrics withLearnedFrom(String note) {
            return new Metrics(trainingRows, validationRows, validationLogLoss, headValidationLogLoss, note);
        }
    }
}
