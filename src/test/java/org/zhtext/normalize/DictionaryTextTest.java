package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictionaryTextTest {
    @Test
    void reverseKeepsFileOrderAndHonoursPreferences() {
        Map<String, String[]> rev = DictionaryText.reverse(List.of(
                "# header", "樑\t梁 樑", "# @reverse-prefer: 梁", "梁\t梁", "# @reverse-prefer: 么 幺", "麼\t麼 么",
                "幺\t么"));
        assertArrayEquals(new String[] {"梁", "樑"}, rev.get("梁"));
        assertArrayEquals(new String[] {"樑"}, rev.get("樑"));
        assertArrayEquals(new String[] {"幺", "麼"}, rev.get("么"));
        assertThrows(IllegalArgumentException.class,
                () -> DictionaryText.reverse(List.of("# @reverse-prefer: 甲 乙", "丙\t甲")));
    }

    @Test
    void tofuRiskTakesTheAnnotatedMappingWithoutTheIdentity() {
        Map<String, String[]> ext = DictionaryText.tofuRisk(List.of(
                "# Lines tagged @tofu-risk keep the original", "# @tofu-risk: not covered", "㑮\t㑮 𫝈", "㑶\t㐹"));
        assertEquals(1, ext.size());
        assertArrayEquals(new String[] {"𫝈"}, ext.get("㑮"));
    }
}
