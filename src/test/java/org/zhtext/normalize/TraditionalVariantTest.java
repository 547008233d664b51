package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraditionalVariantTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "隨著關稅戰升溫，裡面的問題, TW", "用滑鼠開啟軟體, TW", "睡著了, TW",
        "衞生署發言人説，綫路已修復, HK", "史提芬·史匹堡的機會率, HK",
        "爲了衆人的利益, STANDARD", "这个结果显著, STANDARD", "慰藉着受伤的心灵, STANDARD"})
    void detectsTheVariant(String text, TraditionalVariant expected) {
        assertEquals(expected, TraditionalVariant.detect(text.codePoints().toArray()));
    }

    @ParameterizedTest(name = "simplified: {0} -> {1}")
    @CsvSource({"隨著關稅戰升溫, 随着关税战升温", "这个结果显著, 这个结果显著", "衞生署説, 卫生署说", "著名的土著, 著名的土著"})
    void picksTheConfigurationPerText(String in, String out) {
        assertEquals(out, ChineseConverter.simplified().convert(in).text());
    }
}
