package org.mostra4j.benchmarks.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mostra4j.adapters.http.RunningServer;
import org.mostra4j.adapters.http.SequencingServer;
import org.mostra4j.adapters.http.ServiceSettings;
import org.mostra4j.adapters.http.SnapshotReload;
import org.mostra4j.adapters.http.json.SequenceJson;
import org.mostra4j.adapters.http.json.SessionJson;
import org.mostra4j.adapters.http.json.SessionJsonStream;
import org.mostra4j.adapters.ml.encoder.infer.ModelRelevanceEncoder;
import org.mostra4j.adapters.ml.encoder.model.EncoderModel;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import org.mostra4j.adapters.persistence.ReloadableFacts;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.service.SequenceSessionService;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.objective.ObjectiveDecorator;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.search.ScorerCatalogue;
import org.mostra4j.domain.session.Session;

/**
 * Bytes allocated per {@code POST /v1/sequence} with the real encoder and a store snapshot, as {@code serve --db
 * --model} wires them: per stage on the calling thread (parse, facts, labels, encoder, whole use case, write), then
 * over HTTP on loopback with the server in this JVM, summing the allocation of every thread but the client's.
 * Allocation counts do not depend on the machine's load, so this figure is comparable across sittings. Run (world,
 * store and model as in docs/benchmarks.md H15):
 * {@code java --add-modules jdk.incubator.vector -Xmx512m -cp benchmarks/target/benchmarks.jar
 * org.mostra4j.benchmarks.http.RequestAllocation --db DB --model MODEL --world WORLD}.
 */
public final class RequestAllocation {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private RequestAllocation() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkServer.Args a = new BenchmarkServer.Args(args);
        int requests = a.integer("--requests", 2000);
        ReloadableFacts facts = ReloadableFacts.fromFile(StoreOptions.at(Path.of(a.text("--db", "mostra4j.duckdb"))));
        EncoderModel model = ModelFile.load(Path.of(a.text("--model", "model.bin"))).getOrElseThrow(
                reason -> new IllegalArgumentException(reason));
        ModelRelevanceEncoder encoder = new ModelRelevanceEncoder(model, Optional.of(facts), Optional.of(facts));
        SequenceSessionUseCase useCase = new SequenceSessionService(ObjectiveCatalogue.builtIns(),
                ScorerCatalogue.builtIns(), encoder, facts);
        List<byte[]> bodies = SessionBodies.fromWorld(Path.of(a.text("--world", "world")), 512, 50, 7,
                !a.text("--labels", "false").equals("false"));
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        List<SessionJson.Request> parsed = new ArrayList<>();
        for (byte[] b : bodies) {
            parsed.add(SessionJson.parse(mapper.readTree(b)).get());
        }
        List<List<Set<ObjectiveId>>> labels = new ArrayList<>();
        ObjectiveDecorator decorator = new ObjectiveDecorator(ObjectiveCatalogue.builtIns());
        for (SessionJson.Request r : parsed) {
            Session s = r.session();
            ObjectiveFacts f = facts.factsFor(s.user(), s.date());
            labels.add(s.candidates().stream().map(c -> decorator.labels(s, c, f)).toList());
        }
        var commands = parsed.stream().map(r -> new SequenceSessionUseCase.Command(r.session(), r.policy().resolve().get()))
                .toList();
        var sequences = commands.stream().map(c -> useCase.sequence(c).get()).toList();
        System.out.printf(Locale.ROOT, "%d bodies of 50 candidates (%s), %d requests per stage, figures per request%n",
                bodies.size(), a.text("--labels", "false").equals("false") ? "labels from the store" : "labels given",
                requests);

        SessionJsonStream stream = new SessionJsonStream(mapper);
        stage("parse (token stream, as the service)", requests, i -> {
            byte[] b = bodies.get(i);
            return stream.parseValid(b, 0, b.length, 500).get().policy().resolve().get();
        });
        stage("parse (JSON tree, session, policy)", requests, i -> {
            SessionJson.Request r = SessionJson.parse(mapper.readTree(bodies.get(i))).get();
            return r.policy().resolve().get();
        });
        stage("facts (history before the date, lists)", requests, i -> {
            Session s = parsed.get(i).session();
            return facts.factsFor(s.user(), s.date());
        });
        stage("history for the encoder", requests, i -> {
            Session s = parsed.get(i).session();
            return facts.historyBefore(s.user(), s.date());
        });
        stage("labels (facts + decorator)", requests, i -> {
            Session s = parsed.get(i).session();
            ObjectiveFacts f = facts.factsFor(s.user(), s.date());
            return s.candidates().stream().map(c -> decorator.labels(s, c, f)).toList();
        });
        stage("encoder (features + forward pass)", requests, i -> encoder.encode(parsed.get(i).session(), labels.get(i)));
        stage("use case (labels, encoder, beam search B=5)", requests, i -> useCase.sequence(commands.get(i)));
        stage("write (sequence JSON streamed, as the service)", requests, i -> write(mapper, sequences.get(i)));
        stage("write (sequence JSON tree, as the CLI)", requests,
                i -> mapper.writeValueAsBytes(SequenceJson.write(sequences.get(i))));
        stage("whole request without network", requests, i -> {
            byte[] b = bodies.get(i);
            SessionJson.Request r = stream.parseValid(b, 0, b.length, 500).get();
            var seq = useCase.sequence(new SequenceSessionUseCase.Command(r.session(), r.policy().resolve().get())).get();
            return write(mapper, seq);
        });
        overHttp(useCase, bodies, requests);
    }

    private static Object write(ObjectMapper mapper, org.mostra4j.domain.session.Sequence sequence) throws Exception {
        try (var g = mapper.createGenerator(java.io.OutputStream.nullOutputStream())) {
            SequenceJson.write(sequence, g);
            return g;
        }
    }

    @FunctionalInterface
    private interface Op {
        Object call(int i) throws Exception;
    }

    private static void stage(String name, int requests, Op op) throws Exception {
        Object sink = null;
        for (int i = 0; i < 3 * requests; i++) {
            sink = op.call(i % 512);
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < requests; i++) {
                sink = op.call(i % 512);
            }
            best = Math.min(best, (THREADS.getCurrentThreadAllocatedBytes() - before) / requests);
        }
        System.out.printf(Locale.ROOT, "%-48s %,10d bytes/request%s%n", name, best, sink == null ? "?" : "");
    }

    private static void overHttp(SequenceSessionUseCase useCase, List<byte[]> bodies, int requests) throws Exception {
        ServiceSettings settings = ServiceSettings.defaults().withPort(0).withWorkers(2, 128).withModelVersion("alloc");
        RunningServer running = new SequencingServer(useCase, ObjectiveCatalogue.builtIns(), ScorerCatalogue.builtIns(),
                SnapshotReload.NONE).start(settings);
        try (RawHttpConnection c = new RawHttpConnection(URI.create(running.uri() + "/v1/sequence"))) {
            URI uri = URI.create(running.uri() + "/v1/sequence");
            List<byte[]> heads = bodies.stream().map(b -> RawHttpConnection.head(uri, b.length)).toList();
            for (int i = 0; i < 3 * requests; i++) {
                check(c.post(heads.get(i % 512), bodies.get(i % 512)));
            }
            long self = Thread.currentThread().getId();
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long[] ids = others(self);
                long[] before = THREADS.getThreadAllocatedBytes(ids);
                long cpuBefore = cpu(ids);
                for (int i = 0; i < requests; i++) {
                    check(c.post(heads.get(i % 512), bodies.get(i % 512)));
                }
                long[] after = THREADS.getThreadAllocatedBytes(ids);
                long sum = 0;
                for (int t = 0; t < ids.length; t++) {
                    if (before[t] >= 0 && after[t] >= 0) {
                        sum += after[t] - before[t];
                    }
                }
                best = Math.min(best, sum / requests);
                bestCpu = Math.min(bestCpu, (cpu(ids) - cpuBefore) / requests);
            }
            System.out.printf(Locale.ROOT, "%-48s %,10d bytes/request (server threads), %.1f us CPU/request%n",
                    "over HTTP on loopback (server in this JVM)", best, bestCpu / 1e3);
        } finally {
            running.stop(Duration.ofSeconds(2));
        }
    }

    private static long[] others(long self) {
        return java.util.Arrays.stream(THREADS.getAllThreadIds()).filter(id -> id != self).toArray();
    }

    private static long cpu(long[] ids) {
        long sum = 0;
        for (long id : ids) {
            long t = THREADS.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    private static void check(int status) {
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status);
        }
    }
}
