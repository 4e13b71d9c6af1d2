package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.session.Session;
import org.mostra4j.domain.session.SessionId;

/** The decorator labels with the registered plugins, except where a candidate brings its own labels. */
class ObjectiveDecoratorTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private final AtomicInteger consulted = new AtomicInteger();
    private final Objective everything = new Objective() {
        @Override
        public ObjectiveId id() {
            return ObjectiveId.of("everything");
        }

        @Override
        public String description() {
            return "serves every track and counts its calls";
        }

        @Override
        public boolean serves(ObjectiveQuery query, ObjectiveFacts facts) {
            consulted.incrementAndGet();
            return true;
        }
    };
    private final ObjectiveDecorator decorator = new ObjectiveDecorator(
            ObjectiveCatalogue.of(List.of(new Discovery(), new Boost(), everything)));
    private final ObjectiveFacts facts = ObjectiveFacts.builder()
            .history(ListeningHistory.builder().add(TrackId.of("old"), ArtistId.of("a"), 2).build())
            .boosts(DatedList.<TrackId>builder().add(TrackId.of("old"), DAY, DAY).build()).build();

    @Test
    void pluginsLabelCandidatesWithoutLabels() {
        Session s = session(Candidate.of("new").withArtist(ArtistId.of("b")), Candidate.of("old").withArtist(ArtistId.of("a")));
        List<LabelledCandidate> out = decorator.decorate(s, List.of(Relevance.of(0.4), Relevance.of(0.6)), facts);
        assertEquals(Set.of(ObjectiveId.DISCOVERY, ObjectiveId.of("everything")), out.get(0).objectives());
        assertEquals(Set.of(ObjectiveId.BOOST, ObjectiveId.of("everything")), out.get(1).objectives());
        assertEquals(0.6, out.get(1).relevance().value());
        assertEquals(TrackId.of("old"), out.get(1).track());
    }

    @Test
    void explicitLabelsAreUsedAsGivenAndPluginsAreNotConsulted() {
        Candidate labelled = Candidate.of("old").withArtist(ArtistId.of("a")).withObjectives(Set.of(ObjectiveId.EXPOSURE));
        Candidate none = Candidate.of("new").withObjectives(Set.of());
        Session s = session(labelled, none);
        List<LabelledCandidate> out = decorator.decorate(s, List.of(Relevance.of(0.5), Relevance.of(0.5)), facts);
        assertEquals(Set.of(ObjectiveId.EXPOSURE), out.get(0).objectives());
        assertEquals(Set.of(), out.get(1).objectives());
        assertEquals(0, consulted.get());
    }

    @Test
    void oneRelevancePerCandidateIsRequired() {
        Session s = session(Candidate.of("x"), Candidate.of("y"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> decorator.decorate(s, List.of(Relevance.of(0.5)), facts));
        assertEquals("relevance has 1 values for 2 candidates", e.getMessage());
    }

    private static Session session(Candidate... candidates) {
        return new Session(SessionId.of("s"), UserId.of("u"), DAY, List.of(candidates));
    }
}
