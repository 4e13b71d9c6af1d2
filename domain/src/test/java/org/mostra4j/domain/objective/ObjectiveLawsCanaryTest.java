package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The objective law suite can fail: each broken plugin below is rejected by the law it breaks. */
class ObjectiveLawsCanaryTest {

    @Test
    void anObjectiveWithMemoryIsNotDeterministic() {
        ObjectiveLaws laws = () -> new Broken("flip-flop") {
            private int calls;

            @Override
            public boolean serves(ObjectiveQuery query, ObjectiveFacts facts) {
                return calls++ % 2 == 0;
            }
        };
        assertThrows(AssertionError.class, laws::deterministic);
    }

    @Test
    void anObjectiveReadingAnyExtensionIsNotPure() {
        ObjectiveLaws laws = () -> new Broken("nosy") {
            @Override
            public boolean serves(ObjectiveQuery query, ObjectiveFacts facts) {
                return facts.extension(ObjectiveLaws.Foreign.class).isPresent();
            }
        };
        assertThrows(AssertionError.class, laws::pure);
    }

    @Test
    void anObjectiveCountingTheWholeHistoryDependsOnUnrelatedFacts() {
        ObjectiveLaws laws = () -> new Broken("heavy-listener") {
            @Override
            public boolean serves(ObjectiveQuery query, ObjectiveFacts facts) {
                return facts.history().distinctTracks() >= 3;
            }
        };
        assertThrows(AssertionError.class, laws::independentOfUnrelatedFacts);
    }

    @Test
    void anObjectiveWhoseIdChangesHasNoStableId() {
        AtomicInteger instances = new AtomicInteger();
        ObjectiveLaws laws = () -> new Broken("v" + instances.incrementAndGet());
        assertThrows(AssertionError.class, laws::stableId);
    }

    /** A plugin that serves nothing; the canaries override the part they break. */
    private static class Broken implements Objective {
        private final ObjectiveId id;

        Broken(String id) {
            this.id = ObjectiveId.of(id);
        }

        @Override
        public ObjectiveId id() {
            return id;
        }

        @Override
        public String description() {
            return "a deliberately broken plugin";
        }

        @Override
        public boolean serves(ObjectiveQuery query, ObjectiveFacts facts) {
            return false;
        }
    }
}
