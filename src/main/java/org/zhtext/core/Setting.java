package org.zhtext.core;

/**
 * A user setting that a setup or usage error is about. Errors carry it with the detail of what is wrong, and a
 * front end words the message its own way (the command line names its option); {@link #message} is the
 * wording without one.
 */
public enum Setting {
    /** The engine name. */
    ENGINE(null),
    /** A user lexicon file. */
    LEXICON("lexicon"),
    /** The segmentation standard. */
    STANDARD("standard"),
    /** The table of reference dates. */
    DATES("dates"),
    /** A setting an engine declares (its models folder, say): {@link SettingError#engineOption} names it. */
    ENGINE_OPTION(null),
    /** The encoding forced for inputs (a hint in decoding errors). */
    ENCODING("encoding"),
    /** The most characters an article may have. */
    MAX_CHARS("max-chars"),
    /** The file listing the inputs. */
    FILES_FROM("files-from");

    /**
     * Where a detail names the setting itself, in a hint ({@code use {option} to force another encoding}): the
     * wording puts the setting's name there (the command line its option) instead of in front.
     */
    public static final String OPTION = "{option}";

    /** How a message names the setting ({@code lexicon: no such file: x}); null where the detail names it. */
    private final String label;

    Setting(String label) {
        this.label = label;
    }

    /** The message for an error about this setting, named as a library user sees it. */
    public String message(String detail) {
        if (detail.contains(OPTION)) return detail.replace(OPTION, "the " + label + " setting");
        return label == null ? detail : label + ": " + detail;
    }
}
