package org.mostra4j.application.port.out;

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
 * Expected content (ours): one sentence per logged session (its tracks by logged position) and one per
 * user and day of listening history (tracks by {@code played_at}, ties by track id).
 */
public interface LoadListeningSentencesPort {
    SentenceCursor open();
}
