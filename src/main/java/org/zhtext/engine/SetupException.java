package org.zhtext.engine;

/** A missing model, engine or data file: a setup error (exit 2), reported in one line without a stack trace. */
public class SetupException extends RuntimeException {
    public SetupException(String message) {
        super(message);
    }

    public SetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
