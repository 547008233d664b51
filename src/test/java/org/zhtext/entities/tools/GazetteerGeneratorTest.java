package org.zhtext.entities.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CoreDictionary;
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
}
