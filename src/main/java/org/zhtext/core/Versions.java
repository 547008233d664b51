package org.zhtext.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The versions of zhtext and its libraries recorded at build time from the pom ({@code org/zhtext/versions.properties}). */
public final class Versions {
    private static final Properties VERSIONS = load();

    private Versions() {}

    /** The version recorded under {@code key} ({@code zhtext}, {@code hanlp}, {@code opencc4j}, {@code corenlp}), or "unknown". */
    public static String of(String key) {
        return VERSIONS.getProperty(key, "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/org/zhtext/versions.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // versions stay unknown
        }
        return p;
    }
}
