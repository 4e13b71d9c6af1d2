package org.mostra4j.application.port.out;

import java.time.LocalDate;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.ListeningHistory;

/** A user's listening history strictly before a date (what Discovery and user vectors see). */
public interface LoadHistoryPort {
    ListeningHistory historyBefore(UserId user, LocalDate date);
}
