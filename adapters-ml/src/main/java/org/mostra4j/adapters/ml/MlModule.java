package org.mostra4j.adapters.ml;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import java.nio.file.Path;
import java.util.Objects;
import org.mostra4j.adapters.ml.encoder.infer.EncoderModelLocation;
import org.mostra4j.adapters.ml.encoder.infer.ModelRelevanceEncoder;
import org.mostra4j.adapters.ml.encoder.train.SameDiffEncoderTrainer;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.application.port.out.TrainEncoderPort;

/**
 * Guice wiring of the ml adapter: the SameDiff trainer, and the plain-Java serving encoder over the
 * configured model file (loaded on first use, never in {@code configure()}). The catalogue and history
 * ports are optional: without a store every user and track is cold.
 */
public final class MlModule extends AbstractModule {
    private final EncoderModelLocation model;

    /** No model file: requests without relevance are answered with the reason. */
    public MlModule() {
        this(EncoderModelLocation.none());
    }

    public MlModule(Path modelFile) {
        this(EncoderModelLocation.of(modelFile));
    }

    public MlModule(EncoderModelLocation model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    protected void configure() {
        bind(EncoderModelLocation.class).toInstance(model);
        bind(TrainEncoderPort.class).to(SameDiffEncoderTrainer.class);
        OptionalBinder.newOptionalBinder(binder(), EncodeRelevancePort.class).setBinding()
                .to(ModelRelevanceEncoder.class);
        OptionalBinder.newOptionalBinder(binder(), LoadCatalogPort.class);
        OptionalBinder.newOptionalBinder(binder(), LoadHistoryPort.class);
    }
}
