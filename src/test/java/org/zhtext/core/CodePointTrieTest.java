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

    @Test
    void writtenAndReadBackTheTrieAnswersTheSame() throws java.io.IOException {
        CodePointTrie t = trie("關", "关", "關稅", "关税", ASTRAL + "字", "x" + ASTRAL, ASTRAL, "y", "a" + ASTRAL + "b", "c");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        t.write(new java.io.DataOutputStream(bytes));
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes.toByteArray());
        CodePointTrie r = CodePointTrie.read(in);
        assertEquals(bytes.size(), in.position(), "read up to the end of what was written");
        assertEquals(t.size(), r.size());
        for (String s : new String[] {"關稅壁壘", "關", ASTRAL + "字", ASTRAL, "a" + ASTRAL + "b", "a" + ASTRAL, "稅"}) {
            int[] text = s.codePoints().toArray();
            long m = t.longestMatch(text, 0, text.length);
            assertEquals(m, r.longestMatch(text, 0, text.length), s);
            if (m >= 0) assertArrayEquals(t.value((int) m), r.value((int) m));
        }
        for (int cp : new int[] {'關', '稅', 0x20000, '字', 'a', 'b', 'q'}) {
            assertEquals(t.startsWith(cp), r.startsWith(cp));
            assertEquals(t.usesCodePoint(cp), r.usesCodePoint(cp));
        }
        long[] a = new long[1024], b = new long[1024];
        assertEquals(t.addFirstCodePoints(a), r.addFirstCodePoints(b));
        assertArrayEquals(a, b);
    }
}
