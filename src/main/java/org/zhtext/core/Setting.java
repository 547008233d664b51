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
    /** The folder of the CoreNLP models. */
    CORENLP_MODELS(null);

    /** How a message names the setting ({@code lexicon: no such file: x}); null where the detail names it. */
    private final String label;

    Setting(String label) {
        this.label = label;
    }

    /** The message for an error about this setting, named as a library user sees it. */
    public String message(String detail) {
        return label == null ? detail : label + ": " + detail;
    }
}
