package org.mostra4j.domain.evaluation;

/**
 * One reported metric.
 *
 * @param key     machine name, e.g. {@code sat_true}, {@code count_exposure}
 * @param title   short column title, e.g. {@code SAT@k (true)}
 * @param meaning one sentence a reader needs to interpret the number
 */
public record Metric(String key, String title, String meaning) {
    public Metric {
        if (key == null || key.isBlank() || title == null || meaning == null) {
            throw new IllegalArgumentException("metric needs a key, a title and a meaning, was " + key);
        }
    }
}
