package org.mostra4j.adapters.simulation;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mostra4j.application.port.out.OutcomeOraclePort;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.session.SessionId;

/**
 * The outcome oracle of a simulated world. It keeps only the world (catalogue, users, histories) in
 * memory and regenerates a session's latent state from (seed, session index) when asked, so it answers
 * for any of a million sessions without holding them. Thread-safe: each call uses its own buffers.
 */
public final class SimulatedOutcomeOracle implements OutcomeOraclePort {
    private final World world;

    public SimulatedOutcomeOracle(World world) {
        this.world = Objects.requireNonNull(world, "world");
    }

    /** Rebuilds the oracle of a dataset written by {@link Simulator} from its {@code simulation.yaml}. */
    public static Either<String, SimulatedOutcomeOracle> open(Path datasetDir) {
        return SimulationConfigYaml.read(datasetDir.resolve(Simulator.CONFIG_FILE))
                .map(config -> new SimulatedOutcomeOracle(World.generate(config)));
    }

    @Override
    public Either<String, List<Double>> expectedCompletion(SessionId session, List<TrackId> order) {
        return served(session, order).map(s -> probabilities(s.user, s.tracks, s.tracks.length));
    }

    @Override
    public List<String> termNames() {
        return CompletionModel.TERMS;
    }

    @Override
    public Either<String, List<List<Double>>> completionTerms(SessionId session, List<TrackId> order) {
        return served(session, order).map(s -> {
            CompletionModel model = new CompletionModel(world);
            boolean[] discovery = new boolean[s.tracks.length];
            for (int i = 0; i < discovery.length; i++) {
                discovery[i] = model.isDiscovery(s.user, s.tracks[i]);
            }
            List<List<Double>> out = new ArrayList<>();
            for (double[] term : model.terms(s.user, s.tracks, discovery, s.tracks.length)) {
                out.add(java.util.Arrays.stream(term).boxed().toList());
            }
            return List.copyOf(out);
        });
    }

    /** A served order resolved to the world's track indices. */
    private record Served(int user, int[] tracks) {
    }

    private Either<String, Served> served(SessionId session, List<TrackId> order) {
        Objects.requireNonNull(order, "order");
        return draft(session).flatMap(d -> {
            int[] tracks = new int[order.size()];
            for (int i = 0; i < order.size(); i++) {
                TrackId id = Objects.requireNonNull(order.get(i), "order element");
                Optional<Integer> t = world.ids.trackIndex(id.value(), world.catalogue.tracks())
                        .filter(x -> d.contains(x, d.size));
                if (t.isEmpty()) {
                    return Either.left("track " + id + " is not a candidate of session " + session);
                }
                for (int j = 0; j < i; j++) {
                    if (tracks[j] == t.get()) {
                        return Either.left("track " + id + " appears twice in the order for session " + session);
                    }
                }
                tracks[i] = t.get();
            }
            return Either.right(new Served(d.user, tracks));
        });
    }

    @Override
    public Either<String, List<Double>> loggedCompletion(SessionId session) {
        return draft(session).map(d -> probabilities(d.user, d.tracks, d.size));
    }

    @Override
    public Either<String, List<TrackId>> loggedOrder(SessionId session) {
        return draft(session).map(d -> {
            List<TrackId> ids = new ArrayList<>(d.size);
            for (int i = 0; i < d.size; i++) {
                ids.add(TrackId.of(world.ids.track(d.tracks[i])));
            }
            return List.copyOf(ids);
        });
    }

    /**
     * The last session this thread asked about: an evaluation asks about one session for every policy in a
     * row, so regenerating it once instead of once per question halves the oracle's cost (drafts are only
     * read after retrieval).
     */
    private final ThreadLocal<Cached> last = new ThreadLocal<>();

    private record Cached(SessionId session, SessionDraft draft) {
    }

    private Either<String, SessionDraft> draft(SessionId session) {
        Objects.requireNonNull(session, "session");
        Cached cached = last.get();
        if (cached != null && cached.session().equals(session)) {
            return Either.right(cached.draft());
        }
        Either<String, SessionDraft> fresh = regenerate(session);
        fresh.forEach(d -> last.set(new Cached(session, d)));
        return fresh;
    }

    private Either<String, SessionDraft> regenerate(SessionId session) {
        Optional<Long> index = world.ids.sessionIndex(session.value(), world.sessions());
        if (index.isEmpty()) {
            return Either.left("unknown session " + session + " (this world has " + world.sessions() + " sessions)");
        }
        SessionDraft d = SessionGenerator.newDraft(world);
        new SessionGenerator(world).retrieve(index.get(), d);
        return Either.right(d);
    }

    private List<Double> probabilities(int user, int[] tracks, int len) {
        CompletionModel model = new CompletionModel(world);
        boolean[] discovery = new boolean[len];
        for (int i = 0; i < len; i++) {
            discovery[i] = model.isDiscovery(user, tracks[i]);
        }
        double[] p = new double[len];
        model.probabilities(user, tracks, discovery, len, p);
        List<Double> out = new ArrayList<>(len);
        for (double v : p) {
            out.add(v);
        }
        return List.copyOf(out);
    }
}
