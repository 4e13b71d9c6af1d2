package org.mostra4j.domain.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;

/** Discovery: neither the track nor any track of its artist was streamed before the session. */
class DiscoveryTest implements ObjectiveLaws {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private final Discovery discovery = new Discovery();

    @Override
    public Objective newObjective() {
        return new Discovery();
    }

    @Test
    void agreesWithTheSpecOverGeneratedWorlds() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(ObjectiveWorld.generator()).checkAssert(w -> {
            boolean trackStreamed = w.streams().stream().anyMatch(s -> s.track().equals(w.query().track()));
            boolean artistStreamed = w.query().artist().isPresent()
                    && w.streams().stream().anyMatch(s -> s.artist().equals(w.query().artist()));
            assertEquals(!trackStreamed && !artistStreamed, discovery.serves(w.query(), w.facts()), w.toString());
        });
    }

    @Test
    void servesATrackNeverStreamedByAnArtistNeverStreamed() {
        assertTrue(discovery.serves(query("t1", "a1"), facts("t2", "a2")));
        assertTrue(discovery.serves(query("t1", "a1"), ObjectiveFacts.none()));
    }

    @Test
    void doesNotServeATrackAlreadyStreamed() {
        assertFalse(discovery.serves(query("t1", "a1"), facts("t1", "a9")));
    }

    @Test
    void doesNotServeANewTrackOfAnArtistAlreadyStreamed() {
        assertFalse(discovery.serves(query("t1", "a1"), facts("t2", "a1")));
    }

    @Test
    void withAnUnknownArtistOnlyTheTrackIsChecked() {
        ObjectiveQuery unknownArtist = new ObjectiveQuery(UserId.of("u"), TrackId.of("t1"), Optional.empty(), DAY);
        assertTrue(discovery.serves(unknownArtist, facts("t2", "a1")));
        assertFalse(discovery.serves(unknownArtist, facts("t1", "a1")));
    }

    @Test
    void historyWithoutArtistDoesNotCountAsStreamingTheArtist() {
        ListeningHistory h = ListeningHistory.builder().add(TrackId.of("t2"), null, 3).build();
        assertTrue(discovery.serves(query("t1", "a1"), ObjectiveFacts.builder().history(h).build()));
    }

    private static ObjectiveQuery query(String track, String artist) {
        return new ObjectiveQuery(UserId.of("u"), TrackId.of(track), Optional.of(ArtistId.of(artist)), DAY);
    }

    private static ObjectiveFacts facts(String streamedTrack, String streamedArtist) {
        return ObjectiveFacts.builder().history(ListeningHistory.builder()
                .add(TrackId.of(streamedTrack), ArtistId.of(streamedArtist), 1).build()).build();
    }
}
