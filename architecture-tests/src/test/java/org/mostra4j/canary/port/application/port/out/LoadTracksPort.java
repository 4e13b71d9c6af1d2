package org.mostra4j.canary.port.application.port.out;

/** Fixture: a well-named driven port with a nested interface. */
public interface LoadTracksPort {
    TrackRow load(String id);

    /** Fixture: nested. */
    interface Listener {
    }
}
