package org.mostra4j.domain.evaluation.frontier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.session.SessionId;

class SessionSplitTest {
    private static List<SessionId> ids(int n) {
        List<SessionId> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(SessionId.of("s" + i));
        }
        return out;
    }

    @Test
    void aSessionsSideDependsOnlyOnTheSeedAndItsId() {
        SessionSplit a = new SessionSplit(7, 0.5);
        SessionSplit b = new SessionSplit(7, 0.5);
        for (SessionId id : ids(500)) {
            assertEquals(a.validation(id), b.validation(id), id.value());
        }
        long differ = ids(500).stream().filter(id -> a.validation(id) != new SessionSplit(8, 0.5).validation(id)).count();
        assertNotEquals(0, differ, "another seed gives another split");
    }

    @Test
    void theValidationShareIsAboutAsAsked() {
        // 4,000 fair coin flips: a share outside [0.45, 0.55] has probability < 1e-9
        long validation = ids(4000).stream().filter(new SessionSplit(42, 0.5)::validation).count();
        assertTrue(validation > 1800 && validation < 2200, "validation sessions: " + validation);
        long small = ids(4000).stream().filter(new SessionSplit(42, 0.2)::validation).count();
        assertTrue(small > 640 && small < 960, "validation sessions at share 0.2: " + small);
    }

    @Test
    void sharesOutsideTheOpenUnitIntervalAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SessionSplit(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SessionSplit(1, 1));
    }
}
