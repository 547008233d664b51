package org.zhtext.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Word;

class HanlpSegmenterTest {
    private static final HanlpSegmenter SHIPPED = shipped();

    private static HanlpSegmenter shipped() {
        try {
            return HanlpSegmenter.create(Lexicon.load(List.of()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> words(HanlpSegmenter s, String text) {
        return s.segment(text).stream().map(w -> text.substring(w.start(), w.end())).toList();
    }

    @Test
    void namesAndTags() {
        assertEquals("hanlp", SHIPPED.name());
        assertEquals("pku", SHIPPED.tagset());
        List<Word> w = SHIPPED.segment("商务部宣布对等关税。");
        assertEquals("nt", w.get(0).tag());
        assertEquals("w", w.get(w.size() - 1).tag());
    }

    @Test
    void shippedTradeTermsAreWords() {
        List<String> w = words(SHIPPED, "商务部将其列入实体清单并实施出口管制和对等关税，启动反倾销调查。");
        assertTrue(w.containsAll(List.of("实体清单", "出口管制", "对等关税", "反倾销")), w.toString());
    }

    @Test
    void msrPresetKeepsMeasuresAndDatesWhole() {
        HanlpSegmenter msr = HanlpSegmenter.create(Lexicon.empty(), SegmentRules.forStandard("msr"));
        List<String> w = words(msr, "他买了两个苹果和２５０公斤小麦，１９９８年５月３日到货。");
        assertTrue(w.containsAll(List.of("两个", "２５０公斤", "１９９８年５月３日")), w.toString());
    }

    @Test
    void hongKongTaiwanPresetCutsDeterminersAndAdverbsAndJoinsSuffixes() {
        HanlpSegmenter hk = HanlpSegmenter.create(Lexicon.empty(), SegmentRules.forStandard("cityu"));
        List<String> w = words(hk, "这种做法在全国最常见，7月有一个露宿者说一直如此。");
        assertTrue(w.containsAll(List.of("这", "种", "全", "国", "7月", "一", "个", "露宿者", "一直")), w.toString());
        assertEquals(SegmentRules.forStandard("as").rules(), SegmentRules.HK_TW.rules());
        assertFalse(SegmentRules.PKU.rules().contains(SegmentRules.Rule.DETERMINERS));
    }

    @Test
    void numberRulesFollowPkuConventions() {
        List<String> w = words(SHIPPED, "１９９８年1月31日，增长７．８％，达50万，第三次。");
        assertTrue(w.containsAll(List.of("１９９８年", "1月", "31日", "７．８％", "50万", "第三")), w.toString());
        List<String> split = words(HanlpSegmenter.create(Lexicon.empty(), SegmentRules.SPLIT), "1月31日增长７％，第三次。");
        assertTrue(split.containsAll(List.of("31", "日", "７", "％", "第", "三")), split.toString());
    }

    @Test
    void webAndMailAddressesAreOneWord() {
        List<String> w = words(HanlpSegmenter.create(Lexicon.empty()),
                "详见https://www.mofcom.gov.cn/article/xw/202510.shtml或发邮件至info@example.com。网址是www.example.com.");
        assertTrue(w.contains("https://www.mofcom.gov.cn/article/xw/202510.shtml") && w.contains("info@example.com")
                && w.contains("www.example.com"), w.toString());
        assertTrue(w.contains("或") && w.contains("。"), w.toString());
    }

    @Test
    void transliteratedNamesStayWhole() {
        List<String> w = words(HanlpSegmenter.create(Lexicon.empty()), "贝森特与泽连斯基会面。");
        assertTrue(w.contains("贝森特") && w.contains("泽连斯基"), w.toString());
    }

    @Test
    void anEditedLexiconTakesEffectOnTheNextBuild(@TempDir Path dir) throws Exception {
        Path lex = dir.resolve("user.txt");
        String text = "甲乙丙丁商品加征关税";
        Files.writeString(lex, "\uFEFF甲乙丙丁 nz 5000\r\n", StandardCharsets.UTF_8);
        assertTrue(words(HanlpSegmenter.create(Lexicon.load(List.of(lex))), text).contains("甲乙丙丁"));
        Files.writeString(lex, "乙丙 nz 5000\n", StandardCharsets.UTF_8);
        List<String> after = words(HanlpSegmenter.create(Lexicon.load(List.of(lex))), text);
        assertFalse(after.contains("甲乙丙丁"), after.toString());
        assertTrue(after.contains("乙丙"), after.toString());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no HanLP .bin cache written beside the lexicon");
        }
    }

    @Test
    void concurrentUseGivesTheSameWords() throws Exception {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 400; i++) sentences.add("美国财政部长贝森特" + i + "日表示，对等关税将于" + (i % 12 + 1) + "月生效，涉及" + i + "亿美元商品。");
        List<List<Word>> expected = sentences.stream().map(SHIPPED::segment).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < sentences.size(); i++) if (!SHIPPED.segment(sentences.get(i)).equals(expected.get(i))) return false;
                    return true;
                }));
            }
            for (Future<Boolean> f : results) assertTrue(f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void hanlpWritesNothingToStdout() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            HanlpSegmenter s = HanlpSegmenter.create(Lexicon.empty(), SegmentRules.NONE);
            s.segment("特朗普在白宫宣布对等关税。");
        } finally {
            System.setOut(old);
        }
        assertEquals("", buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void whitespaceIsNeverAWord() {
        String text = "关税 \t上调　今日";
        for (Word w : SHIPPED.segment(text)) assertFalse(text.substring(w.start(), w.end()).isBlank());
        assertEquals(List.of("关税", "上调", "今日"), words(SHIPPED, text));
    }
}
