package org.zhtext.cli;

import org.zhtext.core.Setting;
import org.zhtext.core.SettingError;
import org.zhtext.engine.EngineOption;
import org.zhtext.pipeline.EngineRegistry;
import org.zhtext.pipeline.ErrorMessages;

/** The one place where errors about a user setting ({@link Setting}) are worded with zhtext's options. */
final class SettingMessages {
    private SettingMessages() {}

    /** The message of an error for stderr: with the option that gave the setting, when it is about one. */
    static String of(Exception e) {
        if (e instanceof SettingError s && s.setting() != null) return word(s);
        return e.getMessage();
    }

    /** The one-line message of a failed input for stderr and error records ({@link ErrorMessages#oneLine}, worded here). */
    static String oneLine(Throwable e) {
        if (e instanceof SettingError s && s.setting() != null) return word(s).replaceAll("[\\r\\n]+", " ").strip();
        if (e instanceof OutOfMemoryError) return word(Setting.MAX_CHARS, "out of memory while processing this input (give java a larger -Xmx, or lower " + Setting.OPTION + ")");
        return ErrorMessages.oneLine(e);
    }

    /** The option that gives a setting. */
    static String option(Setting setting) {
        return switch (setting) {
            case ENGINE -> "--engine";
            case LEXICON -> "--lexicon";
            case STANDARD -> "--standard";
            case DATES -> "--dates";
            case ENGINE_OPTION -> "--engine";
            case ENCODING -> "--encoding";
            case MAX_CHARS -> "--max-chars";
            case FILES_FROM -> "--files-from";
        };
    }

    /** An error's message worded with its option; an engine's own option by its name and parameter. */
    static String word(SettingError e) {
        if (e.setting() == Setting.ENGINE_OPTION && e.engineOption() != null) {
            for (EngineOption o : EngineRegistry.options()) {
                if (o.name().equals(e.engineOption())) {
                    String option = "--" + o.name();
                    if (e.detail().contains(Setting.OPTION)) return e.detail().replace(Setting.OPTION, option);
                    return e.detail() + " (or pass " + option + " " + o.paramLabel() + ")";
                }
            }
        }
        return word(e.setting(), e.detail());
    }

    static String word(Setting setting, String detail) {
        if (detail.contains(Setting.OPTION)) return detail.replace(Setting.OPTION, option(setting));
        return switch (setting) {
            case ENGINE -> detail; // "unknown engine 'x' (hanlp, corenlp)"
            case LEXICON -> "--lexicon: " + detail;
            case STANDARD -> "--standard: " + detail;
            case DATES -> "--dates: " + detail;
            case ENGINE_OPTION -> detail;
            case ENCODING, MAX_CHARS, FILES_FROM -> option(setting) + ": " + detail;
        };
    }
}
