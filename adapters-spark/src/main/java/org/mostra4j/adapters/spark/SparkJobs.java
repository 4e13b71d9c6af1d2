package org.mostra4j.adapters.spark;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.in.SequencingError;
import org.mostra4j.application.service.DiscoveryCoverage;
import org.mostra4j.application.service.EvaluatePoliciesService;
import org.mostra4j.application.service.EvaluationRun;
import org.mostra4j.application.service.ScoreSessionsService;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.evaluation.EvaluationCandidate;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.policy.SequenceAwarePolicies;
import org.mostra4j.domain.evaluation.policy.StandardPolicies;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.Session;

/**
 * The three batch jobs. Each runs the application's use cases once per session inside
 * {@code mapPartitions}, with one {@link ExecutorWiring} per partition task; rows in and rows out are
 * plain data (strings and numbers).
 */
final class SparkJobs {
    static final StructType SCORE = new StructType()
            .add("session_id", DataTypes.StringType, false)
            .add("track_id", DataTypes.StringType, false)
            .add("relevance", DataTypes.DoubleType, false)
            .add("sat", DataTypes.IntegerType, true);
    static final StructType SEQUENCE = new StructType()
            .add("session_id", DataTypes.StringType, false)
            .add("position", DataTypes.IntegerType, false)
            .add("track_id", DataTypes.StringType, false)
            .add("relevance", DataTypes.DoubleType, false)
            .add("gain", DataTypes.DoubleType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("objectives", DataTypes.StringType, false);

    private SparkJobs() {
    }

    /** Predicted satisfaction per logged candidate: session_id, track_id, relevance, sat (null when not logged). */
    static Dataset<Row> score(SparkSession spark, Dataset<Row> sessions, Broadcast<ExecutorBroadcast> data, LongAccumulator skipped) {
        JavaRDD<Row> rows = sessions.javaRDD().mapPartitions(it -> {
            ExecutorWiring wiring = new ExecutorWiring(data.value());
            ScoreSessionsService score = wiring.score();
            return flat(it, row -> {
                SessionRow s = wiring.enter(SessionRow.of(row));
                List<EvaluationSession> joined = score.score(List.of(s.logged()))
                        .getOrElseThrow(e -> new JobFailure(e.message()));
                List<Row> out = new ArrayList<>();
                if (joined.isEmpty()) {
                    skipped.add(1);
                }
                for (EvaluationSession e : joined) {
                    for (EvaluationCandidate c : e.candidates()) {
                        out.add(RowFactory.create(e.id().value(), c.track().value(), c.relevance().value(),
                                c.loggedSat().map(b -> b ? 1 : 0).orElse(null)));
                    }
                }
                return out;
            });
        });
        return spark.createDataFrame(rows, SCORE);
    }

    /**
     * Each logged session re-ordered under the policy: candidates in logged order, with their catalogue artist
     * and any relevance given with the input; the encoder predicts the rest.
     */
    static Dataset<Row> sequence(SparkSession spark, Dataset<Row> sessions, Broadcast<ExecutorBroadcast> data, Knobs.Policy knobs,
            LongAccumulator skipped) {
        JavaRDD<Row> rows = sessions.javaRDD().mapPartitions(it -> {
            ExecutorWiring wiring = new ExecutorWiring(data.value());
            SequenceSessionUseCase useCase = wiring.sequence();
            SequencingPolicy policy = knobs.spec().resolve().getOrElseThrow(e -> new JobFailure(e.message()));
            return flat(it, row -> {
                SessionRow s = wiring.enter(SessionRow.of(row));
                Session session = asked(s);
                Either<SequencingError, Sequence> result = useCase.sequence(
                        new SequenceSessionUseCase.Command(session, policy, knobs.scorer()));
                if (result.isLeft()) {
                    if (result.getLeft() instanceof SequencingError.EmptySession
                            || result.getLeft() instanceof SequencingError.DuplicateCandidate) {
                        skipped.add(1);
                        return List.of();
                    }
                    throw new JobFailure("session " + s.logged().id() + ": " + result.getLeft().message());
                }
                List<Row> out = new ArrayList<>();
                for (Placement p : result.get().placements()) {
                    out.add(RowFactory.create(session.id().value(), p.position(), p.track().value(), p.relevance(),
                            p.gain(), p.score(), p.objectives().stream().map(ObjectiveId::value).sorted()
                                    .collect(Collectors.joining(","))));
                }
                return out;
            });
        });
        return spark.createDataFrame(rows, SEQUENCE);
    }

    /** The session as {@code sequence --db} gets it: candidates in logged order, artists from the catalogue. */
    static Session asked(SessionRow s) {
        List<Candidate> cs = new ArrayList<>(s.logged().candidates().size());
        for (LoggedCandidate c : s.logged().candidates()) {
            Candidate candidate = Candidate.of(c.track());
            Track t = s.tracks().get(c.track());
            if (t != null && t.artist().isPresent()) {
                candidate = candidate.withArtist(t.artist().get());
            }
            var given = s.given(c.track());
            if (given.isPresent()) {
                candidate = candidate.withRelevance(given.getAsDouble());
            }
            cs.add(candidate);
        }
        return new Session(s.logged().id(), s.logged().user(), s.logged().date(), cs);
    }

    /** The same report as {@code evaluate}: one partial run per partition, merged on the driver. */
    static Either<EvaluationError, EvaluationReport> evaluate(Dataset<Row> sessions, Broadcast<ExecutorBroadcast> data,
            Knobs.Evaluation knobs) {
        List<PartitionTotals> partials = sessions.javaRDD().mapPartitions(it -> {
            ExecutorWiring wiring = new ExecutorWiring(data.value());
            ScoreSessionsService score = wiring.score();
            EvaluationRun run = start(knobs, wiring);
            while (it.hasNext()) {
                SessionRow s = wiring.enter(SessionRow.of(it.next()));
                List<EvaluationSession> joined = score.score(List.of(s.logged()))
                        .getOrElseThrow(e -> new JobFailure(e.message()));
                try {
                    run.add(joined, 1 - joined.size());
                } catch (EvaluationRun.Abort abort) {
                    throw new JobFailure(abort.error().message());
                }
            }
            return List.of(PartitionTotals.of(run.partial(), score.discoveryCoverage())).iterator();
        }).collect();
        ExecutorWiring driver = new ExecutorWiring(data.value());
        EvaluationRun total = start(knobs, driver);
        partials.forEach(p -> total.merge(p.partial()));
        if (total.evaluated() == 0) {
            return Either.left(new EvaluationError.NoSessions(total.skipped()));
        }
        // evaluate's notes, in its order: what the data hides from Discovery, then where mostra-seq's head learned
        List<String> notes = new ArrayList<>(partials.stream().map(PartitionTotals::discoveryCoverage)
                .reduce(DiscoveryCoverage.NONE, DiscoveryCoverage::plus).note().stream().toList());
        EvaluatePoliciesService.headNote(policies(knobs, driver), driver.encoder()).ifPresent(notes::add);
        return Either.right(total.report(notes));
    }

    /**
     * The run {@code evaluate} would start: the standard sweeps, mostra-seq's when the model has a sequence head
     * (unless --no-sequence-aware), the oracle of --world and the embeddings of --embeddings.
     */
    private static EvaluationRun start(Knobs.Evaluation knobs, ExecutorWiring wiring) {
        List<ObjectiveId> ids = List.copyOf(wiring.objectives().ids());
        List<RankingPolicy> policies = policies(knobs, wiring);
        EvaluatePoliciesUseCase.Command command = new EvaluatePoliciesUseCase.Command(policies, knobs.k(),
                knobs.sessions(), EvaluatePoliciesUseCase.Command.DEFAULT_CHUNK, knobs.replicates(), knobs.seed(),
                p -> { }, knobs.skip());
        if (wiring.vectors().isPresent()) {
            command = command.withVectors(wiring.vectors().get());
        }
        return EvaluationRun.start(command, ids, wiring.oracle())
                .getOrElseThrow(e -> new JobFailure(e.message()));
    }

    /** evaluate's policies for these knobs: the standard sweeps and mostra-seq's when the model has a head. */
    private static List<RankingPolicy> policies(Knobs.Evaluation knobs, ExecutorWiring wiring) {
        List<ObjectiveId> ids = List.copyOf(wiring.objectives().ids());
        SequencingPolicy base = SequencingPolicy.defaults().withLength(knobs.length() == null ? knobs.k() : knobs.length());
        List<RankingPolicy> policies = new ArrayList<>(StandardPolicies.of(base, knobs.epsilons(), knobs.lambdas(), ids,
                knobs.seed()));
        if (!Boolean.FALSE.equals(knobs.sequenceAware())) {
            wiring.prefixRelevance().ifPresent(head -> policies.addAll(SequenceAwarePolicies.of(base, knobs.epsilons(),
                    knobs.lambdas(), head)));
        }
        return policies;
    }

    /** One output list per input row, flattened lazily (a partition is never held in memory). */
    private static Iterator<Row> flat(Iterator<Row> in, org.apache.spark.api.java.function.Function<Row, List<Row>> f) {
        return new Iterator<>() {
            private Iterator<Row> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && in.hasNext()) {
                    try {
                        current = f.call(in.next()).iterator();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new JobFailure(e.getMessage());
                    }
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** A failure inside a task, with the message the driver shows. */
    static final class JobFailure extends RuntimeException {
        JobFailure(String message) {
            super(message);
        }
    }
}
