package org.zhtext.tariffs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhtext.tariffs.tools.CountryNamesGenerator;

class PartiesTest {
    @Test
    void theCountryNamesAreCldrsThroughTheIcu4jOnTheClassPath() throws Exception {
        assertEquals(CountryNamesGenerator.text(), Files.readString(Path.of("src/main/resources/org/zhtext/tariffs/cldr-countries.txt"), StandardCharsets.UTF_8),
                "regenerate with CountryNamesGenerator (see its comment)");
    }

    @Test
    void namesOfBothScriptsAndNewsFormsHaveCodes() {
        Parties p = Parties.get();
        assertEquals("US", p.code("美国"));
        assertEquals("US", p.code("美國"));
        assertEquals("AU", p.code("澳大利亚"));
        assertEquals("KR", p.code("韩国"));
        assertEquals("EU", p.code("欧盟"));
        assertEquals("CN", p.code("中方"));
        assertEquals("CN", p.code("国务院关税税则委员会"));
        assertEquals("GB", p.code("英国"));
        // traditional forms that CLDR's zh_Hant and zh_Hant_HK do not give (南韓, 澳洲), from the simplified names
        assertEquals("KR", p.code("韓國"));
        assertEquals("AU", p.code("澳大利亞"));
        assertEquals("ID", p.code("印度尼西亞"));
        assertEquals("KZ", p.code("哈薩克斯坦"));
    }

    @Test
    void oneCharacterFormsOnlyAfterAPreposition() {
        Parties p = Parties.get();
        String s = "美元走强，美方对华加征关税，中美洲国家赴美";
        List<String> got = p.find(s, 0, s.length()).stream().map(m -> m.text() + "=" + m.code()).toList();
        assertEquals(List.of("美方=US", "华=CN", "美=US"), got); // not 美元, not 中美洲
    }
}
