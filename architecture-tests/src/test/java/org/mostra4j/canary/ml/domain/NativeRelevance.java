package org.mostra4j.canary.ml.domain;

import org.bytedeco.javacpp.Pointer;

/** Canary: native memory in the domain. */
public final class NativeRelevance {
    Pointer scores;
}
