package org.zhtext.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointTrieTest {
    private static final String ASTRAL = new String(Character.toChars(0x20000)); // 𠀀

    private static CodePointTrie trie(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return CodePointTrie.of(m);
    }

    @Test
    void longestMatchTakesTheLongestKeyAtAPosition() {
        CodePointTrie t = trie("關", "关", "關稅", "关税", "關稅壁壘", "关税壁垒");
        int[] text = "對關稅壁壘".codePoints().toArray();
        long m = t.longestMatch(text, 1, text.length);
        assertEquals(4, (int) (m >>> 32));
        assertArrayEquals("关税壁垒".codePoints().toArray(), t.value((int) m));
        assertEquals(-1L, t.longestMatch(text, 0, text.length));
        assertEquals(2, (int) (t.longestMatch(text, 1, 3) >>> 32), "the match ends by the given end");
    }

    @Test
    void startsWithAgreesWithTheKeysFirstCodePointsInAndBeyondTheBmp() {
        CodePointTrie t = trie("關稅", "关税", ASTRAL + "字", "x", "A", "a");
        assertTrue(t.startsWith('關'));
        assertTrue(t.startsWith('A'));
        assertTrue(t.startsWith(0x20000));
        assertFalse(t.startsWith('稅'), "second characters start no key");
        assertFalse(t.startsWith(0x20001));
        Random r = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            int cp = r.nextInt(0x30000);
            boolean expected = cp == '關' || cp == 'A' || cp == 0x20000;
            assertEquals(expected, t.startsWith(cp), "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void firstCodePointBitsAreAddedAndAstralFirstsReported() {
        long[] bits = new long[0x10000 / 64];
        assertFalse(trie("關", "关").addFirstCodePoints(bits));
        assertTrue(trie(ASTRAL, "x").addFirstCodePoints(bits));
        assertTrue((bits['關' >>> 6] & (1L << '關')) != 0);
        assertEquals(1, java.util.Arrays.stream(bits).map(Long::bitCount).sum());
    }
}
