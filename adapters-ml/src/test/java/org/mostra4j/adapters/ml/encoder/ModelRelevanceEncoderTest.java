package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.ml.encoder.synthetic.SyntheticWorld;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.ml.MlModule;
import org.mostra4j.adapters.ml.encoder.infer.ModelRelevanceEncoder;
import org.mostra4j.adapters.ml.encoder.train.SameDiffEncoderTrainer;
import org.mostra4j.application.MostraModule;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.TrainingSession;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.Session;
import org.mostra4j.domain.session.SessionId;

/** The serving encoder: cold start, no model, and the Guice wiring into the sequencing use case. */
class ModelRelevanceEncoderTest {
    @TempDir
    static Path dir;
    static Path model;
    static SyntheticWorld world;

    @BeforeAll
    static void train() {
        world = SyntheticWorld.generate(SyntheticWorld.Config.tiny(4));
        model = dir.resolve("e.model");
        new SameDiffEncoderTrainer().train(world.source(), EncoderTrainingTest.TINY.withSchedule(1, 16, 4L), model,
                m -> { }).getOrElseThrow(msg -> new AssertionError(msg));
    }

    @Test
    void coldUsersAndTracksWithoutAnyStoreStillGetARelevancePerCandidate() {
        ModelRelevanceEncoder encoder = new ModelRelevanceEncoder(
                org.mostra4j.adapters.ml.encoder.model.ModelFile.load(model).get(), Optional.empty(), Optional.empty());
        Session s = new Session(SessionId.of("cold"), UserId.of("never-seen"), LocalDate.of(2026, 2, 1),
                List.of(Candidate.of("new-1"), Candidate.of("new-2"), Candidate.of("new-3")));
        List<Relevance> r = encoder.encode(s, List.of(Set.of(), Set.of(ObjectiveId.DISCOVERY), Set.of()))
                .getOrElseThrow(msg -> new AssertionError(msg));
        assertEquals(3, r.size());
    }

    @Test
    void withoutAModelEveryRequestGetsTheReason() {
        Injector injector = Guice.createInjector(new MostraModule(), new MlModule());
        Session s = session(world.sessions().get(0));
        Either<String, List<Relevance>> r = injector.getInstance(EncodeRelevancePort.class).encode(s,
                s.candidates().stream().map(c -> Set.<ObjectiveId>of()).toList());
        assertTrue(r.isLeft() && r.getLeft().contains("--model"), r.toString());
    }

    @Test
    void theSequencingUseCaseScoresCandidatesWithTheConfiguredModel() {
        Injector injector = Guice.createInjector(new MostraModule(), new MlModule(model));
        Session s = session(world.sessions().get(1));
        Either<?, Sequence> out = injector.getInstance(SequenceSessionUseCase.class)
                .sequence(new SequenceSessionUseCase.Command(s, SequencingPolicy.defaults()));
        assertTrue(out.isRight(), out.toString());
        assertEquals(s.candidates().size(), out.get().length());
    }

    private static Session session(TrainingSession t) {
        return new Session(t.session().id(), t.session().user(), t.session().date(),
                t.session().candidates().stream().map(c -> Candidate.of(c.track())).toList());
    }
}
