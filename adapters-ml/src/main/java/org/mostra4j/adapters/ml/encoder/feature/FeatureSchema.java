package org.mostra4j.adapters.ml.encoder.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * The dense per-candidate features, in order: the {@link #BASE} joint user–track features, one bit per
 * objective in {@code objectives}, then {@code contentWidth} content features (zeros when the track has
 * none). Stored with every model; a model whose schema version differs from {@link #VERSION} is refused.
 */
public record FeatureSchema(int version, List<ObjectiveId> objectives, int contentWidth) {
    /** Bump when the meaning or order of any feature changes. */
    public static final int VERSION = 1;
    /** Joint features: artist share of the user's plays, log1p plays of the track and of its artist, popularity, flags. */
    public static final List<String> BASE = List.of("affinity", "log_track_plays", "log_artist_plays", "popularity",
            "artist_known", "content_known");

    public FeatureSchema {
        objectives = List.copyOf(Objects.requireNonNull(objectives, "objectives"));
        if (contentWidth < 0) {
            throw new IllegalArgumentException("contentWidth must be >= 0, was " + contentWidth);
        }
    }

    public static FeatureSchema of(List<ObjectiveId> objectives, int contentWidth) {
        return new FeatureSchema(VERSION, objectives.stream().sorted().distinct().toList(), contentWidth);
    }

    public int width() {
        return BASE.size() + objectives.size() + contentWidth;
    }

    /** Feature names in column order. */
    public List<String> names() {
        List<String> out = new ArrayList<>(BASE);
        objectives.forEach(o -> out.add("objective:" + o.value()));
        for (int i = 0; i < contentWidth; i++) {
            out.add("f_" + i);
        }
        return out;
    }
}
