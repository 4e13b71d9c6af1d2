package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The executable contract of {@link Objective}. A plugin's test class implements this interface and
 * inherits one test per law, run over {@value #EXAMPLES} seeded generated worlds ({@link ObjectiveWorld}):
 * <ul>
 *   <li><b>deterministic</b>: the same query and facts give the same answer on repeated calls, when other
 *       queries are decided in between, on an equal copy of the facts and from a fresh instance;</li>
 *   <li><b>pure</b>: the answer does not depend on facts the plugin does not read (an extension of a
 *       type no plugin knows) and deciding leaves the facts unchanged;</li>
 *   <li><b>independent of unrelated facts</b>: history and list entries about other tracks and artists
 *       do not change the answer (a plugin that legitimately reads the whole history, e.g. a GS-aware
 *       one, opts out with {@link #readsFactsAboutOtherIds()});</li>
 *   <li><b>stable id</b>: {@code id()} is the same on every call and every instance; the description is
 *       not blank.</li>
 * </ul>
 */
public interface ObjectiveLaws {
    long SEED = 0x0B1EC7L;
    int EXAMPLES = 300;

    /** A fresh instance of the objective under test. */
    Objective newObjective();

    /** The worlds the laws are checked over; override to shape them for a plugin. */
    default Gen<ObjectiveWorld> worlds() {
        return ObjectiveWorld.generator();
    }

    /** Adds what the plugin needs beyond the standard facts (e.g. its extension); identity by default. */
    default ObjectiveFacts enrich(ObjectiveFacts facts) {
        return facts;
    }

    /** True for a plugin whose answer may depend on facts about other tracks or artists. */
    default boolean readsFactsAboutOtherIds() {
        return false;
    }

    @Test
    default void deterministic() {
        Objective objective = newObjective();
        Objective fresh = newObjective();
        List<ObjectiveWorld> others = List.of(sample(1), sample(2), sample(3));
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(worlds()).checkAssert(w -> {
            ObjectiveFacts facts = enrich(w.facts());
            boolean first = objective.serves(w.query(), facts);
            for (ObjectiveWorld other : others) {
                objective.serves(other.query(), enrich(other.facts()));
            }
            assertEquals(first, objective.serves(w.query(), facts), "repeated call on " + w);
            assertEquals(first, objective.serves(w.query(), enrich(w.facts())), "equal copy of the facts in " + w);
            assertEquals(first, fresh.serves(w.query(), facts), "fresh instance on " + w);
        });
    }

    @Test
    default void pure() {
        Objective objective = newObjective();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(worlds()).checkAssert(w -> {
            ObjectiveFacts facts = enrich(w.facts());
            ListeningHistory history = facts.history();
            boolean answer = objective.serves(w.query(), facts);
            ObjectiveFacts withForeignExtension = facts.toBuilder().extension(Foreign.class, new Foreign()).build();
            assertEquals(answer, objective.serves(w.query(), withForeignExtension), "an unread extension changed " + w);
            assertEquals(history, facts.history(), "deciding changed the facts of " + w);
        });
    }

    @Test
    default void independentOfUnrelatedFacts() {
        Assumptions.assumeFalse(readsFactsAboutOtherIds(), "the plugin declares that it reads facts about other ids");
        Objective objective = newObjective();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(worlds()).checkAssert(w -> assertEquals(
                objective.serves(w.query(), enrich(w.facts())),
                objective.serves(w.query(), enrich(w.factsWithUnrelatedEntries())),
                "entries about another track and artist changed the answer on " + w));
    }

    @Test
    default void stableId() {
        Objective objective = newObjective();
        ObjectiveId id = objective.id();
        assertNotNull(id);
        assertEquals(id, objective.id(), "id() changed between calls");
        assertEquals(id, newObjective().id(), "a fresh instance has another id");
        assertNotNull(objective.description());
        assertFalse(objective.description().isBlank(), "description must not be blank");
        qt().withFixedSeed(SEED).withExamples(20).forAll(worlds()).checkAssert(w -> {
            objective.serves(w.query(), enrich(w.facts()));
            assertEquals(id, objective.id(), "id() changed after deciding " + w);
        });
        assertTrue(ObjectiveId.isValid(id.value()));
    }

    private ObjectiveWorld sample(long seed) {
        ObjectiveWorld[] out = new ObjectiveWorld[1];
        qt().withFixedSeed(SEED + seed).withExamples(1).forAll(worlds()).checkAssert(w -> out[0] = w);
        return out[0];
    }

    /** An extension type no plugin can know about. */
    final class Foreign {
    }
}
