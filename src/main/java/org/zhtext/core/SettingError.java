package org.zhtext.core;

/**
 * An error about a user setting (a setup, usage or input error): its message is the setting's
 * {@link Setting#message wording} of {@link #detail()}, and a front end rewords it its own way (the command line
 * names its option). Implemented by exceptions; {@link #setting()} is null when the error is about no setting.
 */
public interface SettingError {
    /** The setting the error is about, or null. */
    Setting setting();

    /** What is wrong, without naming the setting (the whole message when there is none). */
    String detail();

    /** For {@link Setting#ENGINE_OPTION}: the name of the engine's option ({@code corenlp-models}); else null. */
    default String engineOption() {
        return null;
    }
}
