package org.mostra4j.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;

class RepeatedTrackTest {
    /**
     * The duplicate check reports what a map of first indices filled in candidate order reports (the smallest index
     * whose track came before, with that track's first index), on seeded random sessions, colliding hashes included
     * ("Aa" and "BB" share String's hash).
     */
    @Test
    void firstRepeatMatchesAMapOfFirstIndices() {
        Random rnd = new Random(18);
        String[] pool = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "t1", "t2", "t3", "t4", "t5"};
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + rnd.nextInt(12);
            List<Candidate> cs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                cs.add(Candidate.of(rnd.nextInt(3) == 0 ? "u" + round + "-" + i : pool[rnd.nextInt(pool.length)]));
            }
            int[] expected = null;
            Map<TrackId, Integer> seen = new HashMap<>();
            for (int i = 0; i < n && expected == null; i++) {
                Integer first = seen.putIfAbsent(cs.get(i).track(), i);
                if (first != null) {
                    expected = new int[] {first, i};
                }
            }
            var found = RepeatedTrack.first(cs);
            assertEquals(Arrays.toString(expected),
                    Arrays.toString(found.map(r -> new int[] {r.earlier(), r.index()}).orElse(null)),
                    cs.toString());
        }
    }

    @Test
    void noRepeatInDistinctTracks() {
        assertEquals(java.util.Optional.empty(), RepeatedTrack.first(List.of(Candidate.of("a"), Candidate.of("b"))));
        assertEquals(java.util.Optional.empty(), RepeatedTrack.first(List.of()));
    }
}
