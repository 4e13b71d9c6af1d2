package org.mostra4j.adapters.report;

import java.util.Locale;
import org.mostra4j.domain.evaluation.Estimate;

/** Number formatting shared by the text table and report.md; an absent value prints as "–". */
final class Cells {
    static final String NONE = "–";

    private Cells() {
    }

    static String value(Estimate e) {
        return e == null ? NONE : String.format(Locale.ROOT, "%.4f", e.value());
    }

    static String interval(Estimate e) {
        return e == null ? NONE : String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", e.value(), e.low(), e.high());
    }

    static String percent(Estimate e) {
        return e == null ? NONE : String.format(Locale.ROOT, "%+.2f%%", e.value());
    }

    static String percentInterval(Estimate e) {
        return e == null ? NONE : String.format(Locale.ROOT, "%+.2f%% [%+.2f, %+.2f]", e.value(), e.low(), e.high());
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }
}
