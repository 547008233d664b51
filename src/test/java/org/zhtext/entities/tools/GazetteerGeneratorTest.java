package org.zhtext.entities.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's own rules (the files it writes are checked by NewsEntityGoldenTest). */
class GazetteerGeneratorTest {
    @Test
    void shortFormsOfDivisions() {
        assertEquals("河北", GazetteerGenerator.shortForm("河北省"));
        assertEquals("广西", GazetteerGenerator.shortForm("广西壮族自治区"));
        assertEquals("新疆", GazetteerGenerator.shortForm("新疆维吾尔自治区"));
        assertEquals("内蒙古", GazetteerGenerator.shortForm("内蒙古自治区"));
        assertEquals("延边", GazetteerGenerator.shortForm("延边朝鲜族自治州"));
        assertEquals("海西", GazetteerGenerator.shortForm("海西蒙古族藏族自治州"));
        assertEquals("克孜勒苏", GazetteerGenerator.shortForm("克孜勒苏柯尔克孜自治州"));
        assertEquals("大兴安岭", GazetteerGenerator.shortForm("大兴安岭地区"));
        assertEquals("锡林郭勒", GazetteerGenerator.shortForm("锡林郭勒盟"));
        // an ethnic name is cut from autonomous divisions only: 六盘水 ends in 水 (an ethnic group) but is a city
        assertEquals("六盘水", GazetteerGenerator.shortForm("六盘水市"));
        assertNull(GazetteerGenerator.shortForm("北京"));
    }

    @Test
    void taiwanDivisionsFromPostalAreas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path src = dir.resolve("src");
        java.nio.file.Files.createDirectories(src.resolve("zh-tw"));
        StringBuilder js = new StringBuilder("module.exports = [\n");
        js.append("    { 'id': '806高雄市前鎮區', 'zipcode': 806, 'county': '高雄市', 'city': '前鎮區' },\n");
        js.append("    { 'id': '302新竹縣竹北市', 'zipcode': 302, 'county': '新竹縣', 'city': '竹北市' },\n");
        js.append("    { 'id': '100臺北市中正區', 'zipcode': 100, 'county': '臺北市', 'city': '中正區' },\n");
        for (int i = 0; i < 300; i++) js.append("    { 'id': 'x', 'zipcode': 1, 'county': '臺北市', 'city': '東區' },\n");
        java.nio.file.Files.writeString(src.resolve("zh-tw/zipcodes.js"), js.append("];\n"));
        java.nio.file.Path out = dir.resolve("taiwan-divisions.txt");
        new GazetteerGenerator().taiwanDivisions(src, out);
        List<String> names = java.nio.file.Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
        // simplified; counties also by their short form; districts only with their suffix (东区 is too short)
        assertEquals(List.of("中正区 ns", "前镇区 ns", "台北 ns", "台北市 ns", "新竹 ns", "新竹县 ns", "竹北市 ns", "高雄 ns", "高雄市 ns"),
                names);
    }

    @Test
    void wordClassesOfTags() {
        assertEquals("n", GazetteerGenerator.wordClass("vn")); // 发展 in 国家发展和改革委员会 is nominal
        assertEquals("v", GazetteerGenerator.wordClass("vi"));
        assertEquals("P", GazetteerGenerator.wordClass("nrf"));
        assertEquals("L", GazetteerGenerator.wordClass("ns"));
        assertEquals("u", GazetteerGenerator.wordClass("ude1"));
        assertNull(GazetteerGenerator.wordClass("w"));
    }

    @Test
    void keysOfAHanlpTrieAreAllItsWords() {
        List<String> keys = GazetteerGenerator.keys(CoreDictionary.trie);
        assertEquals(CoreDictionary.trie.size(), keys.size());
        assertTrue(keys.contains("委员会") && keys.contains("中国"));
    }

    /** Entries in CC-CEDICT's shape [traditional, simplified, pinyin, gloss], written for this test. */
    private static List<JsonNode> entries(String... json) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> l = new java.util.ArrayList<>();
        for (String j : json) l.add(m.readTree(j));
        return l;
    }

    @Test
    void loanwordRuleOfCedictGlosses() throws IOException {
        assertTrue(GazetteerGenerator.isLoanword("甲乙丙", entries("[\"甲乙丙\",\"甲乙丙\",\"jia3 yi3 bing3\",\"(loanword) fentanyl\"]")));
        assertTrue(GazetteerGenerator.isLoanword("甲乙", entries("[\"甲乙\",\"甲乙\",\"jia3 yi3\",[\"morphine (loanword)\",\"see 甲丙\"]]")));
        // a proper-noun reading (capitalized pinyin), no loanword gloss, one character: out
        assertFalse(GazetteerGenerator.isLoanword("甲乙", entries(
                "[\"甲乙\",\"甲乙\",\"Jia3 yi3\",\"Nikola Tesla\"]", "[\"甲乙\",\"甲乙\",\"jia3 yi3\",\"tesla (unit) (loanword)\"]")));
        assertFalse(GazetteerGenerator.isLoanword("甲乙", entries("[\"甲乙\",\"甲乙\",\"jia3 yi3\",\"high mountain\"]")));
        assertFalse(GazetteerGenerator.isLoanword("甲", entries("[\"甲\",\"甲\",\"jia3\",\"(loanword) bar\"]")));
    }

    @Test
    void organizationRuleOfCedictGlosses() throws IOException {
        assertTrue(GazetteerGenerator.isOrganization("甲乙", entries("[\"甲乙\",\"甲乙\",\"Jia3 yi3\",\"Jiayi (news agency)\"]")));
        assertTrue(GazetteerGenerator.isOrganization("甲乙", entries(
                "[\"甲乙\",\"甲乙\",\"Jia3 yi3\",[\"Jiayi, Chinese web portal\",\"abbr. for 甲乙网\"]]")));
        // a common-word reading (lower-case pinyin), a person, a place or a brand sense keeps the headword out
        assertFalse(GazetteerGenerator.isOrganization("甲乙", entries(
                "[\"甲乙\",\"甲乙\",\"Jia3 yi3\",\"Jiayi (tech company)\"]", "[\"甲乙\",\"甲乙\",\"jia3 yi3\",\"pear\"]")));
        assertFalse(GazetteerGenerator.isOrganization("甲乙", entries(
                "[\"甲乙\",\"甲乙\",\"Jia3 yi3\",[\"Jiayi (name)\",\"Jiayi Bank\"]]")));
        assertFalse(GazetteerGenerator.isOrganization("甲乙", entries(
                "[\"甲乙\",\"甲乙\",\"Jia3 yi3\",\"Jiayi, a town famous for its university\"]")));
        assertFalse(GazetteerGenerator.isOrganization("甲乙", entries("[\"甲乙\",\"甲乙\",\"Jia3 yi3\",\"Jiayi (brand)\"]")));
        assertFalse(GazetteerGenerator.isOrganization("甲乙", entries(
                "[\"甲乙\",\"甲乙\",\"Jia3 yi3\",\"Jiayi Party member\"]")));
        // one character, or not Han only: out
        assertFalse(GazetteerGenerator.isOrganization("甲", entries("[\"甲\",\"甲\",\"Jia3\",\"Jia (news agency)\"]")));
        assertFalse(GazetteerGenerator.isOrganization("A股", entries("[\"A股\",\"A股\",\"A gu3\",\"A-share company\"]")));
        assertEquals(GazetteerGenerator.Sense.NEUTRAL, GazetteerGenerator.sense("variant of 甲乙"));
    }
}
