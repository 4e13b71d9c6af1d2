package org.mostra4j.adapters.ml.encoder.infer;

import io.vavr.Lazy;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;
import org.mostra4j.adapters.ml.encoder.model.EncoderModel;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.search.PrefixRelevance;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.session.Session;

/**
 * The serving encoder: the model file's representation layer and the plain-Java forward pass (no ND4J
 * at serving time). The model is loaded on first use, once; without a model, or with a bad one, every
 * request gets the reason. Without a catalogue or history store every track and user is cold.
 */
@Singleton
public final class ModelRelevanceEncoder implements EncodeRelevancePort {
    private final Lazy<Either<String, Loaded>> model;
    private final Optional<LoadCatalogPort> catalog;
    private final Optional<LoadHistoryPort> histories;
    private final ThreadLocal<Buffers> buffers = new ThreadLocal<>();

    @Inject
    public ModelRelevanceEncoder(EncoderModelLocation location, Optional<LoadCatalogPort> catalog,
            Optional<LoadHistoryPort> histories) {
        this.model = Lazy.of(() -> location.file()
                .<Either<String, EncoderModel>>map(ModelFile::load)
                .orElseGet(() -> Either.left("candidates carry no relevance and no encoder model is configured "
                        + "(give \"relevance\" per candidate, or a --model)"))
                .map(Loaded::new));
        this.catalog = catalog;
        this.histories = histories;
    }

    /** An encoder over an already loaded model. */
    public ModelRelevanceEncoder(EncoderModel loaded, Optional<LoadCatalogPort> catalog,
            Optional<LoadHistoryPort> histories) {
        this.model = Lazy.of(() -> Either.right(new Loaded(loaded)));
        this.catalog = catalog;
        this.histories = histories;
    }

    /**
     * Loads the model now instead of on the first request (a service does this at start, so that a bad file is
     * refused before it listens and the first request does not pay for the load).
     *
     * @return why there is no usable model, or empty when it is loaded
     */
    public Optional<String> loadNow() {
        Either<String, Loaded> m = model.get();
        return m.isLeft() ? Optional.of(m.getLeft()) : Optional.empty();
    }

    @Override
    public Either<String, List<Relevance>> encode(Session session, List<Set<ObjectiveId>> labels) {
        if (labels.size() != session.candidates().size()) {
            return Either.left("got " + labels.size() + " label sets for " + session.candidates().size() + " candidates");
        }
        if (session.candidates().isEmpty()) {
            return Either.right(List.of());
        }
        return model.get().map(m -> {
            Buffers b = buffers(m, session.candidates().size());
            m.fast.score(encoded(m.features, session, labels, b), b.scores);
            return relevance(b.scores);
        });
    }

    /** The model's prefix head; empty without a model, with a bad one, or with one trained without a head. */
    @Override
    public Optional<PrefixRelevance> prefixRelevance() {
        Either<String, Loaded> m = model.get();
        return m.isRight() ? m.get().head : Optional.empty();
    }

    /** Which sessions taught the model's prefix head, in words; empty without a head or in older files. */
    @Override
    public Optional<String> prefixHeadSource() {
        Either<String, Loaded> m = model.get();
        return m.isRight() ? m.get().headSource : Optional.empty();
    }

    /** The batch API: one result per session, the model loaded once. */
    public List<Either<String, List<Relevance>>> encodeAll(List<Session> sessions, List<List<Set<ObjectiveId>>> labels) {
        List<Either<String, List<Relevance>>> out = new ArrayList<>(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            out.add(encode(sessions.get(i), labels.get(i)));
        }
        return out;
    }

    /** This thread's buffers for sets of {@code n} candidates (requests of one size reuse them). */
    private Buffers buffers(Loaded m, int n) {
        Buffers b = buffers.get();
        if (b == null || b.n != n || b.width != m.features.schema().width()) {
            b = new Buffers(n, m.features.schema().width());
            buffers.set(b);
        }
        return b;
    }

    private EncodedSet encoded(FeatureEncoder features, Session session, List<Set<ObjectiveId>> labels, Buffers b) {
        List<Candidate> candidates = session.candidates();
        int n = candidates.size();
        TrackId[] ids = b.ids;
        ArtistId[] artists = b.artists;
        Track[] known = b.known;
        java.util.Arrays.fill(known, null);
        for (int i = 0; i < n; i++) {
            ids[i] = candidates.get(i).track();
        }
        if (catalog.isPresent()) {
            catalog.get().tracks(ids, known);
        }
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            Track t = known[i];
            // the request's artist first, else the catalogue's
            ArtistId artist = c.artist().orElse(null);
            artists[i] = artist != null || t == null ? artist : t.artist().orElse(null);
        }
        ListeningHistory history = histories.isPresent() ? histories.get().historyBefore(session.user(), session.date())
                : ListeningHistory.empty();
        EncodedSet set = features.encodeInto(session.user(), ids, artists, known, labels, history, b.dense, b.tracks,
                b.sat);
        // the set is scored at once; drop the references so a pooled thread does not keep the request's objects
        java.util.Arrays.fill(ids, null);
        java.util.Arrays.fill(artists, null);
        java.util.Arrays.fill(known, null);
        return set;
    }

    /**
     * One thread's arrays for encoding and scoring a set of n candidates: the serving path allocates none of them
     * per request (the set is scored before the thread's next request reuses them).
     */
    private static final class Buffers {
        final int n;
        final int width;
        final TrackId[] ids;
        final ArtistId[] artists;
        final Track[] known;
        final float[] dense;
        final int[] tracks;
        /** All NaN: requests carry no labels. */
        final float[] sat;
        final float[] scores;

        Buffers(int n, int width) {
            this.n = n;
            this.width = width;
            this.ids = new TrackId[n];
            this.artists = new ArtistId[n];
            this.known = new Track[n];
            this.dense = new float[n * width];
            this.tracks = new int[n];
            this.sat = new float[n];
            java.util.Arrays.fill(sat, Float.NaN);
            this.scores = new float[n];
        }
    }

    private static List<Relevance> relevance(float[] p) {
        List<Relevance> out = new ArrayList<>(p.length);
        for (float v : p) {
            out.add(Relevance.of(Math.min(1.0, Math.max(0.0, v))));
        }
        return out;
    }

    private static final class Loaded {
        final FeatureEncoder features;
        final FastSetEncoder fast;
        final Optional<PrefixRelevance> head;
        final Optional<String> headSource;

        Loaded(EncoderModel m) {
            this.features = m.features();
            this.fast = new FastSetEncoder(m.weights());
            this.head = m.head().map(h -> h.head());
            this.headSource = m.head().map(h -> h.metrics().learnedFrom()).filter(s -> !s.isEmpty());
        }
    }
}
