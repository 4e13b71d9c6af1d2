package org.mostra4j.canary.adapters.adapters.spark;

import org.mostra4j.canary.adapters.adapters.simulation.Oracle;

/** Fixture: the Spark jobs may use the simulator's oracle (spark evaluate --world; a composition root). */
public final class OracleJob {
    Oracle oracle;
}
