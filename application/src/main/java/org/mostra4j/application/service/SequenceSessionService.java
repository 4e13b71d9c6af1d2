package org.mostra4j.application.service;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.in.SequencingError;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.objective.ObjectiveDecorator;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.search.ObjectiveScorerFactory;
import org.mostra4j.domain.search.ScorerCatalogue;
import org.mostra4j.domain.search.BeamSearch;
import org.mostra4j.domain.search.PrefixAwareBeamSearch;
import org.mostra4j.domain.search.PrefixRelevance;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.session.RepeatedTrack;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.Session;

/** Validates, decorates with the objective plugins, fills missing relevance from the encoder, and searches. */
public final class SequenceSessionService implements SequenceSessionUseCase {
    private final ObjectiveCatalogue objectives;
    /** Built once: it keeps one immutable label set per combination of objectives. */
    private final ObjectiveDecorator decorator;
    private final ScorerCatalogue scorers;
    private final EncodeRelevancePort encoder;
    private final LoadObjectiveFactsPort facts;

    @Inject
    public SequenceSessionService(ObjectiveCatalogue objectives, ScorerCatalogue scorers, EncodeRelevancePort encoder,
            LoadObjectiveFactsPort facts) {
        this.objectives = objectives;
        this.decorator = new ObjectiveDecorator(objectives);
        this.scorers = scorers;
        this.encoder = encoder;
        this.facts = facts;
    }

    @Override
    public Either<SequencingError, Sequence> sequence(Command command) {
        Session session = command.session();
        return validateSession(session)
                .flatMap(ok -> validatePolicy(command.policy()))
                .flatMap(ok -> scorer(command.scorer()))
                .flatMap(scorer -> head(command).map(head -> new Decoder(scorer, head)))
                .flatMap(chosen -> {
                    ObjectiveScorerFactory scorer = chosen.scorer();
                    List<Set<ObjectiveId>> labels = labels(session);
                    return relevance(session, labels).map(rel -> {
                        List<LabelledCandidate> items = new ArrayList<>(labels.size());
                        for (int i = 0; i < labels.size(); i++) {
                            items.add(new LabelledCandidate(session.candidates().get(i).track(), rel.get(i), labels.get(i)));
                        }
                        // not sequence-aware (or no head): today's decoder, untouched
                        return chosen.head().isPresent()
                                ? PrefixAwareBeamSearch.search(session.id(), items, scorer.create(command.policy()),
                                        command.policy(), chosen.head().get())
                                : BeamSearch.search(session.id(), items, scorer.create(command.policy()),
                                        command.policy());
                    });
                });
    }

    /** The objective scorer and, for mostra-seq, the prefix head of one request. */
    private record Decoder(ObjectiveScorerFactory scorer, Optional<PrefixRelevance> head) {
    }

    /** The prefix head to decode with: the model's when asked for or by default, none when switched off. */
    private Either<SequencingError, Optional<PrefixRelevance>> head(Command command) {
        if (command.sequenceAware().equals(Optional.of(false))) {
            return Either.right(Optional.empty());
        }
        Optional<PrefixRelevance> head = encoder.prefixRelevance();
        if (head.isEmpty() && command.sequenceAware().equals(Optional.of(true))) {
            return Either.left(SequencingError.InvalidPolicy.of("sequenceAware", "the encoder model has no sequence"
                    + " head (train it with this build; models written before format version 2 have none)"));
        }
        return Either.right(head);
    }

    private Either<SequencingError, Session> validateSession(Session session) {
        List<Candidate> candidates = session.candidates();
        if (candidates.isEmpty()) {
            return Either.left(new SequencingError.EmptySession(session.id()));
        }
        // reported at its place in candidate order, as a map of first indices finds it
        int repeatAt = RepeatedTrack.first(candidates).map(RepeatedTrack::index).orElse(-1);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (i == repeatAt) {
                int earlier = RepeatedTrack.first(candidates).get().earlier();
                return Either.left(new SequencingError.DuplicateCandidate(session.id(), c.track(), earlier, i));
            }
            OptionalDouble r = c.relevance();
            if (r.isPresent() && !Relevance.isValid(r.getAsDouble())) {
                return Either.left(new SequencingError.NonFiniteRelevance(c.track(), i, r.getAsDouble()));
            }
            if (c.objectives().isPresent()) {
                for (ObjectiveId o : c.objectives().get()) {
                    if (!objectives.contains(o)) {
                        return Either.left(new SequencingError.UnknownObjective("candidates[" + i + "].objectives", o,
                                objectives.ids()));
                    }
                }
            }
        }
        return Either.right(session);
    }

    private Either<SequencingError, SequencingPolicy> validatePolicy(SequencingPolicy policy) {
        for (ObjectiveId o : policy.weights().keySet()) {
            if (!objectives.contains(o)) {
                return Either.left(new SequencingError.UnknownObjective("policy.weights", o, objectives.ids()));
            }
        }
        for (ObjectiveId o : policy.concave().keySet()) {
            if (!objectives.contains(o)) {
                return Either.left(new SequencingError.UnknownObjective("policy.concave", o, objectives.ids()));
            }
        }
        return Either.right(policy);
    }

    private Either<SequencingError, ObjectiveScorerFactory> scorer(String name) {
        return scorers.find(name).<Either<SequencingError, ObjectiveScorerFactory>>map(Either::right)
                .orElseGet(() -> Either.left(SequencingError.InvalidPolicy.of("scorer", "unknown scorer '" + name
                        + "' (known: " + String.join(", ", scorers.all().stream().map(ObjectiveScorerFactory::name).toList())
                        + ")")));
    }

    private List<Set<ObjectiveId>> labels(Session session) {
        boolean allGiven = session.candidates().stream().allMatch(c -> c.objectives().isPresent());
        ObjectiveFacts f = allGiven ? ObjectiveFacts.none() : facts.factsFor(session.user(), session.date());
        return session.candidates().stream().map(c -> decorator.labels(session, c, f)).toList();
    }

    private Either<SequencingError, List<Relevance>> relevance(Session session, List<Set<ObjectiveId>> labels) {
        List<Candidate> candidates = session.candidates();
        if (candidates.stream().allMatch(c -> c.relevance().isPresent())) {
            return Either.right(candidates.stream().map(c -> Relevance.of(c.relevance().getAsDouble())).toList());
        }
        Either<String, List<Relevance>> encoded = encoder.encode(session, labels);
        if (encoded.isLeft()) {
            return Either.left(new SequencingError.RelevanceUnavailable(encoded.getLeft()));
        }
        List<Relevance> predicted = encoded.get();
        if (predicted.size() != candidates.size()) {
            return Either.left(new SequencingError.RelevanceUnavailable("the encoder returned " + predicted.size()
                    + " relevance values for " + candidates.size() + " candidates"));
        }
        List<Relevance> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            OptionalDouble given = candidates.get(i).relevance();
            out.add(given.isPresent() ? Relevance.of(given.getAsDouble()) : predicted.get(i));
        }
        return Either.right(out);
    }
}
