package org.mostra4j.canary.names.domain;

/** Fixture: a word that merely ends in "data" is fine (the check is case-sensitive). */
public record Metadata(String tag) {
}
