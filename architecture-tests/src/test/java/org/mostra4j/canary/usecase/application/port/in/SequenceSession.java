package org.mostra4j.canary.usecase.application.port.in;

/** Canary: an inbound port that does not say it is a use case. */
public interface SequenceSession {
    String sequence(String session);
}
