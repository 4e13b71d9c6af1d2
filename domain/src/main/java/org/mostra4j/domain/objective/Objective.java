package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * An objective plugin: decides whether one track serves a platform goal for one user on one date.
 *
 * <p>Contract (checked by {@code ObjectiveLaws} in the domain test-jar):
 * <ul>
 *   <li><b>pure</b>: the answer depends only on the query and the facts handed in; a plugin never
 *       fetches data, reads a clock or draws random numbers;</li>
 *   <li><b>deterministic</b>: the same query and facts always give the same answer;</li>
 *   <li><b>stable id</b>: {@link #id()} never changes and is unique among registered objectives.</li>
 * </ul>
 * Labels are binary and are never learned: they are attached at request time, so adding an objective
 * needs no retraining. The interface knows nothing of any DI framework.
 */
public interface Objective {
    ObjectiveId id();

    /** One line for {@code mostra4j objectives}. */
    String description();

    boolean serves(ObjectiveQuery query, ObjectiveFacts facts);
}
