package org.zhtext.engine;

/**
 * A setting that one engine declares and reads ({@link EngineProvider#options}): the front end offers it (the
 * command line as {@code --NAME PARAM}, described by {@code description}) and hands its value, as given, to the
 * engine in {@link EngineSettings#options}. Nothing outside the engine's package names it.
 *
 * @param name        the setting's name, lower case with hyphens ({@code corenlp-models}); unique among engines
 * @param paramLabel  what its value is, for the help ({@code DIR})
 * @param description one sentence for the help
 */
public record EngineOption(String name, String paramLabel, String description) {
    public EngineOption {
        if (!name.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("engine option name: " + name);
    }
}
