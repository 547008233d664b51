package org.zhtext.cli;

import org.zhtext.core.Setting;
import org.zhtext.engine.SetupException;
import org.zhtext.io.UsageException;

/** The one place where errors about a user setting ({@link Setting}) are worded with zhtext's options. */
final class SettingMessages {
    private SettingMessages() {}

    /** The message of an error for stderr: with the option that gave the setting, when it is about one. */
    static String of(Exception e) {
        if (e instanceof SetupException s && s.setting() != null) return word(s.setting(), s.detail());
        if (e instanceof UsageException u && u.setting() != null) return word(u.setting(), u.detail());
        return e.getMessage();
    }

    static String word(Setting setting, String detail) {
        return switch (setting) {
            case ENGINE -> detail; // "unknown engine 'x' (hanlp, corenlp)"
            case LEXICON -> "--lexicon: " + detail;
            case STANDARD -> "--standard: " + detail;
            case DATES -> "--dates: " + detail;
            case CORENLP_MODELS -> detail + " (or pass --corenlp-models DIR)";
        };
    }
}
