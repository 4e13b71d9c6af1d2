package org.mostra4j.adapters.ml.embedding;

import io.vavr.control.Either;
import io.vavr.control.Try;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.models.embeddings.learning.impl.elements.SkipGram;
import org.deeplearning4j.models.word2vec.VocabWord;
import org.deeplearning4j.models.word2vec.Word2Vec;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.LoadListeningSentencesPort;
import org.mostra4j.application.port.out.LoadListeningSentencesPort.Cursor;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort;
import org.mostra4j.application.port.out.TrainedEmbeddings;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort.Progress;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;

/**
 * Word2vec over track-id sentences with Deeplearning4j: skip-gram, negative sampling (no hierarchical
 * softmax), one worker so that a seed fixes the result, and no frequent-word subsampling (a hit track is
 * a real signal of taste, not a stop word). The learned vectors are copied into plain Java
 * {@link TrackVectors}; nothing of ND4J leaves this class.
 */
public final class Word2VecTrainer implements TrainTrackEmbeddingsPort {
    static final double LEARNING_RATE = 0.025;
    static final double MIN_LEARNING_RATE = 1e-4;

    @Override
    public Either<String, TrainedEmbeddings> train(LoadListeningSentencesPort sentences, EmbeddingSettings settings,
            Progress progress) {
        try (SentenceSequenceIterator corpus = new SentenceSequenceIterator(sentences, progress, settings.epochs())) {
            return Try.of(() -> isEmpty(sentences) ? null : fit(corpus, settings))
                    .map(model -> new TrainedEmbeddings(vectors(model, settings.dimension()), settings,
                            corpus.sentencesPerPass(), corpus.tokensPerPass()))
                    .toEither()
                    .mapLeft(e -> "word2vec training failed: " + describe(e));
        }
    }

    private static boolean isEmpty(LoadListeningSentencesPort sentences) {
        try (Cursor cursor = sentences.open()) {
            while (cursor.hasNext()) {
                if (!cursor.next().isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Word2Vec fit(SentenceSequenceIterator corpus, EmbeddingSettings s) {
        Word2Vec model = new Word2Vec.Builder()
                .elementsLearningAlgorithm(new SkipGram<VocabWord>())
                .layerSize(s.dimension())
                .epochs(s.epochs())
                .iterations(1)
                .seed(s.seed())
                .windowSize(s.windowSize())
                .negativeSample(s.negative())
                .useHierarchicSoftmax(false)
                .minWordFrequency(s.minCount())
                .sampling(0)
                .learningRate(LEARNING_RATE)
                .minLearningRate(MIN_LEARNING_RATE)
                .workers(1)
                .enableScavenger(false)
                .iterate(corpus)
                .build();
        model.fit();
        return model;
    }

    /** Copies every vocabulary entry, in id order; an empty corpus gives no vectors. */
    private static TrackVectors vectors(Word2Vec model, int dimension) {
        TrackVectors.Builder out = TrackVectors.builder(dimension);
        if (model == null) {
            return out.build();
        }
        List<String> words = new ArrayList<>(model.getVocab().words());
        words.sort(null);
        for (String word : words) {
            double[] v = model.getWordVector(word);
            float[] f = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                f[i] = (float) v[i];
            }
            out.put(TrackId.of(word), f);
        }
        return out.build();
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
