package org.zhtext.core;

import java.nio.file.Path;

/**
 * One input article: its name as written in records ({@code file}), where it came from (null for stdin),
 * and its original text exactly as decoded (line ends kept, a byte-order mark removed). {@code encodingNote} is
 * null, or a one-line note on a guessed encoding (a short legacy file that both GB18030 and Big5 read
 * plausibly), naming the encoding setting as {@link Setting#OPTION}: the front end says it (the command line on
 * stderr) and goes on.
 */
public record Article(String file, Path source, String text, String encoding, String encodingNote) {
    public Article {
        if (file == null || text == null) throw new NullPointerException("file and text are required");
    }

    public Article(String file, Path source, String text, String encoding) {
        this(file, source, text, encoding, null);
    }

    public static Article of(String file, String text) {
        return new Article(file, null, text, "UTF-8");
    }
}
