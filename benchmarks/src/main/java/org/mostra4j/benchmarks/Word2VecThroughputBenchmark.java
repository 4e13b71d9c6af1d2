package org.mostra4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mostra4j.adapters.ml.embedding.Word2VecTrainer;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.LoadListeningSentencesPort.Cursor;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort.Progress;
import org.mostra4j.domain.catalog.TrackId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Word2vec training throughput: one op trains 1 epoch (dimension 40, window 5, 5 negatives, one worker)
 * on {@value #SENTENCES} sentences of {@value #LENGTH} tracks drawn from 5,000 tracks in 50 clusters,
 * i.e. {@value #SENTENCES} × {@value #LENGTH} = 100,000 tokens; tokens/s = 100,000 / (s/op). Each op
 * includes the vocabulary pass. Run with OMP_NUM_THREADS=1 in the environment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Word2VecThroughputBenchmark {
    static final int SENTENCES = 5_000;
    static final int LENGTH = 20;
    private List<List<TrackId>> corpus;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(3);
        corpus = new ArrayList<>(SENTENCES);
        for (int s = 0; s < SENTENCES; s++) {
            int cluster = random.nextInt(50);
            List<TrackId> sentence = new ArrayList<>(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                sentence.add(TrackId.of("c" + cluster + "t" + random.nextInt(100)));
            }
            corpus.add(sentence);
        }
    }

    @Benchmark
    public int trainOneEpoch() {
        return new Word2VecTrainer().train(() -> Cursor.of(corpus), new EmbeddingSettings(40, 1, 42L, 5, 5, 1),
                Progress.NONE).get().vectors().size();
    }
}
