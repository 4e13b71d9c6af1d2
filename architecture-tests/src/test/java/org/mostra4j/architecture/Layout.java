package org.mostra4j.architecture;

/**
 * Where the layers live below a root package. The rules are written against a layout rather than against
 * {@code org.mostra4j} directly so that the very same rule objects can be run on a canary fixture tree
 * ({@code org.mostra4j.canary.<rule>.domain…}, {@code ….application…}, {@code ….adapters.<name>…}) laid out
 * like the real code.
 */
record Layout(String root) {

    /** The production code. */
    static final Layout MOSTRA = new Layout("org.mostra4j");

    Layout {
        if (root == null || root.isBlank() || root.endsWith(".")) {
            throw new IllegalArgumentException("root must be a package name, was '" + root + "'");
        }
    }

    /** A fixture tree below {@code org.mostra4j.canary.<name>}. */
    static Layout canary(String name) {
        return new Layout(MOSTRA.root + ".canary." + name);
    }

    String everything() {
        return root + "..";
    }

    String domain() {
        return root + ".domain..";
    }

    String application() {
        return root + ".application..";
    }

    String inboundPorts() {
        return root + ".application.port.in..";
    }

    String outboundPorts() {
        return root + ".application.port.out..";
    }

    String adapter(String name) {
        return root + ".adapters." + name + "..";
    }

    /** The composition root: the only code that may see every adapter. */
    String cli() {
        return adapter("cli");
    }

    /**
     * The second composition root: the Spark jobs, a driving adapter that wires each executor itself and may
     * use the plain-Java encoder of adapters.ml and the report adapter (never the store, the simulator or the
     * HTTP adapter).
     */
    String spark() {
        return adapter("spark");
    }

    /** One slice per package directly below the root: domain, application, adapters. */
    String layerSlices() {
        return root + ".(*)..";
    }

    /** One slice per package directly below the domain: catalog, session, objective, scoring, search, … */
    String domainSlices() {
        return root + ".domain.(*)..";
    }

    /** One slice per adapter: ml, persistence, simulation, http, cli, … */
    String adapterSlices() {
        return root + ".adapters.(*)..";
    }
}
