package org.mostra4j.examples.broaden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.domain.objective.Objective;

/**
 * The plugin as a third party ships it: its compiled classes packed into a jar, loaded by a class loader
 * that sees that jar and the domain but not the plugin's own build output. The ServiceLoader bridge must
 * find "broaden" in the jar alone.
 */
class BroadenJarTest {
    @TempDir
    Path dir;

    @Test
    void theServiceLoaderFindsBroadenInItsOwnJar() throws Exception {
        Path classes = Path.of(Broaden.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = pack(classes, dir.resolve("gs-broaden-objective.jar"));
        ClassLoader withoutPlugin = new HidingClassLoader(BroadenJarTest.class.getClassLoader(), classes.toUri().toURL());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, withoutPlugin)) {
            List<Objective> found = new ArrayList<>();
            ServiceLoader.load(Objective.class, loader).forEach(found::add);
            assertEquals(1, found.size(), "found " + found);
            assertEquals("broaden", found.get(0).id().value());
            assertSame(loader, found.get(0).getClass().getClassLoader(), "loaded from the jar, not the build output");
        }
    }

    private static Path pack(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Delegates to the test class path but hides the plugin's build output (classes and resources). */
    private static final class HidingClassLoader extends ClassLoader {
        private final String hidden;

        HidingClassLoader(ClassLoader parent, URL hiddenRoot) {
            super(parent);
            this.hidden = hiddenRoot.toString();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.mostra4j.examples.")) {
                throw new ClassNotFoundException(name + " is hidden: it must come from the jar");
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            URL url = super.getResource(name);
            return url == null || url.toString().startsWith(hidden) ? null : url;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> visible = new ArrayList<>();
            for (URL url : Collections.list(super.getResources(name))) {
                if (!url.toString().startsWith(hidden)) {
                    visible.add(url);
                }
            }
            return Collections.enumeration(visible);
        }
    }
}
