package org.mostra4j.adapters.persistence;

import java.nio.file.Path;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportOptions;

/**
 * Run in a child JVM by the robustness tests. {@code hold DB}: opens the store, prints OPEN and waits.
 * {@code import DB DIR STEP}: imports DIR, printing each progress step; on the step starting with STEP it
 * prints PAUSED and waits (inside the open transaction) to be killed.
 */
public final class ChildProcessImport {
    private ChildProcessImport() {
    }

    public static void main(String[] args) throws Exception {
        DuckDbStore store = DuckDbStore.open(StoreOptions.at(Path.of(args[1])));
        if (args[0].equals("hold")) {
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(120_000);
            return;
        }
        String pauseAt = args[3];
        new CanonicalImporter(store).importFolder(Path.of(args[2]), ImportOptions.strict().withProgress(step -> {
            System.out.println(step);
            System.out.flush();
            if (step.startsWith(pauseAt)) {
                System.out.println("PAUSED");
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        System.out.println("DONE");
    }

    static Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] cmd = new String[args.length + 5];
        cmd[0] = java;
        cmd[1] = "-Xmx256m";
        cmd[2] = "-cp";
        cmd[3] = System.getProperty("java.class.path");
        cmd[4] = ChildProcessImport.class.getName();
        System.arraycopy(args, 0, cmd, 5, args.length);
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line equal to {@code marker}; fails if the child ends first. */
    static void awaitLine(Process p, String marker) throws Exception {
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        StringBuilder seen = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            seen.append(line).append('\n');
            if (line.equals(marker)) {
                return;
            }
        }
        throw new AssertionError("child ended before printing " + marker + ":\n" + seen);
    }
}
