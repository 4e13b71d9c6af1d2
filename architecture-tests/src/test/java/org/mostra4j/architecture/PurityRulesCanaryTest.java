package org.mostra4j.architecture;

import org.junit.jupiter.api.Test;
import org.mostra4j.canary.di.domain.Exposure;
import org.mostra4j.canary.di.domain.GuiceObjective;
import org.mostra4j.canary.di.domain.InjectedObjective;
import org.mostra4j.canary.io.domain.BoostList;
import org.mostra4j.canary.io.domain.HistoryFile;
import org.mostra4j.canary.logging.domain.JulSearch;
import org.mostra4j.canary.logging.domain.NoisyScorer;
import org.mostra4j.canary.logging.domain.QuietScorer;
import org.mostra4j.canary.logging.domain.SystemLoggerFilter;
import org.mostra4j.canary.reflection.domain.FieldCopier;
import org.mostra4j.canary.reflection.domain.PluginFinder;
import org.mostra4j.canary.sql.domain.SessionQuery;
import org.mostra4j.canary.threads.domain.BackgroundSearch;
import org.mostra4j.canary.threads.domain.ParallelFilter;
import org.mostra4j.canary.threads.domain.PooledScorer;
import org.mostra4j.canary.threads.domain.SequentialFilter;

class PurityRulesCanaryTest {

    @Test
    void fileAndNetworkAccessInTheDomainIsReported() {
        Canary.run("io", PurityRules::domainDoesNoIo)
                .reports(HistoryFile.class, BoostList.class).spares(org.mostra4j.canary.io.domain.Track.class);
    }

    @Test
    void sqlInTheDomainIsReported() {
        Canary.run("sql", PurityRules::domainUsesNoSql)
                .reports(SessionQuery.class).spares(org.mostra4j.canary.sql.domain.Track.class);
    }

    @Test
    void reflectionAndClassForNameInTheDomainAreReported() {
        Canary.run("reflection", PurityRules::domainUsesNoReflection)
                .reports(PluginFinder.class, FieldCopier.class)
                .spares(org.mostra4j.canary.reflection.domain.Track.class);
    }

    @Test
    void injectionAnnotationsInTheDomainAreReported() {
        Canary.run("di", PurityRules::domainIsFreeOfDependencyInjection)
                .reports(InjectedObjective.class, GuiceObjective.class).spares(Exposure.class);
    }

    @Test
    void loggingInTheDomainIsReported() {
        Canary.run("logging", PurityRules::domainDoesNoLogging)
                .reports(NoisyScorer.class, JulSearch.class, SystemLoggerFilter.class).spares(QuietScorer.class);
    }

    @Test
    void threadsPoolsAndParallelStreamsInTheDomainAreReported() {
        Canary.run("threads", PurityRules::domainStartsNoThreads)
                .reports(BackgroundSearch.class, PooledScorer.class, ParallelFilter.class)
                .spares(SequentialFilter.class);
    }
}
