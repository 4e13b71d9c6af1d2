package org.mostra4j.application.port.out;

import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.search.PrefixRelevance;
import org.mostra4j.domain.session.Session;

/**
 * Predicts every candidate's satisfaction from the whole candidate set (the set-aware encoder).
 * {@code labels.get(i)} are the objectives candidate i serves (the encoder sees the set's objective mix).
 * Returns one relevance per candidate, in candidate order, or why it cannot (e.g. no model loaded).
 */
public interface EncodeRelevancePort {
    Either<String, List<Relevance>> encode(Session session, List<Set<ObjectiveId>> labels);

    /**
     * The model's prefix head (mostra-seq, spec §2.3), which corrects {@link #encode}'s set-level SAT for the
     * prefix already placed; empty when the model has none (then sequence-aware decoding is §2.2's).
     */
    default Optional<PrefixRelevance> prefixRelevance() {
        return Optional.empty();
    }

    /**
     * Which logged sessions taught the prefix head, in words (e.g. only shuffle-play sessions), for reports;
     * empty without a head or when the model does not say.
     */
    default Optional<String> prefixHeadSource() {
        return Optional.empty();
    }

    /** The encoder used when none is configured: every request without relevance fails clearly. */
    EncodeRelevancePort NONE = (session, labels) -> Either.left(
            "candidates carry no relevance and no encoder model is configured (give \"relevance\" per candidate, or a --model)");
}
