package org.zhtext.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The build step that rewrites picocli's Java 5 class files (pom.xml, process-classes). */
class ModernClassFilesTest {
    /** picocli's own jar (the original class files), found from the class path. */
    private static Path picocliJar() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String n = p.getFileName() == null ? "" : p.getFileName().toString();
            if (n.startsWith("picocli-") && n.endsWith(".jar") && !n.contains("codegen")) return p;
        }
        throw new IllegalStateException("picocli's jar is not on the test class path");
    }

    private static int major(byte[] classFile) {
        return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
    }

    @Test
    void everyRewrittenClassIsAJava8ClassFileThatVerifiesAndInitializes() throws Exception {
        Path jar = picocliJar();
        Map<String, byte[]> rewritten = new HashMap<>();
        int old = 0;
        try (JarFile jf = new JarFile(jar.toFile());
                URLClassLoader original = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.getName().startsWith("picocli/") || !entry.getName().endsWith(".class")) continue;
                byte[] b;
                try (InputStream in = jf.getInputStream(entry)) {
                    b = in.readAllBytes();
                }
                if (major(b) < 50) old++;
                byte[] m = ModernClassFiles.modern(b, original);
                assertEquals(52, major(m), entry.getName());
                rewritten.put(entry.getName().replace('/', '.').replace(".class", ""), m);
            }
        }
        assertTrue(old > 100, "picocli ships Java 5 class files (" + old + "): the reason for the step");
        // a loader of the rewritten files only: each class is verified (stack map frames checked) when linked
        ClassLoader loader = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = rewritten.get(name);
                if (b == null) throw new ClassNotFoundException(name);
                return defineClass(name, b, 0, b.length);
            }
        };
        for (String name : rewritten.keySet()) {
            Class<?> c = Class.forName(name, true, loader);
            assertEquals(loader, c.getClassLoader(), name);
        }
    }

    @Test
    void theBuildPutTheRewrittenPicocliFirstOnTheClassPath() throws IOException, URISyntaxException {
        URL url = picocli.CommandLine.class.getResource("CommandLine.class");
        byte[] b;
        try (InputStream in = url.openStream()) {
            b = in.readAllBytes();
        }
        assertEquals(52, major(b), "picocli.CommandLine as loaded here (" + url + ")");
    }
}
