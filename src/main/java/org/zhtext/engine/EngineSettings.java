package org.zhtext.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an engine is built with besides the user lexicon.
 *
 * @param standard the segmentation standard (word conventions; an engine that has none ignores it)
 * @param options  the values of the engine options given ({@link EngineProvider#options}, by name); an option not
 *                 given is absent
 * @param verbose  whether the engine's libraries may log to stderr
 */
public record EngineSettings(String standard, Map<String, String> options, boolean verbose) {
    public EngineSettings {
        options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** The value given for {@code option}, or null. */
    public String value(EngineOption option) {
        return options.get(option.name());
    }

    /** The value given for {@code option} as a path, or null. */
    public Path path(EngineOption option) {
        String v = value(option);
        return v == null ? null : Path.of(v);
    }
}
