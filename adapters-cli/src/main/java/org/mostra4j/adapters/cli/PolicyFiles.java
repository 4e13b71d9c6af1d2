package org.mostra4j.adapters.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mostra4j.adapters.http.json.JsonProblem;
import org.mostra4j.adapters.http.json.SessionJson;
import org.mostra4j.application.port.in.PolicySpec;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.ObjectiveCatalogue;

/**
 * Policy files: the {@code policy} object of the session JSON on its own (what {@code tune --out} writes). A file
 * with an unknown knob, an unknown objective or a value out of range is refused, naming the file and the field.
 */
final class PolicyFiles {
    private PolicyFiles() {
    }

    static PolicySpec read(Path file, ObjectiveCatalogue objectives) {
        Set<String> names = objectives.ids().stream().map(ObjectiveId::value).collect(Collectors.toSet());
        PolicySpec spec = SessionJson.parsePolicy(JsonFiles.read(file), names).toEither().getOrElseThrow(problems ->
                new UsageException(problems.map(JsonProblem::toString).map(p -> file + ": " + p)
                        .mkString(System.lineSeparator())));
        spec.resolve().getOrElseThrow(e -> new UsageException(file + ": " + e.message()));
        return spec;
    }

    /** {@code NAME=FILE.json} arguments of {@code serve --policy}, each read and checked. */
    static Map<String, PolicySpec> named(List<String> arguments, ObjectiveCatalogue objectives) {
        Map<String, PolicySpec> out = new LinkedHashMap<>();
        for (String a : arguments) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? "" : a.substring(0, eq);
            if (eq < 1 || eq == a.length() - 1 || !name.matches("[A-Za-z0-9._-]+")) {
                throw new UsageException("--policy: expected NAME=FILE.json with a name of letters, digits, '.', '_'"
                        + " or '-', was '" + a + "'");
            }
            if (out.containsKey(name)) {
                throw new UsageException("--policy: the name '" + name + "' is given twice");
            }
            out.put(name, read(Path.of(a.substring(eq + 1)), objectives));
        }
        return out;
    }
}
