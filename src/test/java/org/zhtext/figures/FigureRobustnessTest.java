package org.zhtext.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Offsets, options, thread safety, and adversarial inputs that must run in linear time. */
class FigureRobustnessTest {
    private static final FigureExtractor FX = new FigureExtractor();

    /** Every figure's text is the original at [start, end) in code points; figures are sorted, in bounds. */
    static void assertSane(String text, List<Figure> figs) {
        int[] cps = text.codePoints().toArray();
        int prev = -1;
        for (Figure f : figs) {
            assertTrue(f.start() >= 0 && f.start() < f.end() && f.end() <= cps.length, f.toString());
            assertEquals(new String(cps, f.start(), f.end() - f.start()), f.text());
            assertTrue(f.start() >= prev, "sorted by start");
            prev = f.start();
            assertTrue(f.value() != null || (f.low() != null && f.high() != null)
                    || (f.unresolved() != null && f.low() == null && f.high() == null), "value, range or unresolved: " + f);
            assertTrue(f.unresolved() == null || (f.kind() == FigureKind.DATE && f.value() == null), "unresolved only on dates without a value");
            assertEquals(f.kind() == FigureKind.DATE, f.yearInferred() != null, "year_inferred only on dates");
        }
    }

    @Test
    void spansOnGoldenTextsWithSurrogatesBefore() throws IOException {
        int n = 0;
        for (GoldenTables.Row r : GoldenTables.all()) {
            String text = "𠮷😀" + r.get("text"); // two astral code points shift char and code point offsets apart
            List<Figure> figs = FX.extract(text, ExtractOptions.DEFAULTS).figures();
            assertSane(text, figs);
            n += figs.size();
            for (Figure f : figs) assertTrue(f.start() >= 2);
        }
        assertTrue(n > 100, "golden texts yield figures: " + n);
    }

    @Test
    void sentenceIndexFromSentenceSplitter() {
        List<Figure> figs = FX.extract("第一句没有数字。关税为25%。\n价格上涨18%！", ExtractOptions.DEFAULTS).figures();
        assertEquals(List.of(1, 2), figs.stream().map(Figure::sentence).toList());
        assertEquals(List.of(true, false), figs.stream().map(Figure::tariff).toList());
    }

    @Test
    void referenceDateSources() {
        String text = "2025年9月14日，双方同意将关税休战延长90天，至11月10日。今年出口增长5%。";
        FigureResult inferred = FX.extract(text, ExtractOptions.DEFAULTS);
        assertEquals("text", inferred.referenceDateSource());
        assertEquals(LocalDate.of(2025, 9, 14), inferred.referenceDate());
        Figure nov = inferred.figures().stream().filter(f -> f.text().equals("11月10日")).findFirst().orElseThrow();
        assertEquals("2025-11-10", nov.value());
        assertTrue(nov.tariff(), "a truce's end date bounds a tariff measure when the clause names it");
        FigureResult given = FX.extract(text, ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.of(2026, 1, 2), "dates-file"));
        assertEquals("dates-file", given.referenceDateSource());
        assertEquals("2026", given.figures().stream().filter(f -> f.text().equals("今年")).findFirst().orElseThrow().value());
        FigureResult none = FX.extract("今年出口增长5%，9月13日公布。", ExtractOptions.DEFAULTS);
        assertEquals("none", none.referenceDateSource());
        assertNull(none.referenceDate());
        assertEquals("--09-13", none.figures().stream().filter(f -> f.text().equals("9月13日")).findFirst().orElseThrow().value());
        Figure thisYear = none.figures().stream().filter(f -> f.text().equals("今年")).findFirst().orElseThrow();
        assertNull(thisYear.value(), "no reference date: 今年 cannot be resolved");
        assertEquals("relative", thisYear.unresolved(), "but it is kept, with the reason");
    }

    @Test
    void aDeadlineOrAFutureYearIsNotTheArticlesYear() {
        // written for this test (2026-12-07, seventh session): 到/至 before a year, 前 after it, 将于 before it mark a
        // target; with no other year a month-day date stays without one (it was read in the target's year)
        for (String text : List.of("区政府11月3日印发措施，提出到2027年底产业规模突破3000亿元。",
                "董事长10月16日表示，第二座工厂將於2027年下半年量產。", "部长3月5日说，2030年前实现碳达峰。",
                "4月2日，委员会提出力争至2028年建成新区。")) {
            Figure day = FX.extract(text, ExtractOptions.DEFAULTS).figures().get(0);
            assertTrue(day.value() instanceof String v && v.startsWith("--"), text + ": " + day.value());
        }
        // a year told, beside a target: the year of the month-day dates
        FigureResult both = FX.extract("2026年出口增长5%。11月3日，政府提出到2030年实现翻番。截至2026年9月底，投资下降。", ExtractOptions.DEFAULTS);
        assertEquals("2026-11-03", both.figures().stream().filter(f -> f.text().equals("11月3日")).findFirst().orElseThrow().value());
        // 前 that starts a count (前三季度) is no deadline
        assertFalse(RelativeRecognizer.deadline("2026年前三季度", 0, 5));
        assertFalse(RelativeRecognizer.deadline("截至2026年9月底", 2, 10));
        assertTrue(RelativeRecognizer.deadline("2030年前实现", 0, 5));
    }

    @Test
    void monthRangesThatWriteTheMonthOnce() {
        // written for this test (2026-12-07, seventh session) before the rule: 1至10月 / 1-9月份 / 2025年1至9月 are
        // ranges of months (only 10月 was read); a range from January without a year is the year to date, placed
        // by its last month: the last that has come by the reference date (1月至10月 on 2026-11-20 was read
        // 2027-01..2027-10); a year named in an earlier sentence is not in play (as for other dates)
        ExtractOptions ref = ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.of(2026, 11, 20), "test");
        String text = "今年1至10月，出口增长5%。1-9月份，进口下降。2025年1至11月，顺差扩大。一至三月持平。1月至10月，利润增长。";
        List<String> got = new java.util.ArrayList<>();
        for (Figure f : FX.extract(text, ref).figures()) {
            if (f.kind() == FigureKind.DATE) got.add(f.text() + "=" + f.low() + ".." + f.high());
        }
        assertEquals(List.of("今年1至10月=2026-01..2026-10", "1-9月份=2026-01..2026-09", "2025年1至11月=2025-01..2025-11",
                "一至三月=2026-01..2026-03", "1月至10月=2026-01..2026-10"), got);
        // two neighbouring months written with one 月 (七八月份, 三四月): a range of the two
        List<String> pairs = new java.util.ArrayList<>();
        for (Figure f : FX.extract("七八月份是旅游旺季。三四月完成。第三四月。", ref).figures()) {
            if (f.kind() == FigureKind.DATE) pairs.add(f.text() + "=" + f.low() + ".." + f.high());
        }
        assertEquals(List.of("七八月份=2026-07..2026-08", "三四月=2026-03..2026-04"), pairs.subList(0, 2));
        assertTrue(pairs.stream().noneMatch(p -> p.startsWith("三四月=") && pairs.indexOf(p) > 1), pairs.toString());
        // no month range: a count of months, shares, a percent range
        for (String t : List.of("3-5个月", "1至3成", "1至10%", "第1至3名")) {
            assertTrue(FX.extract(t, ref).figures().stream().noneMatch(f -> f.kind() == FigureKind.DATE), t);
        }
    }

    @Test
    void kindsAndTariffOnlyFilter() {
        String text = "美国对500亿美元商品加征25%关税；钢价上涨18%，为期90天。";
        List<Figure> all = FX.extract(text, ExtractOptions.DEFAULTS).figures();
        assertEquals(4, all.size(), all.toString());
        List<Figure> tariff = FX.extract(text, ExtractOptions.DEFAULTS.withTariffOnly(true)).figures();
        assertEquals(List.of("500亿美元", "25%"), tariff.stream().map(Figure::text).toList());
        List<Figure> money = FX.extract(text, ExtractOptions.DEFAULTS.withKinds(Set.of(FigureKind.MONEY))).figures();
        assertEquals(List.of("500亿美元"), money.stream().map(Figure::text).toList());
        List<Figure> none = FX.extract(text, ExtractOptions.DEFAULTS.withKinds(Set.of())).figures();
        assertEquals(List.of(), none);
    }

    @Test
    void kindNames() {
        assertEquals("percent, money, quantity, duration, date", FigureKind.names());
        assertEquals(FigureKind.MONEY, FigureKind.of(" Money "));
        assertNull(FigureKind.of("price"));
        for (FigureKind k : FigureKind.values()) assertEquals(k, FigureKind.of(k.id()));
        assertEquals(FigureKind.values().length, ExtractOptions.ALL_KINDS.size());
    }

    @Test
    void sameResultsFromManyThreads() throws Exception {
        StringBuilder b = new StringBuilder();
        for (GoldenTables.Row r : GoldenTables.all()) b.append(r.get("text")).append('\n');
        String text = b.toString();
        List<Figure> expected = FX.extract(text, ExtractOptions.DEFAULTS).figures();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Figure>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) futures.add(pool.submit(() -> FX.extract(text, ExtractOptions.DEFAULTS).figures()));
            for (Future<List<Figure>> f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }

    /** 1 MB of one repeated unit: must finish (linear scan) and return sane figures. */
    @ParameterizedTest
    @ValueSource(strings = {"1", "１", "年", "%", "一", "十", "百分之", "1,", "1.", "9月", "2025年", "50%-", "每", "一二",
            "万", "零", "关税", "5日", "第", "F-35", "3至", "点", "多", "年内", "未来", "30日内", "清明", "大雪", "kg", "5kg",
            "°C", "5m", "负", "负3", "零下", "延长至3月", "突破"})
    void adversarialMegabyte(String unit) {
        String text = unit.repeat(1_000_000 / unit.length() + 1);
        List<Figure> figs = FX.extract(text, ExtractOptions.DEFAULTS).figures();
        assertSane(text, figs);
        assertTrue(figs.size() <= text.length());
    }

    @Test
    void randomTextIsSane() {
        String alphabet = "0123456789１２３一二三十百千万亿億年月日号%％.,，-至到美元吨天个百分点关税每近多第 \n";
        Random rnd = new Random(42);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200_000; i++) b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        String text = b.toString();
        List<Figure> figs = FX.extract(text, ExtractOptions.DEFAULTS).figures();
        assertSane(text, figs);
        assertFalse(figs.isEmpty());
    }

    @Test
    void longNumberRunsAreNotNumbers() {
        String digits = "9".repeat(40);
        assertNull(ChineseNumbers.parse(digits));
        assertTrue(FX.extract(digits + "美元", ExtractOptions.DEFAULTS).figures().isEmpty());
        assertEquals(0, new java.math.BigDecimal("1200").compareTo(ChineseNumbers.parse("一千二百")));
    }
}
