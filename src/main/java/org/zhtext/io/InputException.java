package org.zhtext.io;

import org.zhtext.core.Setting;
import org.zhtext.core.SettingError;

/** An input that cannot be read or decoded; its message is one human-readable line (no file name). */
public class InputException extends Exception implements SettingError {
    private final Setting setting;
    private final String detail;

    public InputException(String message) {
        this(message, (Throwable) null);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
        this.setting = null;
        this.detail = message;
    }

    /**
     * An input error whose message points to a setting ({@code detail} holds {@link Setting#OPTION} where it
     * is named): worded by {@link Setting#message}, reworded by the command line with its option.
     */
    public InputException(Setting setting, String detail) {
        super(setting.message(detail));
        this.setting = setting;
        this.detail = detail;
    }

    @Override
    public Setting setting() {
        return setting;
    }

    @Override
    public String detail() {
        return detail;
    }
}
