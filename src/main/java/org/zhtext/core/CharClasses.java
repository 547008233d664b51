package org.zhtext.core;

/**
 * The characters zhtext treats alike, in one place: whitespace, digits. A rule that needs a class of characters uses
 * one of these; where a step needs a narrower or wider set than {@link #isSpace}, the set is named here, with why.
 */
public final class CharClasses {
    private CharClasses() {}

    /**
     * Whitespace as zhtext treats it: {@link #isTextSpace} and every other character Java's
     * {@link Character#isWhitespace} counts (the other Unicode spaces U+1680, U+2000..U+2006, U+2008..U+200A, U+205F,
     * and the ASCII separators U+001C..U+001F). Never part of a word (HanLP's words, the segmentation scorer).
     */
    public static boolean isSpace(char c) {
        return isTextSpace(c) || Character.isWhitespace(c);
    }

    /** {@link #isSpace} for a code point (no supplementary character is whitespace). */
    public static boolean isSpace(int cp) {
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && isSpace((char) cp);
    }

    /**
     * The whitespace of news text: ASCII whitespace (space, tab, line feed, carriage return, form feed, vertical tab),
     * the ideographic space, the no-break space, the byte-order mark, the line and paragraph separators. Sentences are
     * trimmed of these and a sentence end is followed by one ({@link SentenceSplitter}); narrower than
     * {@link #isSpace}, so that a sentence's offsets stay what they have been.
     */
    public static boolean isTextSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00a0' || c == '\f'
                || c == '\u000b' || c == '\ufeff' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The spaces that may stand inside one figure, between a number and its unit or the parts of a date
     * ({@code 10 月 23 日}): space, ideographic space, no-break space, tab; never a line end.
     */
    public static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t';
    }

    /**
     * Unicode's spaces: Java's {@link Character#isWhitespace} or a space separator ({@link Character#isSpaceChar}:
     * also the no-break spaces U+00A0, U+2007, U+202F; not the byte-order mark). The gaps between CoreNLP's words are
     * split at these (what its tokenizer drops).
     */
    public static boolean isUnicodeSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Space between a number and its scale word ({@code 39.5 亿}): ASCII space, ideographic space, no-break space;
     * no tab or line break, which end the number.
     */
    public static boolean isNumberSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0';
    }

    /** ASCII or full-width decimal digit. */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
