package org.mostra4j.adapters.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Where the jobs' sessions come from: the canonical Parquet layout or MSSD logs, laid out the same way. */
interface SessionInput {
    /** One row per session, in {@link SessionRow}'s layout. */
    Dataset<Row> sessions();

    /** The emerging artists: artist_id, valid_from, valid_to (yyyy-MM-dd). */
    List<String[]> emerging();

    /** The boosted tracks: track_id, valid_from, valid_to (yyyy-MM-dd). */
    List<String[]> boosts();
}
