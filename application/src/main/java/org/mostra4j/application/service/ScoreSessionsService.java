package org.mostra4j.application.service;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.in.ScoreSessionsUseCase;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.session.LoggedSession;

/** The join {@code evaluate} uses (catalogue, objective facts, encoder), one chunk at a time. */
public final class ScoreSessionsService implements ScoreSessionsUseCase {
    private final EvaluationSessions join;

    @Inject
    public ScoreSessionsService(LoadCatalogPort catalog, LoadObjectiveFactsPort facts, ObjectiveCatalogue objectives,
            EncodeRelevancePort encoder) {
        this.join = new EvaluationSessions(catalog, facts, objectives, encoder);
    }

    @Override
    public Either<EvaluationError, List<EvaluationSession>> score(List<LoggedSession> chunk) {
        return join.join(chunk);
    }

    /** The objectives every session is labelled with, in the catalogue's order (the metric layout's). */
    public List<ObjectiveId> objectives() {
        return join.objectives();
    }

    /** What the sessions scored so far let Discovery see (Spark sums it over partitions for evaluate's note). */
    public DiscoveryCoverage discoveryCoverage() {
        return join.coverage();
    }
}
