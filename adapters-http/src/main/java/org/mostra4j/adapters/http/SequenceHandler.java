package org.mostra4j.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mostra4j.adapters.http.json.JsonProblem;
import org.mostra4j.adapters.http.json.SequenceJson;
import org.mostra4j.adapters.http.json.SessionJson;
import org.mostra4j.adapters.http.json.SessionJsonStream;
import org.mostra4j.application.port.in.PolicySpec;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.in.SequencingError;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Sequence;

/**
 * {@code POST /v1/sequence}: the CLI's session JSON with an optional {@code "policy"} in, the sequence out.
 * A request is admitted (or refused at once) before its body is read; parsing and validation then run on the
 * connection's thread, and only the sequencing itself takes a worker slot.
 */
final class SequenceHandler {
    /** How far over the limit a refused body is still read and dropped, so that its sender sees the 413. */
    static final long DRAIN_BYTES = 1 << 20;
    /** Each connection thread's body buffer, grown to the largest body it has read up to {@link #KEPT_BODY_BUFFER}. */
    private static final ThreadLocal<byte[]> BODY = ThreadLocal.withInitial(() -> new byte[8_192]);
    /** Larger buffers serve their one request only: a pool of connection threads must not each keep the limit. */
    private static final int KEPT_BODY_BUFFER = 65_536;
    private final ObjectMapper mapper;
    private final RequestJson json = new RequestJson();
    private final SessionJsonStream stream;
    private final SequenceSessionUseCase useCase;
    private final Admission admission;
    private final ServiceSettings settings;
    private final NamedPolicies policies;

    SequenceHandler(ObjectMapper mapper, SequenceSessionUseCase useCase, Admission admission, ServiceSettings settings,
            NamedPolicies policies) {
        this.policies = policies;
        this.mapper = mapper;
        this.stream = new SessionJsonStream(mapper);
        this.useCase = useCase;
        this.admission = admission;
        this.settings = settings;
    }

    /** The response: a sequence or a problem. */
    Either<Problem, Sequence> handle(Context ctx) throws IOException {
        String type = ctx.contentType();
        if (type != null && !isJson(type)) {
            return Either.left(Problem.of(Problem.Kind.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be application/json (UTF-8), was " + type));
        }
        var admitted = admission.admit();
        if (admitted.isLeft()) {
            return Either.left(refusal(admitted.getLeft()));
        }
        try (Admission.Ticket ticket = admitted.get()) {
            return body(ctx).flatMap(this::command).flatMap(command -> sequence(ticket, command));
        }
    }

    /** {@code application/json}, with no charset or UTF-8 (RFC 8259 §8.1: JSON exchanged between systems is UTF-8). */
    static boolean isJson(String contentType) {
        String[] parts = contentType.toLowerCase(java.util.Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].strip().split("=", 2);
            if (param[0].strip().equals("charset")
                    && !(param.length == 2 && param[1].strip().replace("\"", "").equals("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body, or why it was refused. A body the server cannot read (a broken chunked encoding, a connection that
     * ends early) is the client's fault: 400, not 500.
     */
    private Either<Problem, Body> body(Context ctx) {
        try {
            return readBody(ctx);
        } catch (IOException e) {
            return Either.left(Problem.of(Problem.Kind.BAD_REQUEST,
                    "the body could not be read (broken chunked encoding, or fewer bytes than Content-Length)"));
        }
    }

    /**
     * Reads the body into this thread's buffer (valid until the thread's next request: it is parsed at once), so a
     * request does not allocate one array for reading and another for the bytes read.
     */
    private Either<Problem, Body> readBody(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > settings.maxBodyBytes()) {
                if (declared <= settings.maxBodyBytes() + DRAIN_BYTES) {
                    discard(in, declared);
                }
                return Either.left(tooLarge());
            }
            int limit = settings.maxBodyBytes() + 1;
            byte[] buffer = BODY.get();
            int length = 0;
            while (length < limit) {
                if (length == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(limit, 2L * buffer.length));
                    if (buffer.length <= KEPT_BODY_BUFFER) {
                        BODY.set(buffer);
                    }
                }
                int n = in.read(buffer, length, Math.min(buffer.length, limit) - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
            if (length > settings.maxBodyBytes()) {
                discard(in, DRAIN_BYTES);
                return Either.left(tooLarge());
            }
            return Either.right(new Body(buffer, length));
        }
    }

    /** The first {@code length} bytes of {@code bytes}. */
    private record Body(byte[] bytes, int length) {
    }

    /**
     * Reads and drops up to {@code max} bytes of a refused body. Without it the 413 is written while the client is
     * still sending, the server closes with unread bytes, and the kernel's reset can destroy the answer before the
     * client reads it (the client then sees no response at all). Bodies more than {@link #DRAIN_BYTES} over the
     * limit are not read: they get the answer and a closed connection.
     */
    private static void discard(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[16_384];
        long read = 0;
        int n;
        while (read < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - read))) >= 0) {
            read += n;
        }
    }

    private Problem tooLarge() {
        return Problem.of(Problem.Kind.BODY_TOO_LARGE, "the body may hold at most " + settings.maxBodyBytes() + " bytes");
    }

    /**
     * A valid body straight from its tokens; anything else (malformed UTF-8 included: the token reader is not strict
     * about it) through the strict tree parser, which names every problem.
     */
    private Either<Problem, SequenceSessionUseCase.Command> command(Body body) {
        if (RequestJson.wellFormedUtf8(body.bytes(), body.length())) {
            var fast = stream.parseValid(body.bytes(), 0, body.length(), settings.maxCandidates());
            if (fast.isPresent()) {
                return command(fast.get());
            }
        }
        return json.parse(Arrays.copyOf(body.bytes(), body.length())).flatMap(this::request);
    }

    private Either<Problem, SequenceSessionUseCase.Command> request(JsonNode root) {
        JsonNode candidates = root == null ? null : root.get("candidates");
        if (candidates != null && candidates.isArray() && candidates.size() > settings.maxCandidates()) {
            return Either.left(Problem.invalid(List.of(new JsonProblem("$.candidates", "at most "
                    + settings.maxCandidates() + " candidates per session, was " + candidates.size()))));
        }
        var parsed = SessionJson.parse(root);
        if (parsed.isInvalid()) {
            return Either.left(Problem.invalid(parsed.getError().toJavaList()));
        }
        return command(parsed.get());
    }

    private Either<Problem, SequenceSessionUseCase.Command> command(SessionJson.Request r) {
        PolicySpec spec = r.policy();
        if (r.policyName().isPresent()) {
            Optional<PolicySpec> named = policies.get(r.policyName().get());
            if (named.isEmpty()) {
                return Either.left(Problem.invalid(List.of(new JsonProblem("$.policy", "unknown policy '"
                        + r.policyName().get() + "' (named policies: " + (policies.byName().isEmpty() ? "none; start"
                        + " the service with --policy NAME=FILE.json" : String.join(", ", policies.byName().keySet()))
                        + ")"))));
            }
            spec = named.get();
        }
        Either<SequencingError.InvalidPolicy, SequencingPolicy> policy = spec.resolve();
        if (policy.isLeft()) {
            return Either.left(Problem.invalid(SequencingProblems.of(policy.getLeft())));
        }
        return Either.right(new SequenceSessionUseCase.Command(r.session(), policy.get())
                .withSequenceAware(r.policy().sequenceAwareChoice()));
    }

    private Either<Problem, Sequence> sequence(Admission.Ticket ticket, SequenceSessionUseCase.Command command) {
        var outcome = ticket.run(() -> useCase.sequence(command));
        if (outcome.isLeft()) {
            return Either.left(refusal(outcome.getLeft()));
        }
        return outcome.get().mapLeft(error -> Problem.invalid(SequencingProblems.of(error)));
    }

    private Problem refusal(Admission.Refusal why) {
        return switch (why) {
            case FULL -> Problem.of(Problem.Kind.OVERLOADED, "all " + settings.threads() + " workers are busy and "
                    + settings.queue() + " requests are waiting");
            case TIMED_OUT -> Problem.of(Problem.Kind.TIMED_OUT, "no worker was free within "
                    + settings.requestTimeout().toMillis() + " ms");
            case DRAINING -> Problem.of(Problem.Kind.SHUTTING_DOWN, "the service is shutting down");
        };
    }

    /** The sequence as the CLI's {@code --format json} writes it, streamed to {@code out} (which stays open). */
    void write(Sequence sequence, OutputStream out) throws IOException {
        try (JsonGenerator g = mapper.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            SequenceJson.write(sequence, g);
        }
    }
}
