package org.mostra4j.benchmarks;

import es.uam.eps.ir.ranksys.core.Recommendation;
import es.uam.eps.ir.ranksys.core.feature.SimpleFeatureData;
import es.uam.eps.ir.ranksys.diversity.distance.reranking.MMR;
import es.uam.eps.ir.ranksys.diversity.intentaware.IntentModel;
import es.uam.eps.ir.ranksys.diversity.intentaware.ScoresAspectModel;
import es.uam.eps.ir.ranksys.diversity.intentaware.reranking.XQuAD;
import es.uam.eps.ir.ranksys.novdiv.distance.JaccardFeatureItemDistanceModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.lambda.tuple.Tuple;
import org.jooq.lambda.tuple.Tuple3;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.search.BeamSearch;
import org.mostra4j.domain.search.DecodedSequence;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.ranksys.core.util.tuples.Tuple2od;
import org.ranksys.core.util.tuples.Tuples;

/**
 * Our decoder against RankSys 0.4.3's greedy re-rankers on the same instances, in one JMH run: the 256 seeded
 * sessions of {@link BeamSearchBenchmark} (n = 50 → K = 20, 3 objectives, s ~ Beta(5, 5)). Ours: B = 5 at ε = 0.05
 * and ε = 1, greedy B = 1 at ε = 0.05 (λ = 0.07, φ = sqrt, discount on). RankSys: xQuAD (the objectives as intents,
 * uniform over those the session's candidates serve, aspect probability = the candidate's relevance, λ = 0.5, no
 * normalisation) and MMR (λ = 0.5, Jaccard distance over the objectives, with a "none" feature for candidates serving
 * none: without it their distances are NaN and half the sessions come back unchanged), both picking 20 of 50. Every
 * call builds its own result (our Sequence, RankSys's Recommendation). {@link #main} runs it with JMH's GC profiler
 * and prints the ratios the targets name:
 * {@code java -cp benchmarks/target/benchmarks.jar org.mostra4j.benchmarks.DecoderVsRankSys [--cpu [ROUNDS [CALLS]] |
 * --forks N]} ({@code --forks}: N JMH forks per benchmark instead of one; {@code --cpu}: CALLS per round, 2,000 by
 * default). The
 * {@code …Into} variants decode into one reused {@link DecodedSequence} instead of building a {@code Sequence}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecoderVsRankSys {
    private static final int SESSIONS = 256;
    private static final int N = 50;
    private static final int K = 20;
    private static final SessionId ID = SessionId.of("bench");

    private List<List<LabelledCandidate>> sessions;
    private List<Recommendation<Integer, Integer>> recommendations;
    private SequencingPolicy beam;
    private SequencingPolicy beamEpsilon1;
    private SequencingPolicy greedy;
    private XQuAD<Integer, Integer, String> xquad;
    private MMR<Integer, Integer> mmr;
    private final DecodedSequence into = new DecodedSequence();
    private int next;

    @Setup
    public void setUp() {
        RandomSessions random = new RandomSessions(42);
        sessions = java.util.stream.IntStream.range(0, SESSIONS).mapToObj(i -> random.next(N)).toList();
        beam = SequencingPolicy.defaults().withEpsilon(0.05).withBeamWidth(5).withLength(K);
        beamEpsilon1 = SequencingPolicy.defaults().withEpsilon(1.0).withBeamWidth(5).withLength(K);
        greedy = SequencingPolicy.defaults().withEpsilon(0.05).withBeamWidth(1).withLength(K);
        // items are global ids (session · 64 + index), the user is the session
        recommendations = new ArrayList<>();
        Map<Integer, Set<String>> itemIntents = new HashMap<>();
        Map<Integer, Set<String>> sessionIntents = new HashMap<>();
        List<Tuple3<Integer, String, Double>> features = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            List<LabelledCandidate> cs = sessions.get(s);
            List<Tuple2od<Integer>> items = new ArrayList<>();
            Set<String> intents = new TreeSet<>();
            for (int i = 0; i < cs.size(); i++) {
                int item = s * 64 + i;
                Set<String> labels = new TreeSet<>(cs.get(i).objectives().stream().map(ObjectiveId::value).toList());
                itemIntents.put(item, labels);
                intents.addAll(labels);
                for (String f : labels.isEmpty() ? Set.of("none") : labels) {
                    features.add(Tuple.tuple(item, f, 1.0));
                }
                items.add(Tuples.tuple((Integer) item, cs.get(i).relevance().value()));
            }
            // a recommendation comes ranked by score
            items.sort(Comparator.comparingDouble((Tuple2od<Integer> t) -> t.v2).reversed());
            recommendations.add(new Recommendation<>(s, items));
            sessionIntents.put(s, intents);
        }
        xquad = new XQuAD<>(new ScoresAspectModel<>(new SessionIntents(sessionIntents, itemIntents)), 0.5, K, false);
        mmr = new MMR<>(0.5, K, new JaccardFeatureItemDistanceModel<>(SimpleFeatureData.load(features.stream())));
    }

    private int nextSession() {
        next = (next + 1) & (SESSIONS - 1);
        return next;
    }

    @Benchmark
    public Sequence mostraBeam5() {
        return BeamSearch.search(ID, sessions.get(nextSession()), beam);
    }

    @Benchmark
    public Sequence mostraBeam5Epsilon1() {
        return BeamSearch.search(ID, sessions.get(nextSession()), beamEpsilon1);
    }

    @Benchmark
    public Sequence mostraGreedy() {
        return BeamSearch.search(ID, sessions.get(nextSession()), greedy);
    }

    /** B = 5 into a reused result, the allocation-free entry point (the service's hot path). */
    @Benchmark
    public double mostraBeam5Into() {
        BeamSearch.searchInto(sessions.get(nextSession()), beam, into);
        return into.score();
    }

    @Benchmark
    public double mostraGreedyInto() {
        BeamSearch.searchInto(sessions.get(nextSession()), greedy, into);
        return into.score();
    }

    /**
     * Not a decoder: only what any decoder of these sessions must read (each candidate's relevance, its id's hash for
     * the duplicate check, its labels), a floor under our per-session time on this workload.
     */
    @Benchmark
    public double readInputsOnly() {
        List<LabelledCandidate> cs = sessions.get(nextSession());
        double sum = 0;
        int bits = 0;
        for (int i = 0; i < cs.size(); i++) {
            LabelledCandidate c = cs.get(i);
            Set<ObjectiveId> labels = c.objectives();
            sum += c.relevance().value();
            bits += c.track().value().hashCode() + labels.size();
            if (!labels.isEmpty()) {
                bits += (labels.contains(ObjectiveId.DISCOVERY) ? 1 : 0) + (labels.contains(ObjectiveId.EXPOSURE) ? 2 : 0)
                        + (labels.contains(ObjectiveId.BOOST) ? 4 : 0);
            }
        }
        return sum + bits;
    }

    @Benchmark
    public Recommendation<Integer, Integer> ranksysXQuAD() {
        return xquad.rerankRecommendation(recommendations.get(nextSession()), K);
    }

    @Benchmark
    public Recommendation<Integer, Integer> ranksysMMR() {
        return mmr.rerankRecommendation(recommendations.get(nextSession()), K);
    }

    /** The session's objectives as its intents, uniformly likely; a candidate's intents are its objectives. */
    private static final class SessionIntents extends IntentModel<Integer, Integer, String> {
        private final Map<Integer, Set<String>> sessionIntents;
        private final Map<Integer, Set<String>> itemIntents;

        SessionIntents(Map<Integer, Set<String>> sessionIntents, Map<Integer, Set<String>> itemIntents) {
            this.sessionIntents = sessionIntents;
            this.itemIntents = itemIntents;
        }

        @Override
        protected UserIntentModel<Integer, Integer, String> get(Integer user) {
            Set<String> intents = sessionIntents.get(user);
            return new UserIntentModel<>() {
                @Override
                public Set<String> getIntents() {
                    return intents;
                }

                @Override
                public Stream<String> getItemIntents(Integer item) {
                    return itemIntents.get(item).stream();
                }

                @Override
                public double pf_u(String intent) {
                    return 1.0 / intents.size();
                }
            };
        }
    }

    /**
     * Runs the benchmark with the GC profiler and prints each target's ratio; with {@code --cpu}, times the same
     * calls in thread CPU time instead, interleaved round by round (on a shared machine wall-clock JMH measures the
     * wait for a core: the CPU-time ratios are the ones to quote there); with {@code --forks N}, JMH runs each
     * benchmark in N JVMs of its own and the ratios are of the means over the forks.
     */
    public static void main(String[] args) throws Exception {
        boolean cpu = args.length > 0 && args[0].equals("--cpu") && args.length <= 3;
        boolean forked = args.length == 2 && args[0].equals("--forks") && args[1].matches("[1-9][0-9]?");
        for (int i = 1; cpu && i < args.length; i++) {
            cpu = args[i].matches("[1-9][0-9]{0,6}");
        }
        if (args.length > 0 && !cpu && !forked) {
            System.err.println("usage: DecoderVsRankSys [--cpu [ROUNDS [CALLS]] | --forks N (1-99)]");
            System.exit(2);
        }
        if (cpu) {
            cpuTime(args.length > 1 ? Integer.parseInt(args[1]) : 10, args.length > 2 ? Integer.parseInt(args[2]) : 2_000);
            return;
        }
        int forks = forked ? Integer.parseInt(args[1]) : 1;
        String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        // each benchmark in forks of its own JVM, as JMH runs them (a fork's JIT may compile the decoder differently:
        // B = 5 ran 6.7 µs in one fork, 8.4 in another of the same jar), averaged over the forks
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(DecoderVsRankSys.class.getName() + "\\.")
                .forks(forks).addProfiler(GCProfiler.class).build()).run();
        Map<String, Double> time = new HashMap<>();
        Map<String, Double> alloc = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            time.put(name, r.getPrimaryResult().getScore());
            Result<?> a = r.getSecondaryResults().get("gc.alloc.rate.norm");
            alloc.put(name, a == null ? Double.NaN : a.getScore());
        }
        System.out.printf(Locale.ROOT, "%nload average before: %s, after: %s%n", load,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        report(time, alloc);
    }

    /** Each call's best CPU µs and allocated bytes per session over {@code rounds} interleaved rounds. */
    private static void cpuTime(int rounds, int calls) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        DecoderVsRankSys b = new DecoderVsRankSys();
        b.setUp();
        Map<String, java.util.concurrent.Callable<Object>> ops = new java.util.LinkedHashMap<>();
        ops.put("mostraBeam5", b::mostraBeam5);
        ops.put("mostraBeam5Epsilon1", b::mostraBeam5Epsilon1);
        ops.put("mostraGreedy", b::mostraGreedy);
        ops.put("mostraBeam5Into", b::mostraBeam5Into);
        ops.put("mostraGreedyInto", b::mostraGreedyInto);
        ops.put("readInputsOnly", b::readInputsOnly);
        ops.put("ranksysXQuAD", b::ranksysXQuAD);
        ops.put("ranksysMMR", b::ranksysMMR);
        Map<String, Double> time = new HashMap<>();
        Map<String, Double> alloc = new HashMap<>();
        for (int round = -3; round < rounds; round++) {
            for (var op : ops.entrySet()) {
                long cpu = threads.getCurrentThreadCpuTime();
                long bytes = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < calls; i++) {
                    op.getValue().call();
                }
                double us = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / calls;
                double perCall = (threads.getCurrentThreadAllocatedBytes() - bytes) / (double) calls;
                if (round >= 0) {
                    time.merge(op.getKey(), us, Math::min);
                    alloc.merge(op.getKey(), perCall, Math::min);
                }
            }
        }
        System.out.printf(Locale.ROOT, "CPU time per session, best of %d interleaved rounds of %d calls after 3 warm-up"
                + " rounds; load average before: %s, after: %s%n", rounds, calls, load,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        report(time, alloc);
    }

    private static void report(Map<String, Double> time, Map<String, Double> alloc) {
        for (String name : new TreeSet<>(time.keySet())) {
            System.out.printf(Locale.ROOT, "%-22s %8.2f us/session %10.0f bytes/session%n", name, time.get(name),
                    alloc.get(name));
        }
        System.out.printf(Locale.ROOT, "ours (B=5) vs RankSys xQuAD: %.2fx faster (target >= 10)%n",
                time.get("ranksysXQuAD") / time.get("mostraBeam5"));
        System.out.printf(Locale.ROOT, "ours (B=5) vs RankSys MMR: %.2fx faster%n",
                time.get("ranksysMMR") / time.get("mostraBeam5"));
        System.out.printf(Locale.ROOT, "epsilon=1 / epsilon=0.05: %.2f (target <= 1.2)%n",
                time.get("mostraBeam5Epsilon1") / time.get("mostraBeam5"));
        System.out.printf(Locale.ROOT, "greedy (B=1) vs B=5: %.2fx faster (target >= 5)%n",
                time.get("mostraBeam5") / time.get("mostraGreedy"));
        System.out.printf(Locale.ROOT, "ours (B=5, searchInto) vs RankSys xQuAD: %.2fx faster (target >= 10)%n",
                time.get("ranksysXQuAD") / time.get("mostraBeam5Into"));
        System.out.printf(Locale.ROOT, "greedy (B=1) vs B=5, searchInto: %.2fx faster (target >= 5)%n",
                time.get("mostraBeam5Into") / time.get("mostraGreedyInto"));
        System.out.printf(Locale.ROOT, "reading the inputs alone: %.2f us = %.0f%% of ours (B=5, searchInto); xQuAD / it:"
                + " %.1fx%n", time.get("readInputsOnly"), 100 * time.get("readInputsOnly") / time.get("mostraBeam5Into"),
                time.get("ranksysXQuAD") / time.get("readInputsOnly"));
        System.out.printf(Locale.ROOT, "allocation, ours B=5: %.0f bytes/session returning a Sequence, %.0f into a reused"
                + " result (target <= 1024)%n", alloc.get("mostraBeam5"), alloc.get("mostraBeam5Into"));
    }
}
