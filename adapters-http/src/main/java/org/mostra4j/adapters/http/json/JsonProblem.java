package org.mostra4j.adapters.http.json;

/** One problem found in a JSON document: the JSON path at fault and what is wrong there. */
public record JsonProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
