package org.zhtext.core;

/**
 * Converts UTF-16 char indices of one string into Unicode code point indices (the unit of every offset
 * zhtext writes). O(1) per lookup; strings without surrogates (the common case) need no table at all.
 */
public final class CodePointIndex {
    private final String text;
    /** cp[i] = code point index of char index i; null when the text has no surrogate pairs. */
    private final int[] cp;

    private CodePointIndex(String text, int[] cp) {
        this.text = text;
        this.cp = cp;
    }

    public static CodePointIndex of(String text) {
        int n = text.length();
        int firstHigh = -1;
        for (int i = 0; i < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                firstHigh = i;
                break;
            }
        }
        if (firstHigh < 0) return new CodePointIndex(text, null);
        int[] cp = new int[n + 1];
        int c = 0;
        for (int i = 0; i < n; i++) {
            cp[i] = c;
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp[i + 1] = c; // the low half of a pair belongs to the same code point
                i++;
            }
            c++;
        }
        cp[n] = c;
        return new CodePointIndex(text, cp);
    }

    public String text() {
        return text;
    }

    /** Code point index of the char at {@code charIndex} (0..length inclusive). */
    public int toCodePoint(int charIndex) {
        return cp == null ? charIndex : cp[charIndex];
    }

    /** Number of code points in the text. */
    public int length() {
        return cp == null ? text.length() : cp[text.length()];
    }

    public boolean hasSurrogates() {
        return cp != null;
    }
}
