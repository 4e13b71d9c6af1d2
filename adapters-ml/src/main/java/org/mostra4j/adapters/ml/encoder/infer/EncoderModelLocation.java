package org.mostra4j.adapters.ml.encoder.infer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where the serving encoder's model file is, if one was configured (e.g. {@code --model}). */
public record EncoderModelLocation(Optional<Path> file) {
    public EncoderModelLocation {
        Objects.requireNonNull(file, "file");
    }

    public static EncoderModelLocation none() {
        return new EncoderModelLocation(Optional.empty());
    }

    public static EncoderModelLocation of(Path file) {
        return new EncoderModelLocation(Optional.of(file));
    }
}
