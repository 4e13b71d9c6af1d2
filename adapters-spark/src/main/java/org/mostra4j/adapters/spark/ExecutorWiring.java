package org.mostra4j.adapters.spark;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import io.vavr.control.Either;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.mostra4j.adapters.ml.encoder.infer.ModelRelevanceEncoder;
import org.mostra4j.adapters.ml.encoder.model.EncoderModel;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import org.mostra4j.application.MostraModule;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.service.ScoreSessionsService;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.DatedList;
import org.mostra4j.domain.objective.ObjectiveCatalogue;

/**
 * The composition root of one partition task on an executor: the same Guice wiring as the command line
 * (the {@link MostraModule} with its objective and scorer plugins, found by {@link java.util.ServiceLoader}
 * on the executor's class path too), with the driven ports answered from the joined Spark data
 * ({@link SessionFacts}) and the plain-Java encoder over the broadcast model. The model is decoded once
 * per executor JVM and shared by its tasks (it is read-only).
 */
final class ExecutorWiring {
    private static final Map<String, Either<String, EncoderModel>> MODELS = new ConcurrentHashMap<>();
    private final SessionFacts facts;
    private final Injector injector;

    ExecutorWiring(ExecutorBroadcast data) {
        this.facts = new SessionFacts(list(data.emerging(), ArtistId::of), list(data.boosts(), TrackId::of));
        Optional<EncoderModel> model = data.model().map(bytes -> MODELS.computeIfAbsent(digest(bytes),
                key -> ModelFile.load(data.modelName(), bytes)).getOrElseThrow(m -> new IllegalStateException(m)));
        EncodeRelevancePort encoder = model.<EncodeRelevancePort>map(m -> new ModelRelevanceEncoder(m,
                Optional.of(facts), Optional.of(facts))).orElse(EncodeRelevancePort.NONE);
        this.injector = Guice.createInjector(new MostraModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), EncodeRelevancePort.class).setBinding().toInstance(encoder);
                OptionalBinder.newOptionalBinder(binder(), LoadObjectiveFactsPort.class).setBinding().toInstance(facts);
                bind(LoadCatalogPort.class).toInstance(facts);
                bind(LoadHistoryPort.class).toInstance(facts);
            }
        });
    }

    /** Makes {@code session} the one the ports answer for. */
    SessionRow enter(SessionRow session) {
        facts.current(session);
        return session;
    }

    ScoreSessionsService score() {
        return injector.getInstance(ScoreSessionsService.class);
    }

    SequenceSessionUseCase sequence() {
        return injector.getInstance(SequenceSessionUseCase.class);
    }

    ObjectiveCatalogue objectives() {
        return injector.getInstance(ObjectiveCatalogue.class);
    }

    private static <T> DatedList<T> list(List<String[]> rows, Function<String, T> id) {
        DatedList.Builder<T> b = DatedList.builder();
        for (String[] r : rows) {
            b.add(id.apply(r[0]), LocalDate.parse(r[1]), LocalDate.parse(r[2]));
        }
        return b.build();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
