package org.mostra4j.adapters.ml.embedding;

import java.util.List;
import org.deeplearning4j.models.sequencevectors.interfaces.SequenceIterator;
import org.deeplearning4j.models.sequencevectors.sequence.Sequence;
import org.deeplearning4j.models.word2vec.VocabWord;
import org.mostra4j.application.port.out.LoadListeningSentencesPort;
import org.mostra4j.application.port.out.LoadListeningSentencesPort.Cursor;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort.Progress;
import org.mostra4j.domain.catalog.TrackId;

/**
 * Adapts the sentence port to word2vec's pull iterator. Track ids become words as they are, with no
 * tokenizer (ids may contain any character). Each {@link #reset()} opens a fresh pass; the first pass
 * builds the vocabulary, the next ones are the epochs. Reports progress every {@value #REPORT_EVERY}
 * sentences.
 */
final class SentenceSequenceIterator implements SequenceIterator<VocabWord>, AutoCloseable {
    private static final int REPORT_EVERY = 1000;
    private final LoadListeningSentencesPort source;
    private final Progress progress;
    private final int epochs;
    private Cursor cursor;
    private List<TrackId> pending;
    private int completedPasses;
    private boolean passEnded;
    private long sentencesInPass;
    private long tokensInPass;
    private long sentencesPerPass = -1;
    private long tokensPerPass;

    SentenceSequenceIterator(LoadListeningSentencesPort source, Progress progress, int epochs) {
        this.source = source;
        this.progress = progress;
        this.epochs = epochs;
    }

    @Override
    public synchronized boolean hasMoreSequences() {
        if (cursor == null) {
            reset();
        }
        while (pending == null && cursor.hasNext()) {
            List<TrackId> next = cursor.next();
            if (!next.isEmpty()) {
                pending = next;
            }
        }
        if (pending == null) {
            endOfPass();
        }
        return pending != null;
    }

    @Override
    public synchronized Sequence<VocabWord> nextSequence() {
        if (!hasMoreSequences()) {
            throw new IllegalStateException("no more sentences in this pass");
        }
        Sequence<VocabWord> sequence = new Sequence<>();
        for (TrackId track : pending) {
            sequence.addElement(new VocabWord(1.0, track.value()));
        }
        sentencesInPass++;
        tokensInPass += pending.size();
        pending = null;
        if (sentencesInPass % REPORT_EVERY == 0) {
            report();
        }
        return sequence;
    }

    @Override
    public synchronized void reset() {
        closeCursor();
        cursor = source.open();
        passEnded = false;
        sentencesInPass = 0;
        tokensInPass = 0;
    }

    @Override
    public synchronized void close() {
        closeCursor();
    }

    /** Sentences in one full pass (known after the vocabulary pass). */
    synchronized long sentencesPerPass() {
        return Math.max(0, sentencesPerPass);
    }

    synchronized long tokensPerPass() {
        return tokensPerPass;
    }

    /** Word2vec may reset more often than it reads the corpus through: only exhausted passes count. */
    private void endOfPass() {
        if (passEnded) {
            return;
        }
        passEnded = true;
        report();
        if (sentencesPerPass < 0) {
            sentencesPerPass = sentencesInPass;
            tokensPerPass = tokensInPass;
        }
        completedPasses++;
    }

    private void report() {
        if (sentencesPerPass < 0) {
            progress.update("vocabulary", sentencesInPass, -1);
        } else {
            long total = sentencesPerPass * epochs;
            long done = (long) Math.max(0, completedPasses - 1) * sentencesPerPass + sentencesInPass;
            progress.update("training", Math.min(total, done), total);
        }
    }

    private void closeCursor() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        pending = null;
    }
}
