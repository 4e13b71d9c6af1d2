package org.mostra4j.application.port.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.ObjectiveFacts;

/** In-memory facts for tests: the same facts for everyone, and a record of who asked for which date. */
public final class InMemoryObjectiveFacts implements LoadObjectiveFactsPort {
    private final ObjectiveFacts facts;
    private final List<String> requests = new ArrayList<>();

    public InMemoryObjectiveFacts(ObjectiveFacts facts) {
        this.facts = facts;
    }

    /** One entry "user@date" per call. */
    public List<String> requests() {
        return requests;
    }

    @Override
    public ObjectiveFacts factsFor(UserId user, LocalDate date) {
        requests.add(user + "@" + date);
        return facts;
    }
}
