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

    /** Every track, streamed. */
    void forEachTrack(Consumer<Track> sink);
}
