package org.zhtext.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

/** What the harnesses share: turning fuzzer bytes into text, and the span invariant. */
final class FuzzText {
    private FuzzText() {}

    /**
     * The fuzzer's bytes as text. Mostly UTF-8 (seed files are plain UTF-8 articles, and byte mutations of
     * them stay Chinese-like); when the first byte is 0xFF, the rest as UTF-16LE kept raw, so unpaired
     * surrogates reach the code too (Java strings allow them, though no decoder of zhtext yields one).
     */
    static String text(byte[] data) {
        if (data.length > 0 && (data[0] & 0xff) == 0xFF) {
            char[] c = new char[(data.length - 1) / 2];
            for (int i = 0; i < c.length; i++) c[i] = (char) ((data[1 + 2 * i] & 0xff) | (data[2 + 2 * i] & 0xff) << 8);
            return new String(c);
        }
        return new String(data, StandardCharsets.UTF_8);
    }

    /** A span [start, end) in code points lies within the text and slices it to {@code text}. */
    static void assertSpan(String original, int start, int end, String text, String what) {
        int length = original.codePointCount(0, original.length());
        assertTrue(0 <= start && start <= end && end <= length, what + ": span [" + start + ", " + end + ") outside 0.." + length);
        int s = original.offsetByCodePoints(0, start);
        int e = original.offsetByCodePoints(s, end - start);
        assertEquals(original.substring(s, e), text, what + ": text differs from the original at [" + start + ", " + end + ")");
    }
}
