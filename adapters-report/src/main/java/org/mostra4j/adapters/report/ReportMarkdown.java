package org.mostra4j.adapters.report;

import java.util.List;
import java.util.Locale;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.Metric;
import org.mostra4j.domain.evaluation.MetricLayout;
import org.mostra4j.domain.evaluation.PolicyResult;
import org.mostra4j.domain.catalog.ObjectiveId;

/** report.md: the tables, what each number means, the assumptions, and the trade-off plots. */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    /** @param plots file names of the trade-off plots, one per objective, in objective order */
    public static String render(EvaluationReport r, List<String> plots) {
        StringBuilder md = new StringBuilder();
        TradeOffCurves curves = TradeOffCurves.of(r);
        md.append("# Counterfactual evaluation\n\n");
        md.append(String.format(Locale.ROOT, "%d held-out sessions re-ordered by %d policies; metrics over the top"
                + " k = %d; %d sessions skipped. Every %% change is against **%s** (Mostra at ε = 0). Intervals are"
                + " bootstrap 95 %% intervals over sessions (%d replicates, seed %d). True satisfaction: %s.%n%n",
                r.sessions(), r.policies().size(), r.k(), r.skipped(), r.reference().display(), r.replicates(), r.seed(),
                r.trueSat() ? "yes (simulator oracle)" : "not available"));
        md.append("## How to read the numbers\n\n");
        for (Metric m : r.metrics()) {
            md.append("- **").append(m.title()).append("** (`").append(m.key()).append("`): ").append(m.meaning())
                    .append(".\n");
        }
        md.append("- **Δ%**: 100 × (policy mean / SAT-only mean − 1); absent when the SAT-only mean is 0.\n");
        md.append("- A policy label `method[knob=value]` is one point of that method's sweep.\n\n");
        md.append("## Assumptions\n\n");
        r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        md.append('\n');
        table(md, r, "## Satisfaction", List.of("sat_predicted", "sat_logged", "sat_true"));
        table(md, r, "## Ranking quality (SAT-NDCG)", List.of("ndcg_predicted", "ndcg_logged", "ndcg_true"));
        List<String> objectiveKeys = new java.util.ArrayList<>();
        r.objectives().forEach(o -> objectiveKeys.add("count_" + o.value()));
        objectiveKeys.add("coverage");
        table(md, r, "## Objectives (count in the top k)", objectiveKeys);
        List<String> shares = r.objectives().stream().map(o -> "share_" + o.value()).toList();
        table(md, r, "## Objectives (share of the top k)", shares);
        diversity(md, r);
        tradeOff(md, r, curves, plots);
        return md.toString();
    }

    /** The Diversity table, only when the report measured GS (an embeddings model was given). */
    private static void diversity(StringBuilder md, EvaluationReport r) {
        if (r.metrics().stream().noneMatch(m -> m.key().equals(MetricLayout.GS))) {
            return;
        }
        table(md, r, "## Diversity (GS of the top k)", List.of(MetricLayout.GS));
        md.append("How to read it: GS is the length of the mean embedding direction of the top k; lower = more"
                + " diverse (tracks spread over the embedding space), higher = more alike. A negative Δ% means more"
                + " diverse than SAT-only.\n\n");
    }

    private static void table(StringBuilder md, EvaluationReport r, String title, List<String> keys) {
        List<Metric> cols = r.metrics().stream().filter(m -> keys.contains(m.key()))
                .filter(m -> r.policies().stream().anyMatch(p -> p.metrics().containsKey(m.key()))).toList();
        md.append(title).append("\n\n");
        if (cols.isEmpty()) {
            md.append("No session supports these metrics.\n\n");
            return;
        }
        md.append("| policy |");
        cols.forEach(m -> md.append(' ').append(m.title()).append(" | Δ% |"));
        md.append("\n|---|");
        cols.forEach(m -> md.append("---:|---:|"));
        md.append('\n');
        for (PolicyResult p : r.policies()) {
            md.append("| ").append(p.label().display()).append(" |");
            for (Metric m : cols) {
                md.append(' ').append(Cells.interval(p.metrics().get(m.key()))).append(" | ")
                        .append(Cells.percentInterval(p.change().get(m.key()))).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static void tradeOff(StringBuilder md, EvaluationReport r, TradeOffCurves curves, List<String> plots) {
        md.append("## Trade-off\n\n");
        md.append("Per objective: objective gain (Δ% of count@").append(r.k()).append(") against SAT loss (−Δ% of ")
                .append(curves.trueSat() ? "true" : "predicted").append(" SAT@").append(r.k())
                .append("), one line per method across its sweep. Up and to the left is better; a method dominates"
                        + " another when, at every SAT loss, it gains at least as much. Settings losing more than "
                        + PlotSpec.MAX_LOSS + " % SAT are left off the plots (they are in the tables).\n\n");
        for (String plot : plots) {
            md.append("![").append(plot).append("](").append(plot).append(")\n\n");
        }
        md.append("Best gain (%) of each method among its settings losing at most the given % of SAT:\n\n");
        for (ObjectiveId o : r.objectives()) {
            md.append("### ").append(o.value()).append("\n\n| method |");
            TradeOffCurves.BUDGETS.forEach(b -> md.append(" loss ≤ ").append(b).append("% |"));
            md.append("\n|---|");
            TradeOffCurves.BUDGETS.forEach(b -> md.append("---:|"));
            md.append('\n');
            for (String method : curves.curves().get(o).keySet()) {
                md.append("| ").append(method).append(" |");
                for (double b : TradeOffCurves.BUDGETS) {
                    md.append(' ').append(curves.best(o, method, b).map(p -> Cells.number(p.gain())).orElse(Cells.NONE))
                            .append(" |");
                }
                md.append('\n');
            }
            md.append('\n');
        }
        choosing(md, curves);
    }

    /** Per objective and SAT-loss budget, the single setting with the largest gain. */
    private static void choosing(StringBuilder md, TradeOffCurves curves) {
        md.append("## Choosing a setting\n\n");
        md.append("The setting with the largest gain within each SAT-loss budget (point estimates; check the"
                + " intervals in the tables before deciding):\n\n");
        curves.curves().forEach((objective, methods) -> {
            md.append("- **").append(objective.value()).append("**:");
            for (double budget : TradeOffCurves.BUDGETS) {
                methods.keySet().stream().flatMap(m -> curves.best(objective, m, budget).stream())
                        .max(java.util.Comparator.comparingDouble(TradeOffCurves.Point::gain)
                                .thenComparing(TradeOffCurves.Point::policy, java.util.Comparator.reverseOrder()))
                        .ifPresent(p -> md.append(String.format(Locale.ROOT, " loss ≤ %s%%: %s (%+.1f%%, loss %.2f%%);",
                                budget, p.policy(), p.gain(), p.satLoss())));
            }
            md.append('\n');
        });
        md.append('\n');
    }
}
