package org.mostra4j.application.port.out;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata of trained models; the model files themselves live beside the database. Contract: names are
 * unique (registering a name again replaces its entry); {@link #list} is in name order.
 */
public interface ModelRegistryPort {
    void register(ModelEntry entry);

    Optional<ModelEntry> find(String name);

    List<ModelEntry> list();

    /**
     * One registered model.
     *
     * @param name      unique, non-blank
     * @param kind      e.g. {@code set-transformer}
     * @param file      the model file (relative paths are relative to the database's folder)
     * @param createdAt when it was trained
     * @param metadata  free key/value pairs (hyper-parameters, metrics)
     */
    record ModelEntry(String name, String kind, Path file, Instant createdAt, Map<String, String> metadata) {
        public ModelEntry {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("model name must be non-blank, was '" + name + "'");
            }
            if (kind == null || kind.isBlank()) {
                throw new IllegalArgumentException("model kind must be non-blank, was '" + kind + "'");
            }
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(createdAt, "createdAt");
            metadata = Map.copyOf(metadata);
        }
    }
}
