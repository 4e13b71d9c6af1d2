package org.mostra4j.application.port.out;

import java.util.List;
import org.mostra4j.domain.session.Sequence;

/**
 * Stores produced sequences under a run id. Contract: {@code save} is all-or-nothing per call; saving the
 * same (run, session) twice replaces the earlier sequence; {@link #load} returns what was saved, placements
 * in position order.
 */
public interface SaveSequencesPort {
    void save(String runId, List<Sequence> sequences);

    /** The sequences saved under {@code runId}, in session-id order. */
    List<Sequence> load(String runId);
}
