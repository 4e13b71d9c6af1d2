package org.mostra4j.application.port.out;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.mostra4j.domain.catalog.TrackId;

/**
 * The corpus word2vec learns track vectors from: "sentences" of track ids, where a track's neighbours
 * are the tracks listened to around it.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>every {@link #open()} starts a fresh, independent pass from the first sentence (training reads
 *       the corpus once for the vocabulary and once per epoch);</li>
 *   <li>every pass yields the same sentences in the same order (so a seeded training is reproducible);</li>
 *   <li>sentences are streamed, never all held in memory; empty sentences are skipped.</li>
 * </ul>
 * Expected content (ours): one sentence per logged session (its satisfied tracks by logged position) and
 * one per user's listening history (tracks by {@code played_at}, ties by track id). Not one per user and
 * day: histories are sparse in time, so day sentences would mostly hold a single track and give no context.
 */
public interface LoadListeningSentencesPort {
    Cursor open();

    /**
     * One pass over listening sentences: each sentence is the track ids of one listening context in the
     * order they were played. The holder closes it (it may hold a database cursor).
     */
    interface Cursor extends Iterator<List<TrackId>>, AutoCloseable {
        @Override
        void close();

        /** A cursor over sentences already in memory (tests, small corpora). */
        static Cursor of(Iterable<List<TrackId>> sentences) {
            Iterator<List<TrackId>> it = sentences.iterator();
            return new Cursor() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public List<TrackId> next() {
                    if (!it.hasNext()) {
                        throw new NoSuchElementException("no more sentences");
                    }
                    return it.next();
                }

                @Override
                public void close() {
                    // nothing held
                }
            };
        }
    }
}
