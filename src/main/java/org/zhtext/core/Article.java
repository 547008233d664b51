package org.zhtext.core;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One input article: its name as written in records ({@code file}), where it came from (null for stdin),
 * and its original text exactly as decoded (line ends kept, a byte-order mark removed). {@code encodingNote} is
 * null, or a one-line note on a guessed encoding (a short legacy file that both GB18030 and Big5 read
 * plausibly), naming the encoding setting as {@link Setting#OPTION}: the front end says it (the command line on
 * stderr) and goes on. {@code published} is the publication date an HTML page's metadata states, or null.
 */
public record Article(String file, Path source, String text, String encoding, String encodingNote, LocalDate published) {
    public Article {
        if (file == null || text == null) throw new NullPointerException("file and text are required");
    }

    public Article(String file, Path source, String text, String encoding, String encodingNote) {
        this(file, source, text, encoding, encodingNote, null);
    }

    public Article(String file, Path source, String text, String encoding) {
        this(file, source, text, encoding, null, null);
    }

    public static Article of(String file, String text) {
        return new Article(file, null, text, "UTF-8");
    }
}
