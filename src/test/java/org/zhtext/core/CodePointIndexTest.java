package org.zhtext.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {
    @Test
    void bmpTextNeedsNoTable() {
        CodePointIndex i = CodePointIndex.of("关税abc");
        assertFalse(i.hasSurrogates());
        assertEquals(3, i.toCodePoint(3));
        assertEquals(5, i.length());
    }

    @Test
    void astralCharactersCountOnce() {
        String t = "a𫜰b😀c";
        CodePointIndex i = CodePointIndex.of(t);
        assertTrue(i.hasSurrogates());
        assertEquals(5, i.length());
        assertEquals(t.codePointCount(0, t.length()), i.length());
        for (int c = 0; c <= t.length(); c++) {
            if (c < t.length() && Character.isLowSurrogate(t.charAt(c))) continue;
            assertEquals(t.codePointCount(0, c), i.toCodePoint(c), "char index " + c);
        }
    }
}
