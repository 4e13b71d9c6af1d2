package org.mostra4j.adapters.ml.encoder.feature;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids known to an embedding table. Index 0 is the unknown bucket (cold start); known ids are numbered
 * from 1 in the order given (the trainer gives them sorted, so a vocabulary is deterministic).
 */
public final class Vocabulary {
    private final List<String> ids;
    private final Map<String, Integer> index;

    public Vocabulary(List<String> ids) {
        this.ids = List.copyOf(ids);
        this.index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < this.ids.size(); i++) {
            if (index.putIfAbsent(this.ids.get(i), i + 1) != null) {
                throw new IllegalArgumentException("vocabulary lists id '" + this.ids.get(i) + "' twice");
            }
        }
    }

    /** The index of {@code id}, or 0 (the unknown bucket). */
    public int indexOf(String id) {
        return index.getOrDefault(id, 0);
    }

    /** Rows of the embedding table: the known ids plus the unknown bucket. */
    public int rows() {
        return ids.size() + 1;
    }

    public List<String> ids() {
        return ids;
    }
}
