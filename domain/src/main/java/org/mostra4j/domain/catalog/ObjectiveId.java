package org.mostra4j.domain.catalog;

import java.util.regex.Pattern;

/** Name of an objective, e.g. {@code discovery}: lower-case letters, digits, '-' and '_', starting with a letter. */
public record ObjectiveId(String value) implements Comparable<ObjectiveId> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    public static final ObjectiveId DISCOVERY = new ObjectiveId("discovery");
    public static final ObjectiveId EXPOSURE = new ObjectiveId("exposure");
    public static final ObjectiveId BOOST = new ObjectiveId("boost");

    public ObjectiveId {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("objective id must match " + NAME.pattern() + ", was '" + value + "'");
        }
    }

    public static ObjectiveId of(String value) {
        return new ObjectiveId(value);
    }

    public static boolean isValid(String value) {
        return value != null && NAME.matcher(value).matches();
    }

    @Override
    public int compareTo(ObjectiveId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
