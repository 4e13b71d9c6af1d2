package org.mostra4j.adapters.ml.encoder.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * All parameters of one {@link Architecture}, as float arrays (row-major, C order) keyed by parameter
 * name. Owned copies: {@link #get} hands out the array for reading by the inference path only.
 */
public final class EncoderWeights {
    private final Architecture architecture;
    private final Map<String, float[]> values;

    private EncoderWeights(Architecture architecture, Map<String, float[]> values) {
        this.architecture = architecture;
        this.values = values;
    }

    /**
     * Seeded initialisation: Glorot-uniform matrices, LayerNorm gains 1, biases 0, embeddings
     * uniform in ±0.05.
     */
    public static EncoderWeights initial(Architecture a, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, float[]> v = new LinkedHashMap<>();
        for (Architecture.Parameter p : a.parameters()) {
            float[] x = new float[(int) p.size()];
            String n = p.name();
            if (n.endsWith("_g")) {
                Arrays.fill(x, 1f);
            } else if (n.startsWith("emb_")) {
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) ((random.nextDouble() * 2 - 1) * 0.05);
                }
            } else if (p.shape().length > 1) {
                double limit = Math.sqrt(6.0 / (p.fanIn() + p.fanOut()));
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
                }
            }
            v.put(n, x);
        }
        return new EncoderWeights(a, v);
    }

    /** Weights read back (e.g. from a file or a trained graph); shapes are checked against {@code a}. */
    public static EncoderWeights of(Architecture a, Map<String, float[]> values) {
        Map<String, float[]> v = new LinkedHashMap<>();
        for (Architecture.Parameter p : a.parameters()) {
            float[] x = values.get(p.name());
            if (x == null) {
                throw new IllegalArgumentException("parameter " + p.name() + " is missing");
            }
            if (x.length != p.size()) {
                throw new IllegalArgumentException("parameter " + p.name() + " has " + x.length + " values, expected "
                        + p.size() + " for shape " + Arrays.toString(p.shape()));
            }
            v.put(p.name(), x.clone());
        }
        return new EncoderWeights(a, v);
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The parameter's values; callers must not write to the array. */
    public float[] get(String name) {
        float[] x = values.get(name);
        if (x == null) {
            throw new IllegalArgumentException("no parameter named " + name);
        }
        return x;
    }

    /** Parameter names in file order. */
    public Iterable<String> names() {
        return values.keySet();
    }
}
