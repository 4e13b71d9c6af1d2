package org.mostra4j.adapters.persistence;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportFailure;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
import org.mostra4j.adapters.persistence.importing.LastFmImporter;
import org.mostra4j.adapters.persistence.importing.MssdImporter;
import org.mostra4j.application.port.out.ImportDatasetPort;

/** {@link ImportDatasetPort} over the three importers of this adapter. */
public final class DuckDbImportAdapter implements ImportDatasetPort {
    private final DuckDbStore store;

    @Inject
    public DuckDbImportAdapter(DuckDbStore store) {
        this.store = store;
    }

    @Override
    public Either<Rejected, Imported> importDataset(Source source, Limits limits, Consumer<String> progress) {
        ImportOptions options = new ImportOptions(limits.maxErrors(), limits.rejectsFile(), progress);
        Either<ImportFailure, ImportSummary> result;
        if (source instanceof Canonical c) {
            result = new CanonicalImporter(store).importFolder(c.dir(), options);
        } else if (source instanceof Mssd m) {
            result = new MssdImporter(store).importLog(m.log(),
                    new MssdImporter.Extras(m.features(), m.boosts(), m.emergingPercentile()), options);
        } else {
            LastFm l = (LastFm) source;
            result = new LastFmImporter(store).importLog(l.log(), l.gap(), options);
        }
        return result.bimap(
                f -> new Rejected(f.problems().stream().map(Object::toString).toList(), f.reason()),
                s -> new Imported(s.rowsAdded(), s.inputRows(), s.rejected(), s.rejectsFile()));
    }
}
