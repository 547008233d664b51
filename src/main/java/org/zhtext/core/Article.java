package org.zhtext.core;

import java.nio.file.Path;

/**
 * One input article: its name as written in records ({@code file}), where it came from (null for stdin),
 * and its original text exactly as decoded (line ends kept, a byte-order mark removed).
 */
public record Article(String file, Path source, String text, String encoding) {
    public Article {
        if (file == null || text == null) throw new NullPointerException("file and text are required");
    }

    public static Article of(String file, String text) {
        return new Article(file, null, text, "UTF-8");
    }
}
