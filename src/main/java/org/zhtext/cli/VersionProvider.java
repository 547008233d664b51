package org.zhtext.cli;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Versions;
import org.zhtext.engine.EngineProvider;
import org.zhtext.pipeline.EngineRegistry;
import picocli.CommandLine.IVersionProvider;

/** zhtext's version and the versions of Java, every engine's libraries and the other libraries. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        List<String> v = new ArrayList<>();
        v.add("zhtext " + version());
        v.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        for (EngineProvider p : EngineRegistry.providers()) v.addAll(p.versions());
        v.add("OpenCC4j " + Versions.of("opencc4j") + " (conversion data: OpenCC 1.4.2)");
        v.add("picocli " + picocli.CommandLine.VERSION);
        return v.toArray(new String[0]);
    }

    public static String version() {
        return Versions.of("zhtext");
    }
}
