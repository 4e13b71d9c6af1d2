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
import org.mostra4j.adapters.simulation.SimulatedOutcomeOracle;
import org.mostra4j.adapters.simulation.SimulationConfigYaml;
import org.mostra4j.adapters.simulation.World;
import org.mostra4j.application.MostraModule;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.port.out.OutcomeOraclePort;
import org.mostra4j.application.service.ScoreSessionsService;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;
import org.mostra4j.domain.objective.DatedList;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.PrefixRelevance;

/**
 * The composition root of one partition task on an executor: the same Guice wiring as the command line
 * (the {@link MostraModule} with its objective and scorer plugins, found by {@link java.util.ServiceLoader}
 * on the executor's class path too), with the driven ports answered from the joined Spark data
 * ({@link SessionFacts}) and the plain-Java encoder over the broadcast model. The model is decoded once
 * per executor JVM and shared by its tasks (it is read-only).
 */
final class ExecutorWiring {
    private static final Map<String, Either<String, EncoderModel>> MODELS = new ConcurrentHashMap<>();
    /** Oracles by their world's configuration: a world is generated once per JVM (it is read-only, thread-safe). */
    private static final Map<String, SimulatedOutcomeOracle> ORACLES = new ConcurrentHashMap<>();
    /** Track embeddings by identity of the broadcast value: rebuilt once per JVM. */
    private static final Map<ExecutorBroadcast.Vectors, TrackVectors> VECTORS =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final SessionFacts facts;
    private final Injector injector;
    private final EncodeRelevancePort encoder;
    private final Optional<OutcomeOraclePort> oracle;
    private final Optional<TrackVectors> vectors;

    ExecutorWiring(ExecutorBroadcast data) {
        this.facts = new SessionFacts(list(data.emerging(), ArtistId::of), list(data.boosts(), TrackId::of));
        Optional<EncoderModel> model = data.model().map(bytes -> MODELS.computeIfAbsent(digest(bytes),
                key -> ModelFile.load(data.modelName(), bytes)).getOrElseThrow(m -> new IllegalStateException(m)));
        EncodeRelevancePort encoder = model.<EncodeRelevancePort>map(m -> new ModelRelevanceEncoder(m,
                Optional.of(facts), Optional.of(facts))).orElse(EncodeRelevancePort.NONE);
        this.encoder = encoder;
        this.oracle = data.world().map(yaml -> ORACLES.computeIfAbsent(digest(yaml.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), key -> new SimulatedOutcomeOracle(World.generate(
                SimulationConfigYaml.parse(yaml, data.worldName()).getOrElseThrow(m -> new IllegalStateException(m))))));
        this.vectors = data.trackVectors().map(v -> VECTORS.computeIfAbsent(v, ExecutorWiring::vectors));
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

    /** The simulated world's outcome oracle (true SAT), when the job was given --world. */
    Optional<OutcomeOraclePort> oracle() {
        return oracle;
    }

    /** The model's sequence head (mostra-seq), if it has one. */
    Optional<PrefixRelevance> prefixRelevance() {
        return encoder.prefixRelevance();
    }

    /** The encoder the executors score with (its sequence head's source goes into evaluate's notes). */
    EncodeRelevancePort encoder() {
        return encoder;
    }

    /** The track embeddings, when the job was given --embeddings. */
    Optional<TrackVectors> vectors() {
        return vectors;
    }

    private static TrackVectors vectors(ExecutorBroadcast.Vectors v) {
        TrackVectors.Builder b = TrackVectors.builder(v.dimension());
        for (int i = 0; i < v.ids().length; i++) {
            b.put(TrackId.of(v.ids()[i]), v.values()[i]);
        }
        return b.build();
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
