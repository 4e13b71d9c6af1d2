package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.MostraModule;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.Objective;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.ObjectiveQuery;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.Session;
import org.mostra4j.domain.session.SessionId;

/**
 * How a host application embeds mostra4j (the README's "Embedding" section): its own injector from our
 * public modules plus its own objective module, then {@link SequenceSessionUseCase}.
 */
class HostApplicationEmbeddingTest {

    /** The host's own objective: tracks whose id starts with "local-" (e.g. local artists). */
    static final class LocalScene implements Objective {
        @Override
        public ObjectiveId id() {
            return ObjectiveId.of("local-scene");
        }

        @Override
        public String description() {
            return "tracks from the local scene";
        }

        @Override
        public boolean serves(ObjectiveQuery query, ObjectiveFacts facts) {
            return query.track().value().startsWith("local-");
        }
    }

    /** The host's module: registers its objective and supplies its own facts. */
    static final class HostModule extends AbstractModule {
        @Override
        protected void configure() {
            MostraModule.objectives(binder()).addBinding().to(LocalScene.class);
            com.google.inject.multibindings.OptionalBinder.newOptionalBinder(binder(), LoadObjectiveFactsPort.class)
                    .setBinding().toInstance((user, date) -> ObjectiveFacts.none());
        }
    }

    @Test
    void hostObjectiveIsRegisteredAndSteersTheOrder() {
        Injector injector = Guice.createInjector(new MostraModule(), new HostModule());
        assertTrue(injector.getInstance(ObjectiveCatalogue.class).contains(ObjectiveId.of("local-scene")));

        Session session = new Session(SessionId.of("s1"), UserId.of("u1"), LocalDate.of(2026, 3, 1), List.of(
                Candidate.of("hit").withRelevance(0.90).withObjectives(Set.of()),
                Candidate.of("local-band").withRelevance(0.88)));
        SequencingPolicy policy = SequencingPolicy.defaults().withWeight(ObjectiveId.of("local-scene"), 2.0)
                .withWeight(ObjectiveId.DISCOVERY, 0.0);
        Sequence sequence = injector.getInstance(SequenceSessionUseCase.class)
                .sequence(new SequenceSessionUseCase.Command(session, policy)).get();

        assertEquals(List.of(TrackId.of("local-band"), TrackId.of("hit")), sequence.tracks());
        assertTrue(sequence.placements().get(0).objectives().contains(ObjectiveId.of("local-scene")));
    }

    @Test
    void twoObjectivesWithOneIdFailAtStartup() {
        Injector injector = Guice.createInjector(new MostraModule(), new HostModule(), new AbstractModule() {
            @Override
            protected void configure() {
                MostraModule.objectives(binder()).addBinding().toInstance(new LocalScene());
            }
        });
        ProvisionException e = assertThrows(ProvisionException.class, () -> injector.getInstance(ObjectiveCatalogue.class));
        assertTrue(e.getMessage().contains("'local-scene' is registered twice"), e.getMessage());
    }
}
