package org.zhtext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** zhtext's version and the versions of Java and every engine library, read from the jars' Maven metadata. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        List<String> v = new ArrayList<>();
        v.add("zhtext " + version());
        v.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        v.add("HanLP " + mavenVersion("com.hankcs", "hanlp"));
        v.add("OpenCC4j " + mavenVersion("com.github.houbb", "opencc4j"));
        v.add("Stanford CoreNLP " + mavenVersion("edu.stanford.nlp", "stanford-corenlp"));
        v.add("picocli " + picocli.CommandLine.VERSION);
        return v.toArray(new String[0]);
    }

    public static String version() {
        String v = mavenVersion("org.zhtext", "zhtext");
        return v.equals("unknown") ? "0.1.0-dev" : v;
    }

    static String mavenVersion(String group, String artifact) {
        String res = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = VersionProvider.class.getResourceAsStream(res)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
