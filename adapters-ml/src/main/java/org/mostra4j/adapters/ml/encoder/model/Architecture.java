package org.mostra4j.adapters.ml.encoder.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The network's shape. Per candidate the input is [dense features, user embedding, track embedding],
 * projected to {@code dModel}; then {@code blocks} blocks of (multi-head self-attention over the set →
 * residual → LayerNorm → feed-forward → residual → LayerNorm); then a per-candidate head (ReLU layer →
 * logit). With {@code attention == false} the blocks lose their attention sub-layer: that is the
 * per-track MLP baseline on the same features.
 *
 * <p>With {@code inducingPoints} m &gt; 0 every block is an ISAB (Lee et al. 2019) instead of a SAB: m
 * learned inducing points {@code b<i>_I} [m, dModel] first attend over the set through their own MAB
 * (parameters prefixed {@code b<i>_ind_}), H = MAB(I, X); then the candidates attend over H through the
 * block's usual parameters, out = MAB(X, H). A MAB is attention → residual → LayerNorm → feed-forward →
 * residual → LayerNorm. Older manifests without the field read as 0 (SAB).
 */
public record Architecture(boolean attention, int denseWidth, int userRows, int trackRows, int embedding, int dModel,
        int heads, int blocks, int ffHidden, int inducingPoints) {
    public Architecture {
        at("denseWidth", denseWidth, 0);
        at("userRows", userRows, 1);
        at("trackRows", trackRows, 1);
        at("embedding", embedding, 1);
        at("dModel", dModel, 1);
        at("heads", heads, 1);
        at("blocks", blocks, 0);
        at("ffHidden", ffHidden, 1);
        at("inducingPoints", inducingPoints, 0);
        if (inducingPoints > 0 && !attention) {
            throw new IllegalArgumentException("inducingPoints (" + inducingPoints + ") need attention blocks");
        }
        if (dModel % heads != 0) {
            throw new IllegalArgumentException("heads (" + heads + ") must divide dModel (" + dModel + ")");
        }
    }

    /** Plain SAB blocks (no inducing points). */
    public Architecture(boolean attention, int denseWidth, int userRows, int trackRows, int embedding, int dModel,
            int heads, int blocks, int ffHidden) {
        this(attention, denseWidth, userRows, trackRows, embedding, dModel, heads, blocks, ffHidden, 0);
    }

    private static void at(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
        }
    }

    public int inputWidth() {
        return denseWidth + 2 * embedding;
    }

    public int headWidth() {
        return dModel / heads;
    }

    /** Every parameter with its shape, in a fixed order (the order of the model file). */
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        out.add(Parameter.of("emb_user", userRows, embedding));
        out.add(Parameter.of("emb_track", trackRows, embedding));
        out.add(Parameter.of("in_W", inputWidth(), dModel));
        out.add(Parameter.of("in_b", dModel));
        for (int b = 0; b < blocks; b++) {
            String p = "b" + b + "_";
            if (inducingPoints > 0) {
                out.add(Parameter.of(p + "I", inducingPoints, dModel));
                mab(out, p + "ind_", true);
            }
            mab(out, p, attention);
        }
        out.add(Parameter.of("head_W", dModel, dModel));
        out.add(Parameter.of("head_b", dModel));
        out.add(Parameter.of("out_W", dModel, 1));
        out.add(Parameter.of("out_b", 1));
        return out;
    }

    private void mab(List<Parameter> out, String p, boolean withAttention) {
        if (withAttention) {
            out.add(Parameter.of(p + "Wq", heads, headWidth(), dModel));
            out.add(Parameter.of(p + "Wk", heads, headWidth(), dModel));
            out.add(Parameter.of(p + "Wv", heads, headWidth(), dModel));
            out.add(Parameter.of(p + "Wo", dModel, dModel));
            out.add(Parameter.of(p + "ln1_g", dModel));
            out.add(Parameter.of(p + "ln1_b", dModel));
        }
        out.add(Parameter.of(p + "ff1_W", dModel, ffHidden));
        out.add(Parameter.of(p + "ff1_b", ffHidden));
        out.add(Parameter.of(p + "ff2_W", ffHidden, dModel));
        out.add(Parameter.of(p + "ff2_b", dModel));
        out.add(Parameter.of(p + "ln2_g", dModel));
        out.add(Parameter.of(p + "ln2_b", dModel));
    }

    public long parameterCount() {
        return parameters().stream().mapToLong(Parameter::size).sum();
    }

    /** A named parameter tensor shape. */
    public record Parameter(String name, List<Integer> dims) {
        public Parameter {
            dims = List.copyOf(dims);
        }

        static Parameter of(String name, int... shape) {
            return new Parameter(name, java.util.Arrays.stream(shape).boxed().toList());
        }

        /** The shape as a fresh array. */
        public int[] shape() {
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }

        public long size() {
            long s = 1;
            for (int d : dims) {
                s *= d;
            }
            return s;
        }

        /** Fan-in for initialisation: the last-but-one axis of a matrix, the model width for a head tensor. */
        int fanIn() {
            return dims.size() == 3 ? dims.get(2) : dims.get(0);
        }

        int fanOut() {
            return dims.size() == 3 ? dims.get(1) : dims.get(dims.size() - 1);
        }
    }
}
