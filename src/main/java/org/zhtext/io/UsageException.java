package org.zhtext.io;

import org.zhtext.core.Setting;
import org.zhtext.core.SettingError;

/**
 * A usage error found after option parsing (a missing path, a bad option value): exit status 2. When it is
 * about a user setting ({@link #setting()}), the message is the setting's {@link Setting#message wording} of
 * {@link #detail()}, which the command line rewords with its option.
 */
public class UsageException extends RuntimeException implements SettingError {
    private final Setting setting;
    private final String detail;

    public UsageException(String message) {
        super(message);
        this.setting = null;
        this.detail = message;
    }

    /** An error about a setting: {@code detail} says what is wrong with it (the offending value included). */
    public UsageException(Setting setting, String detail) {
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
