package org.mostra4j.adapters.ml.encoder.train;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;
import org.mostra4j.adapters.ml.encoder.feature.VocabularyBuilder;
import org.mostra4j.application.port.out.TrainingSession;
import org.mostra4j.application.port.out.LoadTrainingSessionsPort;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.SessionId;

/**
 * The encoded training data: two passes over the source (vocabulary from the training split, then
 * encoding), a seeded split by session id, and a SHA-256 fingerprint of every labelled session's id,
 * candidates and labels. Sessions without any SAT label are skipped. Holds encoded floats only, not
 * the domain sessions. {@code positionalTraining} / {@code positionalValidation} are the sets of each split
 * whose logged positions are usable ({@link TrainingSession#positionsUsable()}): mostra-seq's head learns
 * from those only.
 */
public record Corpus(FeatureEncoder encoder, List<EncodedSet> training, List<EncodedSet> validation,
        String fingerprint, List<EncodedSet> positionalTraining, List<EncodedSet> positionalValidation) {

    public static Corpus of(LoadTrainingSessionsPort source, double validationShare, long seed) {
        VocabularyBuilder vocabulary = new VocabularyBuilder(1);
        source.forEach(s -> {
            if (labelled(s) && !isValidation(s, validationShare, seed)) {
                vocabulary.add(s);
            }
        });
        FeatureEncoder encoder = vocabulary.build();
        List<EncodedSet> training = new ArrayList<>();
        List<EncodedSet> validation = new ArrayList<>();
        List<EncodedSet> positionalTraining = new ArrayList<>();
        List<EncodedSet> positionalValidation = new ArrayList<>();
        MessageDigest digest = sha256();
        source.forEach(s -> {
            if (!labelled(s) || s.session().candidates().isEmpty()) {
                return;
            }
            digest.update(s.session().id().value().getBytes(StandardCharsets.UTF_8));
            for (LoggedCandidate c : s.session().candidates()) {
                digest.update((c.track().value() + ":" + c.sat().map(b -> b ? "1" : "0").orElse("?"))
                        .getBytes(StandardCharsets.UTF_8));
            }
            EncodedSet set = encoder.encode(s);
            boolean held = isValidation(s, validationShare, seed);
            (held ? validation : training).add(set);
            if (s.positionsUsable()) {
                (held ? positionalValidation : positionalTraining).add(set);
            }
        });
        return new Corpus(encoder, List.copyOf(training), List.copyOf(validation),
                "sha256:" + HexFormat.of().formatHex(digest.digest()), List.copyOf(positionalTraining),
                List.copyOf(positionalValidation));
    }

    private static boolean labelled(TrainingSession s) {
        return s.session().candidates().stream().anyMatch(c -> c.sat().isPresent());
    }

    private static boolean isValidation(TrainingSession s, double share, long seed) {
        return isValidation(s.session().id(), share, seed);
    }

    /** Whether a session falls in the validation split for this share and seed. */
    public static boolean isValidation(SessionId id, double share, long seed) {
        return new SplittableRandom(seed * 31 + id.value().hashCode()).nextDouble() < share;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
