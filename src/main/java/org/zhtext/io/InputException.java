package org.zhtext.io;

/** An input that cannot be read or decoded; its message is one human-readable line (no file name). */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
