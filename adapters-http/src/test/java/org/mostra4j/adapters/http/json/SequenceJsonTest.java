package org.mostra4j.adapters.http.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

/** The service streams the very bytes the CLI's tree writes. */
class SequenceJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void streamedBytesEqualTheTreesBytes() throws Exception {
        Random rnd = new Random(18);
        List<Set<ObjectiveId>> labelSets = List.of(Set.of(), Set.of(ObjectiveId.BOOST),
                Set.of(ObjectiveId.EXPOSURE, ObjectiveId.DISCOVERY),
                Set.of(ObjectiveId.BOOST, ObjectiveId.EXPOSURE, ObjectiveId.DISCOVERY, ObjectiveId.of("gs-broaden")));
        for (int s = 0; s < 50; s++) {
            List<Placement> placements = new ArrayList<>();
            double score = 0;
            for (int i = 0; i < 1 + rnd.nextInt(60); i++) {
                double relevance = rnd.nextInt(10) == 0 ? rnd.nextInt(2) : rnd.nextDouble();
                double gain = rnd.nextInt(4) == 0 ? 0.0 : rnd.nextDouble() * 1e-3;
                score += relevance + gain;
                placements.add(new Placement(i + 1, TrackId.of("t\"é-" + rnd.nextInt(1000) + "-" + i), relevance, gain,
                        labelSets.get(rnd.nextInt(labelSets.size())), score));
            }
            Sequence sequence = new Sequence(SessionId.of("s-" + s), placements);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator g = mapper.createGenerator(out)) {
                SequenceJson.write(sequence, g);
            }
            byte[] tree = mapper.writeValueAsBytes(SequenceJson.write(sequence));
            assertArrayEquals(tree, out.toByteArray(), () -> new String(tree, StandardCharsets.UTF_8));
        }
    }

    @Test
    void objectivesComeSortedByName() throws Exception {
        Sequence sequence = new Sequence(SessionId.of("s"), List.of(new Placement(1, TrackId.of("a"), 0.5, 0.25,
                Set.of(ObjectiveId.EXPOSURE, ObjectiveId.BOOST, ObjectiveId.DISCOVERY), 0.75)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = mapper.createGenerator(out)) {
            SequenceJson.write(sequence, g);
        }
        assertEquals("{\"sessionId\":\"s\",\"sequence\":[{\"position\":1,\"trackId\":\"a\",\"relevance\":0.5,\"gain\":0.25,"
                + "\"objectives\":[\"boost\",\"discovery\",\"exposure\"],\"score\":0.75}]}", out.toString(StandardCharsets.UTF_8));
    }
}
