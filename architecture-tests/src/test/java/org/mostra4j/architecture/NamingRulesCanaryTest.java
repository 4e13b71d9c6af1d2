package org.mostra4j.architecture;

import org.junit.jupiter.api.Test;
import org.mostra4j.canary.guice.adapters.http.PrivateWiring;
import org.mostra4j.canary.guice.adapters.ml.MlModule;
import org.mostra4j.canary.guice.adapters.ml.Wiring;
import org.mostra4j.canary.names.adapters.ml.ModelInfo;
import org.mostra4j.canary.names.application.SequencerImpl;
import org.mostra4j.canary.names.domain.Metadata;
import org.mostra4j.canary.names.domain.ScoreHelper;
import org.mostra4j.canary.names.domain.SessionManager;
import org.mostra4j.canary.names.domain.Track;
import org.mostra4j.canary.names.domain.TrackUtil;
import org.mostra4j.canary.names.domain.TrackUtils;
import org.mostra4j.canary.port.application.port.out.LoadTracksPort;
import org.mostra4j.canary.port.application.port.out.SessionStore;
import org.mostra4j.canary.port.application.port.out.TrackRow;
import org.mostra4j.canary.usecase.application.port.in.EvaluateUseCase;
import org.mostra4j.canary.usecase.application.port.in.EvaluationError;
import org.mostra4j.canary.usecase.application.port.in.PolicySpec;
import org.mostra4j.canary.usecase.application.port.in.SequenceSession;

class NamingRulesCanaryTest {

    @Test
    void vagueSuffixesAreReportedOnTopLevelAndNestedClasses() {
        Canary.run("names", NamingRules::noVagueNames)
                .reports(SessionManager.class, ScoreHelper.class, TrackUtil.class, TrackUtils.class,
                        SequencerImpl.class, ModelInfo.class, Track.Data.class)
                .spares(Track.class, Metadata.class);
    }

    @Test
    void anInboundPortNotNamedUseCaseIsReported() {
        Canary.run("usecase", NamingRules::inboundPortsAreUseCases)
                .reports(SequenceSession.class)
                .spares(EvaluateUseCase.class, EvaluateUseCase.Listener.class, EvaluationError.class, PolicySpec.class);
    }

    @Test
    void anOutboundPortNotNamedPortIsReported() {
        Canary.run("port", NamingRules::outboundPortsArePorts)
                .reports(SessionStore.class)
                .spares(LoadTracksPort.class, LoadTracksPort.Listener.class, TrackRow.class);
    }

    @Test
    void aGuiceModuleNotNamedModuleIsReported() {
        Canary.run("guice", NamingRules::guiceModulesAreModules)
                .reports(Wiring.class, PrivateWiring.class).spares(MlModule.class);
    }
}
