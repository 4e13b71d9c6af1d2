package org.mostra4j.application;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.service.SequenceSessionService;
import org.mostra4j.domain.objective.Boost;
import org.mostra4j.domain.objective.Discovery;
import org.mostra4j.domain.objective.Exposure;
import org.mostra4j.domain.objective.Objective;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.ObjectiveScorerFactory;
import org.mostra4j.domain.search.ScorerCatalogue;

/**
 * The core of the embedding API: the use cases, the built-in objectives and scorer, and the extension
 * points. Host applications add objectives with {@link #objectives(com.google.inject.Binder)} in their
 * own module, or drop a jar that lists its objectives in
 * {@code META-INF/services/org.mostra4j.domain.objective.Objective} (the {@link ServiceLoader} bridge).
 * Driven ports default to "none" (no encoder, no stored facts); adapter modules replace them with
 * {@link OptionalBinder#setBinding()}.
 */
public final class MostraModule extends AbstractModule {

    /** The multibinder to which every objective plugin is added. */
    public static Multibinder<Objective> objectives(com.google.inject.Binder binder) {
        return Multibinder.newSetBinder(binder, Objective.class);
    }

    /** The multibinder to which every scorer plugin is added. */
    public static Multibinder<ObjectiveScorerFactory> scorers(com.google.inject.Binder binder) {
        return Multibinder.newSetBinder(binder, ObjectiveScorerFactory.class);
    }

    @Override
    protected void configure() {
        Multibinder<Objective> objectives = objectives(binder());
        objectives.addBinding().to(Discovery.class);
        objectives.addBinding().to(Exposure.class);
        objectives.addBinding().to(Boost.class);
        scorers(binder()).addBinding().toInstance(ObjectiveScorerFactory.CONCAVE_COVERAGE);
        OptionalBinder.newOptionalBinder(binder(), EncodeRelevancePort.class).setDefault()
                .toInstance(EncodeRelevancePort.NONE);
        OptionalBinder.newOptionalBinder(binder(), LoadObjectiveFactsPort.class).setDefault()
                .toInstance(LoadObjectiveFactsPort.NONE);
        bind(SequenceSessionUseCase.class).to(SequenceSessionService.class);
    }

    @Provides
    @Singleton
    ObjectiveCatalogue objectiveCatalogue(Set<Objective> bound) {
        List<Objective> all = new ArrayList<>(bound);
        ServiceLoader.load(Objective.class).forEach(all::add);
        return ObjectiveCatalogue.of(all);
    }

    @Provides
    @Singleton
    ScorerCatalogue scorerCatalogue(Set<ObjectiveScorerFactory> bound) {
        List<ObjectiveScorerFactory> all = new ArrayList<>(bound);
        ServiceLoader.load(ObjectiveScorerFactory.class).forEach(all::add);
        return ScorerCatalogue.of(all);
    }
}
