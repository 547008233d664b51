package org.zhtext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Short files in GB18030, Big5 and UTF-8 (snippets written for this test: 2–12 characters, both scripts,
 * digits, %, places and names): each decodes to exactly its text, or the decoding says it is a guess
 * ({@link Decoder.Decoded#ambiguous()}, with its note). No Big5 snippet may be read as GB18030 silently.
 */
class ShortLegacyGoldenTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("x-windows-950");

    /** Traditional (Taiwan forms), each also encodable in Big5. */
    static final List<String> TRADITIONAL = List.of(
            "關稅200%", "臺灣", "台灣", "美元", "總統", "立法院", "經濟部", "新臺幣30億", "高雄港", "臺北市長",
            "蔡英文", "賴清德", "習近平", "漲了5%", "關稅", "進口車", "國際貿易", "兩岸關係", "出口成長12%", "晶片",
            "半導體", "美國總統川普", "日本東京", "韓國首爾", "電動車", "價格上漲", "臺積電", "經貿談判", "對等關稅20%", "據統計",
            "香港", "澳門", "華為", "億元", "萬人", "報導", "專家認為", "貨幣政策", "銀行利率", "農產品");

    /** Simplified. */
    static final List<String> SIMPLIFIED = List.of(
            "中国", "美元", "关税200%", "台湾", "北京", "上海", "国务院", "商务部", "习近平", "李强",
            "人民币", "增长5.2%", "出口下降15%", "特朗普", "贸易战", "稀土", "大豆", "芯片", "电动汽车", "欧盟",
            "广东省", "深圳市", "经济", "发展", "会谈", "外交部发言人", "加征关税", "亿元", "万吨", "报道",
            "国家统计局", "消费者", "汇率", "利率下调", "房地产", "新华社", "王毅", "伦敦", "莫斯科", "华盛顿");

    @Test
    void shortSnippetsDecodeExactlyOrSayTheyAreAGuess() {
        assertTrue(TRADITIONAL.size() + SIMPLIFIED.size() >= 40);
        List<String> flagged = new ArrayList<>();
        int cases = 0;
        for (String s : concat(TRADITIONAL, SIMPLIFIED)) {
            int n = s.codePointCount(0, s.length());
            assertTrue(n >= 2 && n <= 12, s);
            Decoder.Decoded utf8 = decode(s.getBytes(StandardCharsets.UTF_8));
            assertEquals(s, utf8.text());
            assertEquals("UTF-8", utf8.encoding());
            assertFalse(utf8.ambiguous(), s);
            for (Charset cs : new Charset[] {GB18030, BIG5}) {
                if (!cs.newEncoder().canEncode(s)) {
                    assertTrue(cs == BIG5 && SIMPLIFIED.contains(s), s + " not in " + cs);
                    continue;
                }
                byte[] b = s.getBytes(cs);
                if (Decoder.firstInvalidUtf8(b) < 0) continue; // bytes that are also valid UTF-8 are read as UTF-8 (by design)
                cases++;
                Decoder.Decoded d = decode(b);
                String expected = cs == BIG5 ? "Big5" : "GB18030";
                if (d.ambiguous()) {
                    flagged.add(s + "/" + expected);
                    assertNotNull(d.note());
                    assertTrue(d.note().contains("read as " + d.encoding()) && d.note().contains(d.alternative() + " also decodes it"), d.note());
                } else {
                    assertNull(d.note());
                    assertEquals(s, d.text(), s + " in " + expected + " read as " + d.encoding() + " without a note");
                    assertEquals(expected, d.encoding(), s);
                }
                if (cs == BIG5 && "GB18030".equals(d.encoding())) assertTrue(d.ambiguous(), s + ": Big5 read as GB18030 silently");
            }
        }
        // the note is for the few that cannot be told apart, not for most short files
        assertTrue(flagged.size() * 5 < cases, "flagged " + flagged.size() + " of " + cases + ": " + flagged);
    }

    @Test
    void theReportedShortBig5FileIsReadAsBig5() {
        for (String s : List.of("關稅200%", "臺灣")) {
            Decoder.Decoded d = decode(s.getBytes(BIG5));
            assertEquals(s, d.text());
            assertEquals("Big5", d.encoding());
        }
    }

    @Test
    void oneCharacterCannotBeToldApartAndSaysSo() {
        // Big5 億 is GB18030 货: both common characters, one of each tells nothing
        Decoder.Decoded d = decode("5億".getBytes(BIG5));
        assertTrue(d.ambiguous(), d.text() + " " + d.margin());
        assertTrue(d.note().startsWith("short or ambiguous legacy text: read as "), d.note());
    }

    @Test
    void longLegacyTextIsSure() {
        String trad = String.join("，", TRADITIONAL);
        String simp = String.join("，", SIMPLIFIED);
        Decoder.Decoded big5 = decode(trad.getBytes(BIG5));
        assertEquals(trad, big5.text());
        assertFalse(big5.ambiguous());
        assertTrue(big5.margin() > 5 * Decoder.AMBIGUOUS_MARGIN, "margin " + big5.margin());
        Decoder.Decoded gb = decode(simp.getBytes(GB18030));
        assertEquals(simp, gb.text());
        assertFalse(gb.ambiguous());
    }

    private static Decoder.Decoded decode(byte[] b) {
        try {
            return Decoder.decode(b, null);
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
