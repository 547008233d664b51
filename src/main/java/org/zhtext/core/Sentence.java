package org.zhtext.core;

/** A sentence of a text as UTF-16 char indices [start, end) into that text (the splitter's native unit). */
public record Sentence(int index, int start, int end) {
    public String text(String of) {
        return of.substring(start, end);
    }
}
