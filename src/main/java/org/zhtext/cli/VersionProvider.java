package org.zhtext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** zhtext's version and the versions of Java and every engine library, read from the jars' Maven metadata. */
public final class VersionProvider implements IVersionProvider {
    private static final Properties VERSIONS = load();

    @Override
    public String[] getVersion() {
        List<String> v = new ArrayList<>();
        v.add("zhtext " + version());
        v.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        v.add("HanLP " + VERSIONS.getProperty("hanlp", "unknown"));
        v.add("OpenCC4j " + VERSIONS.getProperty("opencc4j", "unknown") + " (conversion data: OpenCC 1.4.2)");
        v.add("Stanford CoreNLP " + VERSIONS.getProperty("corenlp", "unknown") + " (models: zhtext models status)");
        v.add("picocli " + picocli.CommandLine.VERSION);
        return v.toArray(new String[0]);
    }

    public static String version() {
        return VERSIONS.getProperty("zhtext", "unknown");
    }

    /** Versions recorded at build time from the pom (resource filtering). */
    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/zhtext/versions.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // versions stay unknown
        }
        return p;
    }
}
