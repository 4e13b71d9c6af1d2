package org.mostra4j.adapters.report;

import java.util.List;

/**
 * The Okabe–Ito palette (Okabe &amp; Ito, "Color Universal Design", 2008): eight colours that stay apart for the
 * common forms of colour blindness. Ordered so that the first series get the colours that read best on white;
 * yellow, the faintest, comes last. Every chart also marks each series with its own symbol, so colour is never
 * the only cue.
 */
public final class Palette {
    /** blue, vermillion, bluish green, orange, reddish purple, sky blue, black, yellow. */
    public static final List<String> OKABE_ITO = List.of("#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7",
            "#56B4E9", "#000000", "#F0E442");

    private Palette() {
    }

    /** The colour of the {@code i}-th series (wrapping round after eight). */
    public static String colour(int i) {
        return OKABE_ITO.get(Math.floorMod(i, OKABE_ITO.size()));
    }

    static java.awt.Color awt(int i) {
        return java.awt.Color.decode(colour(i));
    }

    /** Solid for the first eight series, then dashed, then dotted: a repeated colour never looks the same. */
    static java.awt.BasicStroke stroke(int i) {
        int cycle = Math.floorMod(i / OKABE_ITO.size(), 3);
        float[] dash = cycle == 0 ? null : cycle == 1 ? new float[] {8f, 4f} : new float[] {2f, 3f};
        return new java.awt.BasicStroke(2.0f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }
}
