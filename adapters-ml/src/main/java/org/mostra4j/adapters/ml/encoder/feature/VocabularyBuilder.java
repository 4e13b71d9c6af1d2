package org.mostra4j.adapters.ml.encoder.feature;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mostra4j.application.port.out.TrainingSession;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.LoggedCandidate;

/**
 * Derives a {@link FeatureEncoder} from training sessions: users and tracks seen at least
 * {@code minCount} times get their own embedding row (sorted by id), at most {@link #MAX_USERS} and
 * {@link #MAX_TRACKS} of the most frequent (ties by id); the rest share the unknown bucket. The
 * objectives seen and the most common content width fix the schema.
 */
public final class VocabularyBuilder {
    /**
     * Caps on the embedding tables. The tables live outside the training graph (a row copy per candidate, a dense
     * Adam step over the table per batch), so their cost is linear in rows × width: at the caps and width 8,
     * 2.6 MB of values (four times that with Adam's moments and the gradient). They hold the default simulated
     * world (10,000 users, 50,000 tracks) whole; larger catalogues keep their most frequent ids. (They were 2,048
     * and 4,096 while the lookup was a one-hot product inside the graph.)
     */
    public static final int MAX_USERS = 16_384;
    public static final int MAX_TRACKS = 65_536;
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
        return new FeatureEncoder(FeatureSchema.of(List.copyOf(objectives), width), frequent(users, MAX_USERS),
                frequent(tracks, MAX_TRACKS));
    }

    private Vocabulary frequent(Map<String, Integer> counts, int max) {
        return new Vocabulary(counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(Map.Entry::getKey).sorted().toList());
    }
}
