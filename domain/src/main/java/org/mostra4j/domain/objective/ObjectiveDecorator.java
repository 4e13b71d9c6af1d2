package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.ObjectiveSet;

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
    /** Catalogues up to this size get every label set built once, by the bit mask of the objectives served. */
    private static final int CACHED_UP_TO = 16;
    private final Objective[] objectives;
    /** The immutable label set per mask (null until first served); racy filling is harmless, sets are immutable. */
    private final Set<?>[] byMask;

    public ObjectiveDecorator(ObjectiveCatalogue catalogue) {
        this.objectives = catalogue.all().toArray(Objective[]::new);
        this.byMask = new Set<?>[objectives.length <= CACHED_UP_TO ? 1 << objectives.length : 0];
    }

    /**
     * The objectives one candidate serves, as an immutable set: one shared instance per combination, so copying it
     * downstream ({@link ObjectiveSet#copyOf}, as a labelled candidate does) costs nothing.
     */
    public Set<ObjectiveId> labels(Session session, Candidate candidate, ObjectiveFacts facts) {
        if (candidate.objectives().isPresent()) {
            return candidate.objectives().get();
        }
        ObjectiveQuery query = new ObjectiveQuery(session.user(), candidate.track(), candidate.artist(), session.date());
        if (byMask.length == 0) {
            Set<ObjectiveId> served = new TreeSet<>();
            for (Objective o : objectives) {
                if (o.serves(query, facts)) {
                    served.add(o.id());
                }
            }
            return ObjectiveSet.copyOf(served);
        }
        int mask = 0;
        for (int k = 0; k < objectives.length; k++) {
            if (objectives[k].serves(query, facts)) {
                mask |= 1 << k;
            }
        }
        @SuppressWarnings("unchecked")
        Set<ObjectiveId> known = (Set<ObjectiveId>) byMask[mask];
        if (known == null) {
            Set<ObjectiveId> served = new TreeSet<>();
            for (int k = 0; k < objectives.length; k++) {
                if ((mask & (1 << k)) != 0) {
                    served.add(objectives[k].id());
                }
            }
            known = ObjectiveSet.copyOf(served);
            byMask[mask] = known;
        }
        return known;
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
