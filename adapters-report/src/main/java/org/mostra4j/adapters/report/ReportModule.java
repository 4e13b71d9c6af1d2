package org.mostra4j.adapters.report;

import com.google.inject.AbstractModule;
import org.mostra4j.application.port.out.WriteFrontierReportPort;
import org.mostra4j.application.port.out.WriteReportPort;
import org.mostra4j.application.port.out.WriteTuneReportPort;

/** Guice wiring of the report adapter: reports drawn with JFreeChart (SVG when no PNG can be drawn). */
public final class ReportModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(WriteReportPort.class).toInstance(ReportWriter.withJFreeChart());
        bind(WriteFrontierReportPort.class).toInstance(new FrontierReportWriter(ReportWriter.withJFreeChart()));
        bind(WriteTuneReportPort.class).toInstance(new TuneReportWriter());
    }
}
