package org.mostra4j.domain.session;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mostra4j.domain.catalog.TrackId;

/**
 * The first candidate whose track came earlier in the list. Sorting the ids' hashes with their indices finds it
 * without a map per call: the per-request checks of the service run it on every session.
 *
 * @param earlier the first index of the track
 * @param index   the smallest index whose track occurs before it
 */
public record RepeatedTrack(int earlier, int index) {
    public RepeatedTrack {
        if (earlier < 0 || index <= earlier) {
            throw new IllegalArgumentException("need 0 <= earlier < index, was " + earlier + ", " + index);
        }
    }

    /** What a map of first indices, filled in candidate order, finds first; empty when every track is distinct. */
    public static Optional<RepeatedTrack> first(List<Candidate> candidates) {
        int n = candidates.size();
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            // hash in the high half, index in the low: sorted, one hash's indices come ascending
            keyed[i] = ((long) candidates.get(i).track().value().hashCode() << 32) | i;
        }
        Arrays.sort(keyed);
        int bestEarlier = -1;
        int best = Integer.MAX_VALUE;
        for (int a = 0; a < n;) {
            int b = a + 1;
            while (b < n && (int) (keyed[b] >> 32) == (int) (keyed[a] >> 32)) {
                b++;
            }
            for (int x = a + 1; x < b && (int) keyed[x] < best; x++) {
                int i = (int) keyed[x];
                int j = earliestEqual(candidates, keyed, a, x, candidates.get(i).track());
                if (j >= 0) {
                    bestEarlier = j;
                    best = i;
                }
            }
            a = b;
        }
        return bestEarlier < 0 ? Optional.empty() : Optional.of(new RepeatedTrack(bestEarlier, best));
    }

    /** The smallest index among keyed[from, to) whose track equals {@code track}, or -1. */
    private static int earliestEqual(List<Candidate> candidates, long[] keyed, int from, int to, TrackId track) {
        for (int y = from; y < to; y++) {
            int j = (int) keyed[y];
            if (candidates.get(j).track().equals(track)) {
                return j;
            }
        }
        return -1;
    }
}
