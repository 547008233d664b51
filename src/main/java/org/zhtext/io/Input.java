package org.zhtext.io;

import java.nio.file.Path;

/**
 * One input to read: {@code file} is its name in records (the path as given, or the given directory joined
 * with the path below it; {@code -} for stdin), {@code path} is null for stdin, {@code relative} is its path
 * below the directory it was found in (its file name when given directly), used by {@code --output-dir}.
 */
public record Input(String file, Path path, Path relative) {
    public static final String STDIN = "-";

    public static Input stdin() {
        return new Input(STDIN, null, Path.of("stdin.txt"));
    }

    public boolean isStdin() {
        return path == null;
    }
}
