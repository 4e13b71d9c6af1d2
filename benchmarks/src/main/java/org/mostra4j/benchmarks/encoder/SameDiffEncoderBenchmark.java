package org.mostra4j.benchmarks.encoder;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.train.Batch;
import org.mostra4j.adapters.ml.encoder.train.SetTransformerGraph;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SameDiff on the benchmark model: one Adam step on a batch of 64 sessions (training throughput, per
 * session) and forward passes at batch 64 and batch 1. Run with OMP_NUM_THREADS=1 in the environment.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.bytedeco.javacpp.maxphysicalbytes=2g"})
@OutputTimeUnit(TimeUnit.SECONDS)
@BenchmarkMode(Mode.Throughput)
public class SameDiffEncoderBenchmark {
    private SetTransformerGraph train;
    private SameDiff infer;
    private Batch batch64;
    private Map<String, INDArray> inputs64;
    private Map<String, INDArray> inputs1;

    @Setup
    public void setUp() {
        Architecture a = BenchmarkSets.model();
        EncoderWeights w = EncoderWeights.initial(a, 1L);
        List<EncodedSet> sets = BenchmarkSets.sets(a, 64, 2L);
        SplittableRandom r = new SplittableRandom(3L);
        train = SetTransformerGraph.build(w, 0.0);
        train.configureTraining(new Adam(1e-3));
        SetTransformerGraph inference = SetTransformerGraph.build(w, 0.0);
        infer = inference.sameDiff();
        batch64 = Batch.of(sets, a.userRows(), 0, r);
        inputs64 = inference.placeholders(batch64);
        inputs1 = inference.placeholders(Batch.of(sets.subList(0, 1), a.userRows(), 0, r));
    }

    @Benchmark
    @OperationsPerInvocation(64)
    public Object trainStepBatch64() {
        return train.sameDiff().fit(batch64.dataSet(train.table()));
    }

    @Benchmark
    @OperationsPerInvocation(64)
    public Object inferBatch64() {
        return infer.output(inputs64, SetTransformerGraph.PROBABILITY);
    }

    @Benchmark
    public Object inferBatch1() {
        return infer.output(inputs1, SetTransformerGraph.PROBABILITY);
    }
}
