package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.session.Session;

/**
 * Applies the registered objective plugins to every candidate of a session. Labels supplied explicitly
 * with a candidate are used as given (the plugins are not consulted for it).
 */
public final class ObjectiveDecorator {
    private final ObjectiveCatalogue catalogue;

    public ObjectiveDecorator(ObjectiveCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The objectives one candidate serves. */
    public Set<ObjectiveId> labels(Session session, Candidate candidate, ObjectiveFacts facts) {
        if (candidate.objectives().isPresent()) {
            return candidate.objectives().get();
        }
        ObjectiveQuery query = new ObjectiveQuery(session.user(), candidate.track(), candidate.artist(), session.date());
        Set<ObjectiveId> served = new TreeSet<>();
        for (Objective o : catalogue.all()) {
            if (o.serves(query, facts)) {
                served.add(o.id());
            }
        }
        return served;
    }

    /**
     * Labels every candidate; {@code relevance.get(i)} is the relevance of candidate i.
     */
    public List<LabelledCandidate> decorate(Session session, List<Relevance> relevance, ObjectiveFacts facts) {
        if (relevance.size() != session.candidates().size()) {
            throw new IllegalArgumentException("relevance has " + relevance.size() + " values for "
                    + session.candidates().size() + " candidates");
        }
        List<LabelledCandidate> out = new ArrayList<>(relevance.size());
        for (int i = 0; i < relevance.size(); i++) {
            Candidate c = session.candidates().get(i);
            out.add(new LabelledCandidate(c.track(), relevance.get(i), labels(session, c, facts)));
        }
        return out;
    }
}
