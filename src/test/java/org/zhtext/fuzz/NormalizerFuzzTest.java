package org.zhtext.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.zhtext.core.Conversion;
import org.zhtext.core.OffsetMap;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * Fuzzes the normalizer with its OffsetMap, for every target with and without phrases: no exception; the map
 * has the lengths of both texts; each normalized code point maps to a non-empty original span within bounds;
 * the distinct spans tile the original left to right, so the original is rebuilt exactly from the map (the
 * round trip); the whole normalized text maps to the whole original; an unchanged conversion is the identity.
 */
class NormalizerFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void convert(byte[] data) {
        String original = FuzzText.text(data);
        for (Target t : Target.values()) {
            for (boolean phrases : new boolean[] {false, true}) {
                check(original, ChineseConverter.get(t, phrases).convert(original), t + (phrases ? "+phrases" : ""));
            }
        }
    }

    private static void check(String original, Conversion c, String label) {
        int[] orig = original.codePoints().toArray();
        OffsetMap map = c.map();
        int normLength = c.text().codePointCount(0, c.text().length());
        assertEquals(normLength, map.normalizedLength(), label + ": normalized length");
        assertEquals(orig.length, map.originalLength(), label + ": original length");
        StringBuilder rebuilt = new StringBuilder(original.length());
        int expected = 0, prevStart = -1, prevEnd = -1;
        for (int i = 0; i < normLength; i++) {
            int[] span = map.toOriginal(i, i + 1);
            assertTrue(0 <= span[0] && span[0] < span[1] && span[1] <= orig.length, label + ": span of " + i + " out of bounds");
            if (span[0] == prevStart && span[1] == prevEnd) continue;
            assertEquals(expected, span[0], label + ": spans do not tile the original");
            rebuilt.append(new String(orig, span[0], span[1] - span[0]));
            expected = span[1];
            prevStart = span[0];
            prevEnd = span[1];
        }
        assertEquals(orig.length, expected, label + ": spans stop short");
        assertEquals(original, rebuilt.toString(), label + ": round trip through the map");
        int[] whole = map.toOriginal(0, normLength);
        assertEquals(0, whole[0], label);
        assertEquals(orig.length, whole[1], label);
        if (c.changedChars() == 0) assertEquals(original, c.text(), label + ": nothing changed but the text differs");
    }
}
