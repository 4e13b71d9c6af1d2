package org.mostra4j.adapters.ml.encoder.feature;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mostra4j.application.port.out.TrainingSession;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.objective.ObjectiveId;
import org.mostra4j.domain.session.LoggedCandidate;

/**
 * Derives a {@link FeatureEncoder} from training sessions: users and tracks seen at least
 * {@code minCount} times get their own embedding row (sorted by id); the objectives seen and the most
 * common content width fix the schema.
 */
public final class VocabularyBuilder {
    private final int minCount;
    private final Map<String, Integer> users = new HashMap<>();
    private final Map<String, Integer> tracks = new HashMap<>();
    private final Map<Integer, Integer> contentWidths = new HashMap<>();
    private final TreeSet<ObjectiveId> objectives = new TreeSet<>();

    public VocabularyBuilder(int minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be >= 1, was " + minCount);
        }
        this.minCount = minCount;
        objectives.addAll(List.of(ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE, ObjectiveId.BOOST));
    }

    public void add(TrainingSession s) {
        users.merge(s.session().user().value(), 1, Integer::sum);
        for (LoggedCandidate c : s.session().candidates()) {
            tracks.merge(c.track().value(), 1, Integer::sum);
        }
        for (Track t : s.tracks().values()) {
            contentWidths.merge(t.features().size(), 1, Integer::sum);
        }
        s.labels().forEach(objectives::addAll);
    }

    public FeatureEncoder build() {
        int width = contentWidths.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
        return new FeatureEncoder(FeatureSchema.of(List.copyOf(objectives), width), frequent(users), frequent(tracks));
    }

    private Vocabulary frequent(Map<String, Integer> counts) {
        return new Vocabulary(counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey)
                .sorted().toList());
    }
}
