package org.zhtext.engine;

import org.zhtext.core.Setting;
import org.zhtext.core.SettingError;

/**
 * A missing model, engine or data file: a setup error (exit 2), reported in one line without a stack trace.
 * When it is about a user setting ({@link #setting()}), the message is the setting's {@link Setting#message
 * wording} of {@link #detail()}, which the command line rewords with its option.
 */
public class SetupException extends RuntimeException implements SettingError {
    private final Setting setting;
    private final String detail;
    private final String engineOption;

    public SetupException(String message) {
        this(message, (Throwable) null);
    }

    public SetupException(String message, Throwable cause) {
        super(message, cause);
        this.setting = null;
        this.detail = message;
        this.engineOption = null;
    }

    /** An error about a setting: {@code detail} says what is wrong with it (the offending value included). */
    public SetupException(Setting setting, String detail) {
        this(setting, detail, null);
    }

    public SetupException(Setting setting, String detail, Throwable cause) {
        super(setting.message(detail), cause);
        this.setting = setting;
        this.detail = detail;
        this.engineOption = null;
    }

    /** An error about an engine's own option ({@link Setting#ENGINE_OPTION}): {@code detail} says what is wrong. */
    public SetupException(EngineOption option, String detail) {
        super(Setting.ENGINE_OPTION.message(detail));
        this.setting = Setting.ENGINE_OPTION;
        this.detail = detail;
        this.engineOption = option.name();
    }

    @Override
    public Setting setting() {
        return setting;
    }

    @Override
    public String detail() {
        return detail;
    }

    @Override
    public String engineOption() {
        return engineOption;
    }
}
