package org.mostra4j.application.port.out;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.mostra4j.domain.catalog.TrackId;

/**
 * One pass over listening sentences: each sentence is the track ids of one listening context in the
 * order they were played. The holder closes it (it may hold a database cursor).
 */
public interface SentenceCursor extends Iterator<List<TrackId>>, AutoCloseable {
    @Override
    void close();

    /** A cursor over sentences already in memory (tests, small corpora). */
    static SentenceCursor of(Iterable<List<TrackId>> sentences) {
        Iterator<List<TrackId>> it = sentences.iterator();
        return new SentenceCursor() {
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
