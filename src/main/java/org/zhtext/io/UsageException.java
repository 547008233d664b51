package org.zhtext.io;

/** A usage error found after option parsing (a missing path, a bad option value): exit status 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
