package org.mostra4j.adapters.ml.encoder.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

/** The Vector API kernel's own exp, exp2 and lane sum: accurate, and built from exactly rounded operations only. */
class VectorAffineTest {
    private static final int L = FloatVector.SPECIES_PREFERRED.length();

    @Test
    void exp_is_within_three_ulp_of_math_exp_where_the_result_is_a_normal_float() {
        SplittableRandom r = new SplittableRandom(3);
        float[] x = new float[L];
        float[] y = new float[L];
        double worst = 0;
        for (int round = 0; round < 20_000; round++) {
            for (int i = 0; i < L; i++) {
                x[i] = round < 10 ? (float) (-87.0 + round * 17.5 + i * 0.01) : (float) (r.nextDouble() * 175 - 87);
            }
            VectorAffine.exp(FloatVector.fromArray(FloatVector.SPECIES_PREFERRED, x, 0)).intoArray(y, 0);
            for (int i = 0; i < L; i++) {
                float expected = (float) Math.exp(x[i]);
                worst = Math.max(worst, Math.abs(y[i] - expected) / Math.ulp(expected));
            }
        }
        assertTrue(worst <= 3, "worst error " + worst + " ulp");
        VectorAffine.exp(FloatVector.broadcast(FloatVector.SPECIES_PREFERRED, 0f)).intoArray(y, 0);
        assertEquals(1f, y[0], "e^0 is exactly 1");
        VectorAffine.exp(FloatVector.broadcast(FloatVector.SPECIES_PREFERRED, -1e30f)).intoArray(y, 0);
        assertTrue(y[0] >= 0 && y[0] < 1e-37f, "very negative inputs give (almost) 0, never NaN: " + y[0]);
    }

    @Test
    void exp2_is_within_two_ulp_of_math_pow_over_the_softmax_range_and_exact_at_integers() {
        SplittableRandom r = new SplittableRandom(5);
        float[] x = new float[L];
        float[] y = new float[L];
        double worst = 0;
        for (int round = 0; round < 20_000; round++) {
            for (int i = 0; i < L; i++) {
                x[i] = round % 2 == 0 ? (float) (-r.nextDouble() * 125) : (float) (-r.nextDouble() * 2);
            }
            VectorAffine.exp2(FloatVector.fromArray(FloatVector.SPECIES_PREFERRED, x, 0)).intoArray(y, 0);
            for (int i = 0; i < L; i++) {
                double expected = Math.pow(2.0, x[i]);
                worst = Math.max(worst, Math.abs(y[i] - expected) / Math.ulp((float) expected));
            }
        }
        assertTrue(worst <= 2, "worst error " + worst + " ulp");
        for (int k = 0; k >= -120; k -= 7) {
            VectorAffine.exp2(FloatVector.broadcast(FloatVector.SPECIES_PREFERRED, (float) k)).intoArray(y, 0);
            assertEquals(Math.scalb(1f, k), y[0], "2^" + k + " is exact");
        }
        VectorAffine.exp2(FloatVector.broadcast(FloatVector.SPECIES_PREFERRED, -1e30f)).intoArray(y, 0);
        assertTrue(y[0] > 0 && y[0] < 1e-37f && y[0] >= Float.MIN_NORMAL,
                "very negative inputs give a tiny normal float, never NaN or a subnormal: " + y[0]);
    }

    @Test
    void gemm_gives_every_row_count_and_width_the_bits_of_one_fused_multiply_add_chain_per_output() {
        SplittableRandom r = new SplittableRandom(11);
        VectorAffine kernel = new VectorAffine();
        for (int n : new int[] {L, 2 * L, 4 * L, 8 * L, 12 * L, 4 * L + 3}) {
            for (int m = 1; m <= 27; m++) {
                int k = 1 + r.nextInt(40);
                float[] a = new float[m * k];
                float[] w = new float[k * n];
                float[] bias = new float[n];
                for (int i = 0; i < a.length; i++) {
                    a[i] = (float) (r.nextDouble() * 2 - 1);
                }
                for (int i = 0; i < w.length; i++) {
                    w[i] = (float) (r.nextDouble() * 2 - 1);
                }
                for (int i = 0; i < n; i++) {
                    bias[i] = (float) r.nextDouble();
                }
                float[] out = new float[m * n];
                kernel.gemm(a, 0, k, m, k, w, 0, n, n, bias, out, 0, n);
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        float c = bias[j];
                        for (int kk = 0; kk < k; kk++) {
                            c = Math.fma(a[i * k + kk], w[kk * n + j], c);
                        }
                        assertEquals(c, out[i * n + j], "m " + m + ", n " + n + ", k " + k + ": row " + i + ", column " + j);
                    }
                }
            }
        }
    }

    @Test
    void product_with_relu_gives_every_row_count_and_width_the_bits_of_the_product_then_max_zero() {
        SplittableRandom r = new SplittableRandom(17);
        VectorAffine kernel = new VectorAffine();
        for (int n : new int[] {L, 2 * L, 4 * L, 8 * L, 4 * L + 3}) {
            for (int m = 1; m <= 27; m++) {
                int k = 1 + r.nextInt(40);
                float[] a = new float[m * k];
                float[] w = new float[k * n];
                float[] bias = m % 3 == 0 ? null : new float[n];
                for (int i = 0; i < a.length; i++) {
                    a[i] = (float) (r.nextDouble() * 2 - 1);
                }
                for (int i = 0; i < w.length; i++) {
                    w[i] = (float) (r.nextDouble() * 2 - 1);
                }
                for (int i = 0; bias != null && i < n; i++) {
                    bias[i] = (float) (r.nextDouble() - 0.5);
                }
                float[] out = new float[m * n];
                kernel.applyRelu(a, m, k, w, n, bias, out);
                int negative = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        float c = bias == null ? 0f : bias[j];
                        for (int kk = 0; kk < k; kk++) {
                            c = Math.fma(a[i * k + kk], w[kk * n + j], c);
                        }
                        negative += c < 0 ? 1 : 0;
                        assertEquals(Math.max(c, 0f), out[i * n + j], "m " + m + ", n " + n + ", k " + k + ": row " + i
                                + ", column " + j);
                    }
                }
                assertTrue(m * n < 16 || negative > 0, "the case has negative products for the ReLU to clip");
            }
        }
    }

    @Test
    void column_softmax_over_the_first_columns_equals_the_full_width_one_there_and_leaves_the_rest() {
        SplittableRandom r = new SplittableRandom(19);
        VectorAffine kernel = new VectorAffine();
        int stride = 14 * L;
        for (int rows : new int[] {1, 2, 7, 50}) {
            for (int n = L; n <= stride; n += L) {
                float[] x = new float[rows * stride];
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) (r.nextDouble() * 40 - 30);
                }
                float[] full = x.clone();
                float[] fullSums = new float[stride];
                kernel.softmaxColumns(full, rows, stride, stride, fullSums);
                float[] part = x.clone();
                float[] partSums = new float[stride];
                kernel.softmaxColumns(part, rows, n, stride, partSums);
                for (int row = 0; row < rows; row++) {
                    for (int c = 0; c < stride; c++) {
                        float expected = c < n ? full[row * stride + c] : x[row * stride + c];
                        assertEquals(expected, part[row * stride + c], "rows " + rows + ", n " + n + ": " + row + ", " + c);
                    }
                }
                for (int c = 0; c < stride; c++) {
                    assertEquals(c < n ? fullSums[c] : 0f, partSums[c], "inverse sum of column " + c);
                }
                double sum = 0;
                for (int row = 0; row < rows; row++) {
                    sum += part[row * stride] * partSums[0];
                }
                assertEquals(1.0, sum, 1e-5, "a column's weights times its inverse sum add up to 1");
            }
        }
    }

    @Test
    void transposed_product_gives_every_row_count_and_column_offset_the_bits_of_one_chain_per_output_then_its_scale() {
        SplittableRandom r = new SplittableRandom(13);
        VectorAffine kernel = new VectorAffine();
        for (int n : new int[] {L, 2 * L + 5}) {
            for (int m = 1; m <= 53; m++) {
                int k = 1 + r.nextInt(60);
                int c0 = r.nextInt(3) * m;
                int ldaT = c0 + m + r.nextInt(20);
                float[] aT = new float[k * ldaT];
                float[] w = new float[k * n];
                float[] scale = new float[ldaT];
                for (int i = 0; i < aT.length; i++) {
                    aT[i] = (float) (r.nextDouble() * 2 - 1);
                }
                for (int i = 0; i < w.length; i++) {
                    w[i] = (float) (r.nextDouble() * 2 - 1);
                }
                for (int i = 0; i < scale.length; i++) {
                    scale[i] = (float) r.nextDouble();
                }
                float[] out = new float[m * n];
                kernel.gemmTransposedA(aT, ldaT, c0, m, k, w, 0, n, n, scale, out, 0, n);
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        float c = 0f;
                        for (int kk = 0; kk < k; kk++) {
                            c = Math.fma(aT[kk * ldaT + c0 + i], w[kk * n + j], c);
                        }
                        assertEquals(c * scale[c0 + i], out[i * n + j],
                                "m " + m + ", n " + n + ", k " + k + ", c0 " + c0 + ": row " + i + ", column " + j);
                    }
                }
            }
        }
    }

    @Test
    void layer_norm_of_rows_in_pairs_has_the_bits_of_one_row_at_a_time_and_normalises() {
        SplittableRandom r = new SplittableRandom(13);
        VectorAffine kernel = new VectorAffine();
        for (int d : new int[] {64, 48, 32}) {
            int m = 7;
            float[] h = new float[m * d];
            float[] res = new float[m * d];
            float[] gain = new float[d];
            float[] bias = new float[d];
            for (int i = 0; i < h.length; i++) {
                h[i] = (float) (r.nextDouble() * 6 - 2);
                res[i] = (float) (r.nextDouble() * 2 - 1);
            }
            java.util.Arrays.fill(gain, 1f);
            float[] together = h.clone();
            kernel.addLayerNorm(together, res, m, d, gain, bias, 1e-5f);
            for (int i = 0; i < m; i++) {
                float[] row = java.util.Arrays.copyOfRange(h, i * d, (i + 1) * d);
                kernel.addLayerNorm(row, java.util.Arrays.copyOfRange(res, i * d, (i + 1) * d), 1, d, gain, bias, 1e-5f);
                double mean = 0;
                double sq = 0;
                for (int j = 0; j < d; j++) {
                    assertEquals(row[j], together[i * d + j], "d " + d + ", row " + i + ", column " + j);
                    mean += row[j];
                    sq += row[j] * row[j];
                }
                assertEquals(0, mean / d, 1e-5, "mean of a normalised row");
                assertEquals(1, sq / d, 1e-3, "variance of a normalised row (gain 1, bias 0)");
            }
        }
    }

    @Test
    void lane_sum_adds_in_a_fixed_pairwise_tree() {
        float[] v = new float[L];
        for (int i = 0; i < L; i++) {
            v[i] = i % 3 == 0 ? 1e8f : i + 0.5f;
        }
        // the law: lane i is added to lane i + L/2, then the same on the first half, until one lane is left
        float[] t = v.clone();
        for (int width = L; width > 1; width /= 2) {
            for (int i = 0; i < width / 2; i++) {
                t[i] = t[i] + t[i + width / 2];
            }
        }
        assertEquals(t[0], VectorAffine.laneSum(FloatVector.fromArray(FloatVector.SPECIES_PREFERRED, v, 0),
                new float[L]));
    }
}
