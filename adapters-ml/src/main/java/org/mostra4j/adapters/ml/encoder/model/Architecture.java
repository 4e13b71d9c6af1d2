package org.mostra4j.adapters.ml.encoder.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The network's shape. Per candidate the input is [dense features, user embedding, track embedding],
 * projected to {@code dModel}; then {@code blocks} blocks of (multi-head self-attention over the set →
 * residual → LayerNorm → feed-forward → residual → LayerNorm); then a per-candidate head (ReLU layer →
 * logit). With {@code attention == false} the blocks lose their attention sub-layer: that is the
 * per-track MLP baseline on the same features.
 */
public record Architecture(boolean attention, int denseWidth, int userRows, int trackRows, int embedding, int dModel,
        int heads, int blocks, int ffHidden) {
    public Architecture {
        at("denseWidth", denseWidth, 0);
        at("userRows", userRows, 1);
        at("trackRows", trackRows, 1);
        at("embedding", embedding, 1);
        at("dModel", dModel, 1);
        at("heads", heads, 1);
        at("blocks", blocks, 0);
        at("ffHidden", ffHidden, 1);
        if (dModel % heads != 0) {
            throw new IllegalArgumentException("heads (" + heads + ") must divide dModel (" + dModel + ")");
        }
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
        out.add(new Parameter("emb_user", userRows, embedding));
        out.add(new Parameter("emb_track", trackRows, embedding));
        out.add(new Parameter("in_W", inputWidth(), dModel));
        out.add(new Parameter("in_b", dModel));
        for (int b = 0; b < blocks; b++) {
            String p = "b" + b + "_";
            if (attention) {
                out.add(new Parameter(p + "Wq", heads, headWidth(), dModel));
                out.add(new Parameter(p + "Wk", heads, headWidth(), dModel));
                out.add(new Parameter(p + "Wv", heads, headWidth(), dModel));
                out.add(new Parameter(p + "Wo", dModel, dModel));
                out.add(new Parameter(p + "ln1_g", dModel));
                out.add(new Parameter(p + "ln1_b", dModel));
            }
            out.add(new Parameter(p + "ff1_W", dModel, ffHidden));
            out.add(new Parameter(p + "ff1_b", ffHidden));
            out.add(new Parameter(p + "ff2_W", ffHidden, dModel));
            out.add(new Parameter(p + "ff2_b", dModel));
            out.add(new Parameter(p + "ln2_g", dModel));
            out.add(new Parameter(p + "ln2_b", dModel));
        }
        out.add(new Parameter("head_W", dModel, dModel));
        out.add(new Parameter("head_b", dModel));
        out.add(new Parameter("out_W", dModel, 1));
        out.add(new Parameter("out_b", 1));
        return out;
    }

    public long parameterCount() {
        return parameters().stream().mapToLong(Parameter::size).sum();
    }

    /** A named parameter tensor shape. */
    public record Parameter(String name, int... shape) {
        public long size() {
            long s = 1;
            for (int d : shape) {
                s *= d;
            }
            return s;
        }

        /** Fan-in for initialisation: the last-but-one axis of a matrix, the model width for a head tensor. */
        int fanIn() {
            return shape.length == 3 ? shape[2] : shape[0];
        }

        int fanOut() {
            return shape.length == 3 ? shape[1] : shape[shape.length - 1];
        }
    }
}
