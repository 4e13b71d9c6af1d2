package org.mostra4j.application.service;

import java.util.Locale;
import java.util.Optional;

/**
 * What the evaluated data lets Discovery see: how many joined candidates carry an artist and how many joined
 * sessions have a listener with history before them. Counts from several runs (Spark's partitions) add up.
 */
public record DiscoveryCoverage(long candidates, long candidatesWithoutArtist, long sessions, long sessionsWithHistory) {
    public static final DiscoveryCoverage NONE = new DiscoveryCoverage(0, 0, 0, 0);

    public DiscoveryCoverage {
        if (candidates < 0 || candidatesWithoutArtist < 0 || candidatesWithoutArtist > candidates || sessions < 0
                || sessionsWithHistory < 0 || sessionsWithHistory > sessions) {
            throw new IllegalArgumentException("inconsistent counts: " + candidates + ", " + candidatesWithoutArtist
                    + ", " + sessions + ", " + sessionsWithHistory);
        }
    }

    public DiscoveryCoverage plus(DiscoveryCoverage other) {
        return new DiscoveryCoverage(candidates + other.candidates, candidatesWithoutArtist
                + other.candidatesWithoutArtist, sessions + other.sessions, sessionsWithHistory + other.sessionsWithHistory);
    }

    /**
     * Why Discovery cannot be measured on these sessions, if it cannot: candidates without an artist (the log has
     * no artist ids, as MSSD) and listeners without any history before their session (MSSD's one proxy user per
     * session) leave "never streamed the track nor its artist" undecidable.
     */
    public Optional<String> note() {
        if (candidates == 0 || (candidatesWithoutArtist * 2 <= candidates && sessionsWithHistory > 0)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "Discovery: not measurable on this data: %,d of %,d"
                + " candidates (%.0f%%) have no artist (the log carries no artist ids, as MSSD does), and %,d of %,d sessions"
                + " have a listener with history before them (MSSD has one proxy user per session); its rows measure"
                + " 'new within the session' at most.", candidatesWithoutArtist, candidates,
                100.0 * candidatesWithoutArtist / candidates, sessionsWithHistory, sessions));
    }
}
