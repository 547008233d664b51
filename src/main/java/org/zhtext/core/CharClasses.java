package org.zhtext.core;

/** Character classes used by segmentation rules and offset handling. */
public final class CharClasses {
    private CharClasses() {}

    /** Whitespace as zhtext treats it: ASCII, ideographic space, no-break space, BOM, line separators. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00a0' || c == '\f'
                || c == '\u000b' || c == '\ufeff' || c == '\u2028' || c == '\u2029' || Character.isWhitespace(c);
    }

    /** ASCII or full-width decimal digit. */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
