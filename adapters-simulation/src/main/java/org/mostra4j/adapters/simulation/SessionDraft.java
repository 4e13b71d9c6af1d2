package org.mostra4j.adapters.simulation;

/**
 * One generated session, in a reusable buffer (the generator fills it a million times without
 * allocating): user, day, candidates in logged order, their objective flags, true completion
 * probabilities and drawn SAT labels.
 */
final class SessionDraft {
    long index;
    int user;
    int day;
    int size;
    final int[] tracks;
    final boolean[] discovery;
    final boolean[] exposure;
    final boolean[] boost;
    final double[] probability;
    final boolean[] sat;

    SessionDraft(int capacity) {
        tracks = new int[capacity];
        discovery = new boolean[capacity];
        exposure = new boolean[capacity];
        boost = new boolean[capacity];
        probability = new double[capacity];
        sat = new boolean[capacity];
    }

    int count(boolean[] flags) {
        int c = 0;
        for (int i = 0; i < size; i++) {
            if (flags[i]) {
                c++;
            }
        }
        return c;
    }

    boolean contains(int track, int upTo) {
        for (int i = 0; i < upTo; i++) {
            if (tracks[i] == track) {
                return true;
            }
        }
        return false;
    }
}
