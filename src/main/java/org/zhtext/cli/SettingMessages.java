package org.zhtext.cli;

import org.zhtext.core.Setting;
import org.zhtext.core.SettingError;
import org.zhtext.pipeline.Errors;

/** The one place where errors about a user setting ({@link Setting}) are worded with zhtext's options. */
final class SettingMessages {
    private SettingMessages() {}

    /** The message of an error for stderr: with the option that gave the setting, when it is about one. */
    static String of(Exception e) {
        if (e instanceof SettingError s && s.setting() != null) return word(s.setting(), s.detail());
        return e.getMessage();
    }

    /** The one-line message of a failed input for stderr and error records ({@link Errors#oneLine}, worded here). */
    static String oneLine(Throwable e) {
        if (e instanceof SettingError s && s.setting() != null) return word(s.setting(), s.detail()).replaceAll("[\\r\\n]+", " ").strip();
        if (e instanceof OutOfMemoryError) return word(Setting.MAX_CHARS, "out of memory while processing this input (give java a larger -Xmx, or lower " + Setting.OPTION + ")");
        return Errors.oneLine(e);
    }

    /** The option that gives a setting. */
    static String option(Setting setting) {
        return switch (setting) {
            case ENGINE -> "--engine";
            case LEXICON -> "--lexicon";
            case STANDARD -> "--standard";
            case DATES -> "--dates";
            case CORENLP_MODELS -> "--corenlp-models";
            case ENCODING -> "--encoding";
            case MAX_CHARS -> "--max-chars";
            case FILES_FROM -> "--files-from";
        };
    }

    static String word(Setting setting, String detail) {
        if (detail.contains(Setting.OPTION)) return detail.replace(Setting.OPTION, option(setting));
        return switch (setting) {
            case ENGINE -> detail; // "unknown engine 'x' (hanlp, corenlp)"
            case LEXICON -> "--lexicon: " + detail;
            case STANDARD -> "--standard: " + detail;
            case DATES -> "--dates: " + detail;
            case CORENLP_MODELS -> detail + " (or pass --corenlp-models DIR)";
            case ENCODING, MAX_CHARS, FILES_FROM -> option(setting) + ": " + detail;
        };
    }
}
