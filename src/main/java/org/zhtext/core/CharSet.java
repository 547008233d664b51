package org.zhtext.core;

/**
 * A fixed set of BMP chars answering membership with one bit test, for the character classes the rules check
 * on every char (a {@code String.indexOf} scan per char showed in profiles). Immutable and thread-safe.
 */
public final class CharSet {
    private final long[] bits = new long[1 << 10];

    private CharSet(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            bits[c >>> 6] |= 1L << c;
        }
    }

    /** The set of the chars of {@code chars}. */
    public static CharSet of(CharSequence chars) {
        return new CharSet(chars);
    }

    public boolean contains(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
