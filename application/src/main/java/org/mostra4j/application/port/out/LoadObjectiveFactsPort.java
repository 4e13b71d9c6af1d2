package org.mostra4j.application.port.out;

import java.time.LocalDate;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.ObjectiveFacts;

/** The facts objective plugins decide on: the user's history before {@code date} and the lists valid then. */
public interface LoadObjectiveFactsPort {
    ObjectiveFacts factsFor(UserId user, LocalDate date);

    /** No store: no history, empty lists. */
    LoadObjectiveFactsPort NONE = (user, date) -> ObjectiveFacts.none();
}
