package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhtext.core.Conversion;
import org.zhtext.core.OffsetMap;

/**
 * Random texts (CJK of both scripts, dictionary phrases that change length, ASCII, punctuation, astral
 * characters, CRLF) converted by every converter: the offset map must tile the original exactly.
 */
class OffsetMapPropertyTest {
    private static final String[] PIECES = {
        "关税", "關稅", "经理发现", "頭髮", "乾隆", "乾燥", "著名", "穿著", "何立峰", "開啟", "滑鼠", "软件", "鼠标",
        "演算法", "網際網路", "后来", "後來", "皇后", "台湾", "臺灣", "为了", "為了", "裡面", "衞生", "什么",
        "𫜰", "齾", "𠀀", "𩸽", "Hello", " ", "2025", "，", "。", "「", "」", "%", "\r\n", "\n", "a", "中", "國", "国",
        "美国对中国商品加征", "貝森特", "阿斯匹靈", "硬碟", "二𫫇英", "U盘", "Ｕ盤"};

    @Test
    void spansTileTheOriginalForEveryConverter() {
        Random rnd = new Random(20250913L);
        int checked = 0;
        for (int round = 0; round < 300; round++) {
            String original = randomText(rnd);
            for (Target t : Target.values()) {
                for (boolean phrases : new boolean[] {false, true}) {
                    Conversion c = ChineseConverter.get(t, phrases).convert(original);
                    check(original, c, t + (phrases ? "+p" : ""));
                    checked++;
                }
            }
        }
        assertEquals(300 * 8, checked);
    }

    private static String randomText(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(25);
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(4) == 0) b.appendCodePoint(0x4E00 + rnd.nextInt(0x9FA5 - 0x4E00)); // any CJK
            else b.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static void check(String original, Conversion c, String label) {
        int[] orig = original.codePoints().toArray();
        OffsetMap map = c.map();
        int normLen = c.text().codePointCount(0, c.text().length());
        assertEquals(normLen, map.normalizedLength(), label);
        assertEquals(orig.length, map.originalLength(), label);
        StringBuilder rebuilt = new StringBuilder();
        int expectedStart = 0;
        int prevStart = -1, prevEnd = -1;
        for (int i = 0; i < normLen; i++) {
            int[] span = map.toOriginal(i, i + 1);
            assertTrue(span[0] < span[1], label + ": empty span for normalized " + i + " in " + original);
            if (span[0] == prevStart && span[1] == prevEnd) continue; // same segment (a phrase of another length)
            assertEquals(expectedStart, span[0], label + ": spans do not tile " + original + " -> " + c.text());
            rebuilt.append(new String(orig, span[0], span[1] - span[0]));
            expectedStart = span[1];
            prevStart = span[0];
            prevEnd = span[1];
        }
        assertEquals(orig.length, expectedStart, label + ": spans stop short in " + original);
        assertEquals(original, rebuilt.toString(), label);
        int[] whole = map.toOriginal(0, normLen);
        assertEquals(0, whole[0], label);
        assertEquals(orig.length, whole[1], label);
        if (c.changedChars() == 0) assertEquals(original, c.text(), label + ": unchanged count but text differs");
    }
}
