package org.zhtext.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds zhtext's data files (the {@code models/} folder of the project: conversion overrides, lexicons,
 * fetched CoreNLP models). Looked up, first match wins:
 * <ol>
 *   <li>the system property {@code zhtext.models} or the environment variable {@code ZHTEXT_MODELS};</li>
 *   <li>{@code models/} beside the folder holding zhtext.jar (a checkout's {@code target/zhtext.jar} finds the
 *       checkout's {@code models/});</li>
 *   <li>{@code ./models} in the working directory;</li>
 *   <li>the copy packed into the jar under {@code /zhtext-models/} (not CoreNLP's models).</li>
 * </ol>
 * Files on disk are read on every run, so an edited lexicon or override file takes effect at once.
 */
public final class Models {
    private static volatile Path dir;
    private static volatile boolean resolved;

    private Models() {}

    /** The models directory on disk, or null when only the packed copy is available. */
    public static Path dir() {
        if (!resolved) {
            synchronized (Models.class) {
                if (!resolved) {
                    dir = locate();
                    resolved = true;
                }
            }
        }
        return dir;
    }

    /** Overrides the directory (tests, {@code --models}). */
    public static synchronized void setDir(Path d) {
        dir = d;
        resolved = true;
    }

    private static Path locate() {
        String p = System.getProperty("zhtext.models");
        if (p == null || p.isBlank()) p = System.getenv("ZHTEXT_MODELS");
        if (p != null && !p.isBlank()) return Path.of(p);
        try {
            Path jar = Path.of(Models.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/zhtext.jar -> <checkout>/models ; target/classes -> <checkout>/models
            Path base = jar.getParent() == null ? null : jar.getParent().getParent();
            if (base != null && Files.isDirectory(base.resolve("models"))) return base.resolve("models");
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        Path cwd = Path.of("models");
        if (Files.isDirectory(cwd)) return cwd.toAbsolutePath();
        return null;
    }

    /** Opens a data file by its path relative to the models folder; null when it exists nowhere. */
    public static InputStream open(String relative) throws IOException {
        Path d = dir();
        if (d != null) {
            Path f = d.resolve(relative);
            if (Files.isRegularFile(f)) return Files.newInputStream(f);
        }
        return Models.class.getResourceAsStream("/zhtext-models/" + relative);
    }

    /**
     * Lists the data files of a sub-folder (e.g. {@code lexicon}) with the given suffix, sorted by name, as
     * relative paths usable with {@link #open}. On disk when the folder exists there, else the packed index.
     */
    public static List<String> list(String folder, String suffix) throws IOException {
        List<String> out = new ArrayList<>();
        Path d = dir();
        if (d != null && Files.isDirectory(d.resolve(folder))) {
            try (var s = Files.list(d.resolve(folder))) {
                s.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                        .map(f -> folder + "/" + f.getFileName())
                        .sorted()
                        .forEach(out::add);
            }
            return out;
        }
        // the packed copy: the jar's entries under zhtext-models/FOLDER/ (or the folder itself when the classes
        // are a directory, as in tests)
        java.net.URL url = Models.class.getResource("/zhtext-models/" + folder + "/");
        if (url == null) return out;
        try {
            if (url.getProtocol().equals("jar")) {
                var conn = (java.net.JarURLConnection) url.openConnection();
                conn.setUseCaches(false);
                try (var jar = conn.getJarFile()) {
                    String prefix = "zhtext-models/" + folder + "/";
                    jar.stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> n.startsWith(prefix) && n.endsWith(suffix) && n.indexOf('/', prefix.length()) < 0)
                            .forEach(n -> out.add(n.substring("zhtext-models/".length())));
                }
            } else if (url.getProtocol().equals("file")) {
                try (var s = Files.list(Path.of(url.toURI()))) {
                    s.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                            .forEach(f -> out.add(folder + "/" + f.getFileName()));
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot list packed models folder " + folder + ": " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }
}
