package org.mostra4j.benchmarks.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.mostra4j.adapters.http.json.SequenceJson;
import org.mostra4j.adapters.http.json.SessionJson;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.service.SequenceSessionService;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.search.ScorerCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one {@code POST /v1/sequence} costs in CPU without the network: the stand-in encoder alone, and the whole
 * request (parse JSON, encode, beam search B=5 over 50 candidates, write JSON). Run:
 * {@code java -jar benchmarks/target/benchmarks.jar RequestCostBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RequestCostBenchmark {
    /** Self-attention blocks of the stand-in encoder (2 is the spec's architecture). */
    @org.openjdk.jmh.annotations.Param("2")
    public int blocks;
    private final ObjectMapper mapper = new ObjectMapper();
    private ForwardPassCostEncoder encoder;
    private SequenceSessionUseCase useCase;
    private byte[] body;
    private SessionJson.Request request;
    private List<Set<ObjectiveId>> labels;
    private SequenceSessionUseCase.Command withRelevance;

    @Setup
    public void setUp() throws Exception {
        encoder = new ForwardPassCostEncoder(blocks, 42);
        useCase = new SequenceSessionService(ObjectiveCatalogue.builtIns(), ScorerCatalogue.builtIns(), encoder,
                LoadObjectiveFactsPort.NONE);
        body = SessionBodies.generate(1, 50, 7).get(0);
        request = SessionJson.parse(mapper.readTree(body)).get();
        labels = request.session().candidates().stream().map(c -> c.objectives().orElseThrow()).toList();
        var relevance = encoder.encode(request.session(), labels).get();
        List<org.mostra4j.domain.session.Candidate> given = new java.util.ArrayList<>();
        for (int i = 0; i < relevance.size(); i++) {
            given.add(request.session().candidates().get(i).withRelevance(relevance.get(i).value()));
        }
        var s = request.session();
        withRelevance = new SequenceSessionUseCase.Command(new org.mostra4j.domain.session.Session(s.id(), s.user(),
                s.date(), given), request.policy().resolve().get());
    }

    @Benchmark
    public Object encoderOnly() {
        return encoder.encode(request.session(), labels);
    }

    /** Decorate + ε filter + beam search (B=5, 50 positions) on relevance given with the request. */
    @Benchmark
    public Object searchOnly() {
        return useCase.sequence(withRelevance);
    }

    @Benchmark
    public byte[] wholeRequestWithoutNetwork() throws Exception {
        SessionJson.Request r = SessionJson.parse(mapper.readTree(body)).get();
        var sequence = useCase.sequence(new SequenceSessionUseCase.Command(r.session(), r.policy().resolve().get())).get();
        return mapper.writeValueAsBytes(SequenceJson.write(sequence));
    }
}
