package org.mostra4j.domain.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.LabelledCandidate;

class LinearPrefixHeadTest {
    private static final List<ObjectiveId> OBJ = List.of(ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE);
    private static final long D = 1L;
    private static final long E = 2L;

    @Test
    void featureRowsOfAHandWrittenOrder() {
        double[][] rows = LinearPrefixHead.featureRows(List.of(D, D, E, D), 2);
        assertArrayEquals(new double[] {1, 0, 1, 0, 0, 0, 0, 0, 0, 0}, rows[0], 1e-15);
        assertArrayEquals(new double[] {1, Math.log(2), 1, 1, 1, 1, 0, 0, 0, 0}, rows[1], 1e-15);
        assertArrayEquals(new double[] {1, Math.log(3), 0, 0, 1, 0, 1, 0, 0, 0}, rows[2], 1e-15);
        assertArrayEquals(new double[] {1, Math.log(4), 1, 0, 2 / 3.0, 2 / 3.0, 0, 0, 1 / 3.0, 0}, rows[3], 1e-15);
        assertEquals(List.of("bias", "ln_position", "discovery", "discovery_x_run", "share_discovery",
                "discovery_x_share", "exposure", "exposure_x_run", "share_exposure", "exposure_x_share"),
                LinearPrefixHead.featureNames(OBJ));
    }

    @Test
    void runsAreCappedAtFour() {
        double[][] rows = LinearPrefixHead.featureRows(List.of(D, D, D, D, D, D, D), 1);
        assertEquals(4.0, rows[6][3]);
        assertEquals(3.0, rows[3][3]);
    }

    @Test
    void theFoldedPrefixStateGivesTheDotProductOfTheFeatureRow() {
        List<Double> w = List.of(0.1, -0.3, 0.5, -0.7, 0.2, 0.4, -0.05, 0.6, -0.9, 0.35);
        LinearPrefixHead head = new LinearPrefixHead(OBJ, w);
        List<LabelledCandidate> items = List.of(LabelledCandidate.of("a", 0.5, ObjectiveId.DISCOVERY),
                LabelledCandidate.of("b", 0.5, ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE),
                LabelledCandidate.of("c", 0.5), LabelledCandidate.of("d", 0.5, ObjectiveId.EXPOSURE));
        double[][] rows = LinearPrefixHead.featureRows(List.of(D, D | E, 0L, E), 2);
        PrefixRelevance.Prefix prefix = head.start(items);
        for (int t = 0; t < 4; t++) {
            assertEquals(head.shift(rows[t]), prefix.shift(t), 1e-12, "position " + (t + 1));
            prefix = prefix.plus(t);
        }
    }

    @Test
    void adjustMovesTheLogitAndLeavesAZeroShiftExact() {
        assertEquals(0.3, PrefixRelevance.adjust(0.3, 0.0), 0.0);
        assertEquals(1 / (1 + Math.exp(-(Math.log(0.3 / 0.7) - 1))), PrefixRelevance.adjust(0.3, -1), 1e-15);
        assertTrue(PrefixRelevance.adjust(0.3, 1) > 0.3);
    }

    @Test
    void refusesAWrongNumberOfWeightsOrAnInfiniteOne() {
        assertThrows(IllegalArgumentException.class, () -> new LinearPrefixHead(OBJ, List.of(0.0, 1.0)));
        List<Double> w = new java.util.ArrayList<>(java.util.Collections.nCopies(10, 0.0));
        w.set(3, Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LinearPrefixHead(OBJ, w));
        assertTrue(e.getMessage().contains("discovery_x_run"), e.getMessage());
    }
}
