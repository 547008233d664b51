package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetTest {
    @Test
    void parsesNamesAndAliasesCaseInsensitively() {
        assertEquals(Target.SIMPLIFIED, Target.parse("simplified"));
        assertEquals(Target.SIMPLIFIED, Target.parse("S"));
        assertEquals(Target.SIMPLIFIED, Target.parse("zh-Hans"));
        assertEquals(Target.TRADITIONAL, Target.parse("Traditional"));
        assertEquals(Target.TRADITIONAL, Target.parse("t"));
        assertEquals(Target.TRADITIONAL, Target.parse("ZH-HANT"));
        assertEquals(Target.TW, Target.parse("tw"));
        assertEquals(Target.TW, Target.parse("zh-TW"));
        assertEquals(Target.HK, Target.parse("HK"));
        assertEquals(Target.HK, Target.parse("zh_hk"));
    }

    @Test
    void badNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.parse("cantonese"));
        assertTrue(e.getMessage().contains("cantonese"), e.getMessage());
        for (String n : new String[] {"simplified", "traditional", "tw", "hk", "zh-hans", "zh-hk"}) {
            assertTrue(e.getMessage().contains(n), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Target.parse(null));
    }
}
