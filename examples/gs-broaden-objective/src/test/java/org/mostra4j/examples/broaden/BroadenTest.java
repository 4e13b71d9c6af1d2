package org.mostra4j.examples.broaden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mostra4j.examples.broaden.Circle.facts;
import static org.mostra4j.examples.broaden.Circle.listener;
import static org.mostra4j.examples.broaden.Circle.query;
import static org.mostra4j.examples.broaden.Circle.track;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TasteProfile;
import org.mostra4j.domain.objective.Objective;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.objective.ObjectiveFacts;

/** Behaviour of "broaden" on known vectors; the generic Objective contract is in {@link BroadenLawsTest}. */
class BroadenTest {
    private final Broaden broaden = new Broaden();

    @Test
    void aSpecialistIsOfferedOnlyTracksClearlyOutsideTheirNiche() {
        TasteProfile specialist = listener(10, 0, 5, 10); // centre at 5°, GS ≈ 0.997
        assertEquals(0.5, broaden.threshold(specialist), 0.0);
        assertFalse(broaden.serves(query(track(30)), facts(specialist)), "cos 25° = 0.91 is a variation, not breadth");
        assertFalse(broaden.serves(query(track(60)), facts(specialist)), "cos 55° = 0.57");
        assertTrue(broaden.serves(query(track(70)), facts(specialist)), "cos 65° = 0.42");
    }

    @Test
    void aGeneralistIsOfferedOnlyTracksBeyondTheirOwnSpread() {
        TasteProfile generalist = listener(5, 0, 40, 80, 120, 160, 180); // wide: GS well below 0.5
        double gs = generalist.score().value();
        assertTrue(gs < 0.5, "GS " + gs);
        assertEquals(gs, broaden.threshold(generalist), 0.0);
        for (int deg = 0; deg <= 180; deg += 5) {
            double cos = generalist.cosineToCentre(track(deg)).orElseThrow();
            assertEquals(cos < gs, broaden.serves(query(track(deg)), facts(generalist)), "track at " + deg + "°");
        }
    }

    @Test
    void withoutATasteProfileNothingServes() {
        assertFalse(broaden.serves(query(track(180)), ObjectiveFacts.none()));
    }

    @Test
    void aTrackWithoutAVectorNeverServes() {
        assertFalse(broaden.serves(query(TrackId.of("unheard")), facts(listener(10, 0, 5))));
    }

    @Test
    void theCeilingIsACosine() {
        assertThrows(IllegalArgumentException.class, () -> new Broaden(1.5));
        assertThrows(IllegalArgumentException.class, () -> new Broaden(Double.NaN));
        assertEquals(0.2, new Broaden(0.2).threshold(listener(10, 0, 5)), 0.0);
    }

    @Test
    void contractStableId() {
        assertEquals("broaden", broaden.id().value());
        assertEquals(broaden.id(), new Broaden(0.1).id());
        assertFalse(broaden.description().isBlank());
    }

    @Test
    void contractPureAndDeterministicTheSameQuestionGetsTheSameAnswer() {
        ObjectiveFacts f = facts(listener(5, 0, 40, 80, 120));
        for (int deg = 0; deg <= 180; deg += 5) {
            boolean first = broaden.serves(query(track(deg)), f);
            for (int i = 0; i < 3; i++) {
                assertEquals(first, new Broaden().serves(query(track(deg)), f));
            }
        }
    }

    @Test
    void theJarRegistersItselfForTheServiceLoaderBridge() {
        List<Objective> found = new ArrayList<>();
        ServiceLoader.load(Objective.class).forEach(found::add);
        assertTrue(found.stream().anyMatch(o -> o instanceof Broaden), "found " + found);
        List<Objective> all = new ArrayList<>(ObjectiveCatalogue.builtIns().all());
        all.addAll(found);
        assertTrue(ObjectiveCatalogue.of(all).contains(Broaden.ID), "broaden's id clashes with a built-in");
    }
}
