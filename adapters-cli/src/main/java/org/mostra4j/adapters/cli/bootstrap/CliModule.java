package org.mostra4j.adapters.cli.bootstrap;

import com.google.inject.AbstractModule;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.util.Optional;
import org.mostra4j.adapters.cli.EvaluationBackend;
import org.mostra4j.adapters.cli.TrainCommand;
import org.mostra4j.adapters.cli.UsageException;
import org.mostra4j.adapters.simulation.SimulatedOutcomeOracle;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TuneUseCase;
import org.mostra4j.application.port.out.SaveEvaluationRunPort;
import org.mostra4j.application.service.TradeOffService;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.application.port.out.OutcomeOraclePort;
import org.mostra4j.application.service.EvaluatePoliciesService;
import org.mostra4j.application.service.TrainEncoderService;
import org.mostra4j.domain.objective.ObjectiveCatalogue;

/** Binds what the commands open per invocation (a database file, a model file, a simulated world). */
final class CliModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(TrainCommand.StoreOpener.class).toInstance(db -> Try.of(() -> Installation.openWithFactsInMemory(Optional.of(db),
                Optional.empty()).getInstance(TrainEncoderService.class)).toEither()
                .<Either<String, org.mostra4j.application.port.in.TrainEncoderUseCase>>fold(
                        e -> Either.left(e instanceof UsageException ? e.getMessage() : db + ": " + e.getMessage()),
                        Either::right));
        bind(EvaluationBackend.class).toInstance(CliModule::openEvaluation);
    }

    /**
     * Evaluation reads the store read-only; a frontier or tuning run is saved at its end, so only then is the file
     * opened read-write (this process's read-only handle is closed first: DuckDB allows one or the other).
     */
    private static SaveEvaluationRunPort runsSavedReadWrite(java.nio.file.Path db) {
        return new SaveEvaluationRunPort() {
            @Override
            public void save(EvaluationRun run) {
                writable().save(run);
            }

            @Override
            public java.util.List<EvaluationRun> list() {
                return writable().list();
            }

            private SaveEvaluationRunPort writable() {
                return Installation.open(Optional.of(db), Optional.empty()).getInstance(SaveEvaluationRunPort.class);
            }
        };
    }

    private static Either<String, EvaluationBackend.Opened> openEvaluation(java.nio.file.Path db,
            java.nio.file.Path model, Optional<java.nio.file.Path> world) {
        Optional<OutcomeOraclePort> oracle = Optional.empty();
        if (world.isPresent()) {
            Either<String, SimulatedOutcomeOracle> opened = SimulatedOutcomeOracle.open(world.get());
            if (opened.isLeft()) {
                return Either.left(opened.getLeft());
            }
            oracle = Optional.of(opened.get());
        }
        var injector = Installation.openWithFactsInMemory(Optional.of(db), Optional.of(model));
        EncodeRelevancePort encoder = injector.getInstance(EncodeRelevancePort.class);
        EvaluatePoliciesUseCase useCase = new EvaluatePoliciesService(injector.getInstance(LoadSessionsPort.class),
                injector.getInstance(LoadCatalogPort.class), injector.getInstance(LoadObjectiveFactsPort.class),
                injector.getInstance(ObjectiveCatalogue.class), encoder, oracle);
        TradeOffService tradeOffs = new TradeOffService(injector.getInstance(LoadSessionsPort.class),
                injector.getInstance(LoadCatalogPort.class), injector.getInstance(LoadObjectiveFactsPort.class),
                injector.getInstance(ObjectiveCatalogue.class), encoder, oracle,
                Optional.of(runsSavedReadWrite(db)));
        return Either.right(new EvaluationBackend.Opened() {
            @Override
            public EvaluatePoliciesUseCase useCase() {
                return useCase;
            }

            @Override
            public FrontierUseCase frontier() {
                return tradeOffs;
            }

            @Override
            public TuneUseCase tune() {
                return tradeOffs;
            }

            @Override
            public Optional<org.mostra4j.domain.search.PrefixRelevance> prefixRelevance() {
                return encoder.prefixRelevance();
            }

            @Override
            public void close() {
                // the store stays open for the process (shared per file); it is closed at exit
            }
        });
    }
}
