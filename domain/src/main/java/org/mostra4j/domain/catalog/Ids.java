package org.mostra4j.domain.catalog;

/** Shared guard for string identifiers: non-null, non-blank, no surrounding whitespace. */
final class Ids {
    private Ids() {
    }

    static String require(String kind, String value) {
        if (value == null) {
            throw new IllegalArgumentException(kind + " must not be null");
        }
        if (value.isBlank() || !value.strip().equals(value)) {
            throw new IllegalArgumentException(kind + " must be non-blank without surrounding spaces, was '" + value + "'");
        }
        return value;
    }
}
