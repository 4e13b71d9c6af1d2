package org.mostra4j.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;

/** Reads the track catalogue. */
public interface LoadCatalogPort {
    /** The known tracks among {@code ids}; unknown ids are absent from the map. */
    Map<TrackId, Track> tracks(Collection<TrackId> ids);

    /**
     * Writes the track of {@code ids[i]} into {@code out[i]}, null when it is unknown: the per-request path of the
     * service, which an in-memory catalogue answers without building a map; the default asks {@link #tracks} once.
     */
    default void tracks(TrackId[] ids, Track[] out) {
        Map<TrackId, Track> found = tracks(java.util.Arrays.asList(ids));
        for (int i = 0; i < ids.length; i++) {
            out[i] = found.get(ids[i]);
        }
    }

    /** Every track, streamed. */
    void forEachTrack(Consumer<Track> sink);
}
