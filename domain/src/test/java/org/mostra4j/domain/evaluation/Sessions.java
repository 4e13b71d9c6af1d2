package org.mostra4j.domain.evaluation;

import static org.mostra4j.domain.catalog.ObjectiveId.BOOST;
import static org.mostra4j.domain.catalog.ObjectiveId.DISCOVERY;
import static org.mostra4j.domain.catalog.ObjectiveId.EXPOSURE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.SessionId;

/** Small sessions for evaluation tests; objectives are evaluated in id order (boost, discovery, exposure). */
public final class Sessions {
    public static final List<ObjectiveId> OBJECTIVES = List.of(BOOST, DISCOVERY, EXPOSURE);

    private Sessions() {
    }

    /** The spec's worked example (§2.2) with logged labels t1 = 1, t2 = 0, t3 = 1, t4 = 0. */
    public static EvaluationSession workedExample() {
        return EvaluationSession.of(SessionId.of("worked"), OBJECTIVES, List.of(
                EvaluationCandidate.of("t1", 0.96, true),
                EvaluationCandidate.of("t2", 0.95, false, EXPOSURE),
                EvaluationCandidate.of("t3", 0.80, true, DISCOVERY),
                EvaluationCandidate.of("t4", 0.93, false, BOOST)));
    }

    /** A random session of n candidates with distinct relevances, seeded. */
    public static EvaluationSession random(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<EvaluationCandidate> cs = new ArrayList<>();
        Set<Double> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            double s;
            do {
                s = Math.round(r.nextDouble() * 1000) / 1000.0;
            } while (!seen.add(s));
            List<ObjectiveId> objs = new ArrayList<>();
            for (ObjectiveId o : OBJECTIVES) {
                if (r.nextInt(4) == 0) {
                    objs.add(o);
                }
            }
            String id = String.format("t%03d", i);
            ObjectiveId[] served = objs.toArray(ObjectiveId[]::new);
            cs.add(r.nextInt(10) == 0 ? EvaluationCandidate.unlabelled(id, s, served)
                    : EvaluationCandidate.of(id, s, r.nextBoolean(), served));
        }
        return EvaluationSession.of(SessionId.of("s" + seed), OBJECTIVES, cs);
    }
}
