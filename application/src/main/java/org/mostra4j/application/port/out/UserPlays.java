package org.mostra4j.application.port.out;

import java.util.Objects;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.PlayCounts;

/** One user's play counts per track within a window. */
public record UserPlays(UserId user, PlayCounts plays) {
    public UserPlays {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(plays, "plays");
    }
}
