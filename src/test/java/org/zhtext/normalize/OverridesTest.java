package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OverridesTest {
    private static Overrides parse(String text) throws Exception {
        return Overrides.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String lookup(Overrides o, Target t, String key) {
        int[] cps = key.codePoints().toArray();
        long m = o.forTarget(t).longestMatch(cps, 0, cps.length);
        return m < 0 || (int) (m >>> 32) != cps.length ? null : new String(o.forTarget(t).value((int) m), 0,
                o.forTarget(t).value((int) m).length);
    }

    @Test
    void readsBomCrlfListsAndAlternatives() throws Exception {
        Overrides o = parse("\uFEFF# comment\r\ntraditional,hk\t何立峰\t何立峰\r\n\r\n*\tA|B\tC\r\ns\t顯著|显著\t显著\r\n");
        assertEquals(3, o.loaded());
        assertTrue(o.rejected().isEmpty(), o.rejected().toString());
        assertEquals("何立峰", lookup(o, Target.TRADITIONAL, "何立峰"));
        assertEquals("何立峰", lookup(o, Target.HK, "何立峰"));
        assertEquals(null, lookup(o, Target.TW, "何立峰"));
        assertEquals("C", lookup(o, Target.TW, "B"));
        assertEquals("显著", lookup(o, Target.SIMPLIFIED, "顯著"));
    }

    @Test
    void reportsMalformedLines() throws Exception {
        Overrides o = parse("mars\tA\tB\nsimplified\tonly-two-fields\nsimplified\tX\tY\n");
        assertEquals(1, o.loaded());
        assertEquals(2, o.rejected().size());
        assertTrue(o.rejected().get(0).contains(":1:") && o.rejected().get(0).contains("simplified|traditional|tw|hk"),
                o.rejected().get(0));
    }

    @Test
    void singleCharacterOverrideLeavesDictionaryPhrases() {
        ChineseConverter c = ChineseConverter.get(Target.SIMPLIFIED, false);
        assertEquals("干燥 乾隆 扭转乾坤 乾坤", c.convert("乾燥 乾隆 扭轉乾坤 乾坤").text());
    }
}
