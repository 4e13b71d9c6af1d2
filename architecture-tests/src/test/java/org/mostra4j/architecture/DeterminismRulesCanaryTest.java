package org.mostra4j.architecture;

import org.junit.jupiter.api.Test;
import org.mostra4j.canary.clock.adapters.cli.Progress;
import org.mostra4j.canary.clock.application.Deadline;
import org.mostra4j.canary.clock.application.Stopwatch;
import org.mostra4j.canary.clock.domain.ClockedStamp;
import org.mostra4j.canary.clock.domain.DefaultClock;
import org.mostra4j.canary.clock.domain.Stamp;
import org.mostra4j.canary.clock.domain.Today;
import org.mostra4j.canary.random.adapters.simulation.World;
import org.mostra4j.canary.random.application.RunIds;
import org.mostra4j.canary.random.application.SeededShuffler;
import org.mostra4j.canary.random.application.Shuffler;
import org.mostra4j.canary.random.domain.Coin;
import org.mostra4j.canary.random.domain.Dice;
import org.mostra4j.canary.random.domain.FastDice;
import org.mostra4j.canary.random.domain.SeededDice;
import org.mostra4j.canary.random.domain.Splitter;

class DeterminismRulesCanaryTest {

    @Test
    void systemClockReadsInDomainAndApplicationAreReported() {
        Canary.run("clock", DeterminismRules::noSystemClockInCore)
                .reports(Stamp.class, Today.class, DefaultClock.class, Deadline.class, Stopwatch.class)
                .spares(ClockedStamp.class, Progress.class);
    }

    @Test
    void unseededRandomnessInDomainAndApplicationIsReported() {
        Canary.run("random", DeterminismRules::noUnseededRandomnessInCore)
                .reports(Dice.class, Splitter.class, Coin.class, FastDice.class, Shuffler.class, RunIds.class)
                .spares(SeededDice.class, SeededShuffler.class, World.class);
    }
}
