package org.mostra4j.architecture;

import org.junit.jupiter.api.Test;
import org.mostra4j.canary.adapters.adapters.cli.bootstrap.Wiring;
import org.mostra4j.canary.adapters.adapters.ml.Trainer;
import org.mostra4j.canary.adapters.adapters.spark.ScoreJob;
import org.mostra4j.canary.adapters.adapters.spark.StoreJob;
import org.mostra4j.canary.application.application.LoadPort;
import org.mostra4j.canary.application.application.SequenceService;
import org.mostra4j.canary.cli.adapters.cli.Command;
import org.mostra4j.canary.cli.adapters.http.Endpoint;
import org.mostra4j.canary.domaincycle.domain.catalog.TrackId;
import org.mostra4j.canary.domaincycle.domain.objective.Decorator;
import org.mostra4j.canary.domaincycle.domain.session.Candidate;
import org.mostra4j.canary.innermost.domain.Artist;
import org.mostra4j.canary.innermost.domain.Beam;
import org.mostra4j.canary.innermost.domain.Track;
import org.mostra4j.canary.layercycle.application.SequenceUseCase;
import org.mostra4j.canary.layercycle.domain.Sequence;

class DependencyRulesCanaryTest {

    @Test
    void aDomainClassUsingTheApplicationIsReported() {
        Canary.run("innermost", DependencyRules::domainIsInnermost)
                .reports(Beam.class).spares(Track.class, Artist.class);
    }

    @Test
    void anApplicationClassUsingAnAdapterIsReported() {
        Canary.run("application", DependencyRules::applicationSeesOnlyDomain)
                .reports(SequenceService.class).spares(LoadPort.class);
    }

    @Test
    void anAdapterUsingAnotherAdapterIsReportedButTheCompositionRootIsNot() {
        Canary.run("adapters", DependencyRules::adaptersAreIndependent).reports(Trainer.class, StoreJob.class)
                .spares(Wiring.class, ScoreJob.class,
                        org.mostra4j.canary.adapters.adapters.spark.OracleJob.class);
    }

    @Test
    void anAdapterUsingTheCompositionRootIsReported() {
        Canary.run("cli", DependencyRules::nothingDependsOnTheCompositionRoot)
                .reports(Endpoint.class).spares(Command.class);
    }

    @Test
    void anAdapterUsingTheSparkJobsIsReported() {
        Canary.run("sparkroot", DependencyRules::nothingDependsOnTheSparkJobs)
                .reports(org.mostra4j.canary.sparkroot.adapters.http.Client.class)
                .spares(org.mostra4j.canary.sparkroot.adapters.spark.SparkMain.class);
    }

    @Test
    void aCycleBetweenLayersIsReported() {
        Canary.run("layercycle", DependencyRules::layersAreAcyclic).reports(Sequence.class, SequenceUseCase.class);
    }

    @Test
    void aCycleBetweenDomainPackagesIsReported() {
        Canary.run("domaincycle", DependencyRules::domainPackagesAreAcyclic)
                .reports(Decorator.class, Candidate.class).spares(TrackId.class);
    }
}
