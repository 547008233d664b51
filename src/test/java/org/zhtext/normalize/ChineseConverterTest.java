package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhtext.core.Conversion;

/** Golden words in every direction, including the known OpenCC mistakes fixed by the override file. */
class ChineseConverterTest {

    private static String conv(Target t, boolean phrases, String s) {
        return ChineseConverter.get(t, phrases).convert(s).text();
    }

    @ParameterizedTest(name = "to simplified: {0} -> {1}")
    @CsvSource({
        "乾隆, 乾隆", "乾燥, 干燥", "葡萄乾, 葡萄干", "幹部, 干部", "干部, 干部", "頭髮, 头发", "發展, 发展",
        "後來, 后来", "皇后, 皇后", "皇后後來, 皇后后来", "著名, 著名", "顯著, 显著", "显著, 显著", "穿著, 穿着",
        "睡著了, 睡着了", "着急, 着急", "臺灣, 台湾", "台灣, 台湾", "開啟, 开启", "裡面, 里面", "什么, 什么",
        "何立峰, 何立峰", "關稅戰, 关税战", "為了, 为了", "衞生, 卫生", "說明, 说明"})
    void toSimplified(String in, String out) {
        assertEquals(out, conv(Target.SIMPLIFIED, false, in));
    }

    @ParameterizedTest(name = "to traditional: {0} -> {1}")
    @CsvSource({
        "乾隆, 乾隆", "干燥, 乾燥", "干部, 幹部", "头发, 頭髮", "发展, 發展", "后来, 後來", "皇后, 皇后",
        "著名, 著名", "何立峰, 何立峰", "经理发现, 經理發現", "台湾, 臺灣", "为了, 爲了", "关税, 關稅"})
    void toTraditional(String in, String out) {
        assertEquals(out, conv(Target.TRADITIONAL, false, in));
    }

    @ParameterizedTest(name = "to tw: {0} -> {1}")
    @CsvSource({"穿着, 穿著", "为了, 為了", "里面, 裡面", "何立峰, 何立峰", "头发, 頭髮", "后来, 後來", "台积电, 台積電"})
    void toTaiwan(String in, String out) {
        assertEquals(out, conv(Target.TW, false, in));
    }

    @ParameterizedTest(name = "to hk: {0} -> {1}")
    @CsvSource({"为了, 為了", "卫生, 衞生", "何立峰, 何立峰", "台湾, 台灣", "头发, 頭髮", "干燥, 乾燥"})
    void toHongKong(String in, String out) {
        assertEquals(out, conv(Target.HK, false, in));
    }

    @Test
    void phrasesOnlyWhenAsked() {
        assertEquals("开启", conv(Target.SIMPLIFIED, false, "開啟"));
        assertEquals("打开", conv(Target.SIMPLIFIED, true, "開啟"));
        assertEquals("滑鼠", conv(Target.SIMPLIFIED, false, "滑鼠"));
        assertEquals("鼠标", conv(Target.SIMPLIFIED, true, "滑鼠"));
        assertEquals("軟件", conv(Target.TW, false, "软件"));
        assertEquals("軟體", conv(Target.TW, true, "软件"));
    }

    @Test
    void roundTripOfANewsSentence() {
        String s = "美国财政部长贝森特表示，关税谈判将在下周继续，双方的经理发现了新的问题。";
        String t = conv(Target.TRADITIONAL, false, s);
        assertTrue(t.contains("關稅") && t.contains("經理發現"), t);
        assertEquals(s, conv(Target.SIMPLIFIED, false, t));
    }

    @Test
    void countsChangedCharactersAndKeepsUnchangedText() {
        Conversion c = ChineseConverter.get(Target.SIMPLIFIED, false).convert("關稅 tariff 100%");
        assertEquals("关税 tariff 100%", c.text());
        assertEquals(2, c.changedChars());
        Conversion same = ChineseConverter.get(Target.SIMPLIFIED, false).convert("关税");
        assertEquals(0, same.changedChars());
        assertEquals("", ChineseConverter.simplified().convert("").text());
    }

    @Test
    void phraseOfAnotherLengthMapsAsAWhole() {
        Conversion c = ChineseConverter.get(Target.SIMPLIFIED, true).convert("用滑鼠點選");
        assertTrue(c.text().startsWith("用鼠标"), c.text());
        int[] span = c.toOriginal(1, 3); // 鼠标
        assertEquals(1, span[0]);
        assertEquals(3, span[1]);
    }

    @Test
    void convertersAreCachedAndOverridesLoaded() {
        assertSame(ChineseConverter.get(Target.TW, true), ChineseConverter.get(Target.TW, true));
        assertTrue(ChineseConverter.overridesLoaded() > 10, "overrides loaded: " + ChineseConverter.overridesLoaded());
        assertTrue(ChineseConverter.overrideProblems().isEmpty(), ChineseConverter.overrideProblems().toString());
        assertTrue(ChineseConverter.get(Target.TRADITIONAL, false).overrideCount() > 0);
    }
}
