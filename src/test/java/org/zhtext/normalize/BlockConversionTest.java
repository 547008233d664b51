package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.core.Script;

/**
 * Converting a text block by block, cut where {@link ChineseConverter#blockEnd} allows, gives the conversion of
 * the whole text, for every target; {@link StreamedFile} streams a file to the same bytes.
 */
class BlockConversionTest {
    /** Traditional and simplified phrases, regional words, an override key, IDS sequences, line ends, punctuation. */
    private static final String[] PIECES = {
        "美國財政部長表示，對中國商品加徵的關稅將從下個月起提高。", "臺灣的半導體出口在第三季度增長了", "用滑鼠開啟軟體",
        "香港恆生指數今日收市下跌，衞生署發言人説，綫路已修復。", "爲了衆人的利益", "这个结果显著", "乾清宮", "睡著了",
        "软件和鼠标", "⿰氵⿱艹", "⿰\n木", "\n", "\r\n", "！", "？", "；", "、", " ", "abc", "𠀀𪚥", "著名的土著"};

    @Test
    void blocksConcatenateToTheWholeConversion() {
        Random rnd = new Random(7);
        for (Target target : Target.values()) {
            for (boolean phrases : new boolean[] {false, true}) {
                ChineseConverter c = ChineseConverter.get(target, phrases);
                for (int round = 0; round < 40; round++) {
                    StringBuilder b = new StringBuilder();
                    int n = 5 + rnd.nextInt(60);
                    for (int i = 0; i < n; i++) b.append(PIECES[rnd.nextInt(PIECES.length)]);
                    String text = b.toString();
                    assertEquals(c.convertText(text), byBlocks(c, text, rnd), target + " " + phrases + ": " + text);
                }
            }
        }
    }

    /** Cuts at {@link ChineseConverter#blockEnd} before random ends, converts each block alone. */
    private static String byBlocks(ChineseConverter c, String text, Random rnd) {
        int[] cps = text.codePoints().toArray();
        ChineseConverter.Detector d = c.detector(true);
        d.add(cps, 0, cps.length);
        ChineseConverter.Blocks blocks = d.blocks();
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (from < cps.length) {
            int want = Math.min(cps.length, from + 1 + rnd.nextInt(30));
            int end = want == cps.length ? want : c.blockEnd(cps, from, want);
            if (end == from) end = cps.length == want ? want : Math.min(cps.length, c.blockEnd(cps, from, cps.length));
            if (end == from) end = cps.length;
            int[] block = Arrays.copyOfRange(cps, from, end);
            int m = blocks.convert(block, block.length);
            out.append(new String(blocks.output(), 0, m));
            from = end;
        }
        return out.toString();
    }

    @Test
    void noCutInsideAnOpenDescriptionSequence() {
        ChineseConverter c = ChineseConverter.simplified();
        int[] cps = "⿰\n木".codePoints().toArray();
        assertEquals(0, c.blockEnd(cps, 0, 2));
        int[] plain = "後\n面".codePoints().toArray();
        assertEquals(2, c.blockEnd(plain, 0, 3));
    }

    @Test
    void streamsAFileToTheSameText(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("\uFEFF");
        Random rnd = new Random(3);
        while (b.length() < 3 * StreamedFile.BLOCK) b.append(PIECES[rnd.nextInt(PIECES.length)]);
        String text = b.toString();
        Path f = dir.resolve("a.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        for (Target target : Target.values()) {
            ChineseConverter c = ChineseConverter.get(target, false);
            StreamedFile s = StreamedFile.open(f, c, true, Long.MAX_VALUE);
            assertNotNull(s);
            StringBuilder out = new StringBuilder();
            s.convert(out::append);
            assertEquals(c.convertText(text.substring(1)), out.toString(), target.label());
            assertEquals(ScriptDetector.detect(text), s.script());
            assertEquals(text.codePointCount(1, text.length()), s.chars());
        }
    }

    @Test
    void leavesOtherFilesToTheWholeReader(@TempDir Path dir) throws Exception {
        ChineseConverter c = ChineseConverter.simplified();
        Path gb = dir.resolve("gb.txt");
        Files.write(gb, "关税谈判在马德里举行".getBytes("GB18030"));
        assertNull(StreamedFile.open(gb, c, false, Long.MAX_VALUE));
        Path utf16 = dir.resolve("u16.txt");
        Files.write(utf16, "\uFEFF關稅".getBytes(StandardCharsets.UTF_16LE));
        assertNull(StreamedFile.open(utf16, c, false, Long.MAX_VALUE));
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "關稅談判\n".repeat(10), StandardCharsets.UTF_8);
        assertNull(StreamedFile.open(big, c, false, 49));
        assertNotNull(StreamedFile.open(big, c, false, 50));
        assertEquals(Script.TRADITIONAL, StreamedFile.open(big, c, true, 50).script());
    }
}
