package org.mostra4j.canary.names.domain;

/** Canary: a vague suffix. */
public final class TrackUtils {
}
