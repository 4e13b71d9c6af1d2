package org.mostra4j.benchmarks.http;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.session.Session;

/**
 * A stand-in for the trained encoder that costs what its plain-Java forward pass costs: the same arithmetic as a
 * Set Transformer with {@code blocks} SABs (d=64, 4 heads, feed-forward 2d, LayerNorm) over the candidate set, with
 * seeded random weights and features hashed from the track ids. The relevance it returns is meaningless but
 * deterministic; the work (about 4 M multiply-adds for 50 candidates and 2 blocks) is real. Used by the load benchmark
 * until the real model file can be served.
 */
public final class ForwardPassCostEncoder implements EncodeRelevancePort {
    static final int D = 64;
    static final int HEADS = 4;
    static final int FEATURES = 19;
    private final double[][] wIn;
    private final double[][][] wq;
    private final double[][][] wk;
    private final double[][][] wv;
    private final double[][][] wo;
    private final double[][][] w1;
    private final double[][][] w2;
    private final double[] wOut;
    private final int blocks;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public ForwardPassCostEncoder(int blocks, long seed) {
        this.blocks = blocks;
        Random rnd = new Random(seed);
        wIn = matrix(rnd, FEATURES, D);
        wq = new double[blocks][][];
        wk = new double[blocks][][];
        wv = new double[blocks][][];
        wo = new double[blocks][][];
        w1 = new double[blocks][][];
        w2 = new double[blocks][][];
        for (int b = 0; b < blocks; b++) {
            wq[b] = matrix(rnd, D, D);
            wk[b] = matrix(rnd, D, D);
            wv[b] = matrix(rnd, D, D);
            wo[b] = matrix(rnd, D, D);
            w1[b] = matrix(rnd, D, 2 * D);
            w2[b] = matrix(rnd, 2 * D, D);
        }
        wOut = matrix(rnd, 1, D)[0];
    }

    @Override
    public Either<String, List<Relevance>> encode(Session session, List<Set<ObjectiveId>> labels) {
        int n = session.candidates().size();
        Scratch s = scratch.get().ensure(n);
        for (int i = 0; i < n; i++) {
            features(session.candidates().get(i), labels.get(i), s.in[i]);
        }
        matmul(s.in, wIn, s.x, n);
        for (int b = 0; b < blocks; b++) {
            matmul(s.x, wq[b], s.q, n);
            matmul(s.x, wk[b], s.k, n);
            matmul(s.x, wv[b], s.v, n);
            attention(s, n);
            matmul(s.att, wo[b], s.tmp, n);
            addAndNormalise(s.x, s.tmp, n);
            matmul(s.x, w1[b], s.hidden, n);
            relu(s.hidden, n);
            matmul(s.hidden, w2[b], s.tmp, n);
            addAndNormalise(s.x, s.tmp, n);
        }
        List<Relevance> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double logit = 0;
            for (int j = 0; j < D; j++) {
                logit += s.x[i][j] * wOut[j];
            }
            out.add(Relevance.of(1 / (1 + Math.exp(-logit))));
        }
        return Either.right(out);
    }

    private static void features(Candidate c, Set<ObjectiveId> labels, double[] f) {
        long h = c.track().value().hashCode() * 0x9E3779B97F4A7C15L;
        for (int j = 0; j < FEATURES - 3; j++) {
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            f[j] = ((h >>> 11) * 0x1.0p-53) * 2 - 1;
        }
        f[FEATURES - 3] = labels.contains(ObjectiveId.DISCOVERY) ? 1 : 0;
        f[FEATURES - 2] = labels.contains(ObjectiveId.EXPOSURE) ? 1 : 0;
        f[FEATURES - 1] = labels.contains(ObjectiveId.BOOST) ? 1 : 0;
    }

    /** out[0..n) = a[0..n) · w, row by row; the inner loop runs over contiguous memory so the JIT can vectorise it. */
    private static void matmul(double[][] a, double[][] w, double[][] out, int n) {
        int inner = w.length;
        int cols = w[0].length;
        for (int i = 0; i < n; i++) {
            double[] o = out[i];
            java.util.Arrays.fill(o, 0, cols, 0);
            double[] ai = a[i];
            for (int k = 0; k < inner; k++) {
                double aik = ai[k];
                double[] wk = w[k];
                for (int j = 0; j < cols; j++) {
                    o[j] += aik * wk[j];
                }
            }
        }
    }

    private static void attention(Scratch s, int n) {
        int p = D / HEADS;
        double scale = 1 / Math.sqrt(p);
        for (int h = 0; h < HEADS; h++) {
            int off = h * p;
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    double dot = 0;
                    for (int c = 0; c < p; c++) {
                        dot += s.q[i][off + c] * s.k[j][off + c];
                    }
                    s.scores[j] = dot * scale;
                    max = Math.max(max, s.scores[j]);
                }
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    s.scores[j] = Math.exp(s.scores[j] - max);
                    sum += s.scores[j];
                }
                double[] row = s.att[i];
                java.util.Arrays.fill(row, off, off + p, 0);
                for (int j = 0; j < n; j++) {
                    double w = s.scores[j] / sum;
                    double[] vj = s.v[j];
                    for (int c = 0; c < p; c++) {
                        row[off + c] += w * vj[off + c];
                    }
                }
            }
        }
    }

    private static void addAndNormalise(double[][] x, double[][] delta, int n) {
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (int j = 0; j < D; j++) {
                x[i][j] += delta[i][j];
                mean += x[i][j];
            }
            mean /= D;
            double var = 0;
            for (int j = 0; j < D; j++) {
                double c = x[i][j] - mean;
                var += c * c;
            }
            double inv = 1 / Math.sqrt(var / D + 1e-5);
            for (int j = 0; j < D; j++) {
                x[i][j] = (x[i][j] - mean) * inv;
            }
        }
    }

    private static void relu(double[][] a, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < a[i].length; j++) {
                a[i][j] = Math.max(0, a[i][j]);
            }
        }
    }

    private static double[][] matrix(Random rnd, int rows, int cols) {
        double[][] m = new double[rows][cols];
        double s = 1 / Math.sqrt(rows);
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = rnd.nextGaussian() * s;
            }
        }
        return m;
    }

    /** Per-thread buffers, grown to the largest set seen, so that a forward pass allocates nothing but its result. */
    private static final class Scratch {
        double[][] in = new double[0][];
        double[][] x;
        double[][] q;
        double[][] k;
        double[][] v;
        double[][] att;
        double[][] tmp;
        double[][] hidden;
        double[] scores;

        Scratch ensure(int n) {
            if (in.length < n) {
                in = new double[n][FEATURES];
                x = new double[n][D];
                q = new double[n][D];
                k = new double[n][D];
                v = new double[n][D];
                att = new double[n][D];
                tmp = new double[n][D];
                hidden = new double[n][2 * D];
                scores = new double[n];
            }
            return this;
        }
    }
}
