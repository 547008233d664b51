package org.zhtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhtext.core.Article;
import org.zhtext.core.SentenceSplitter;
import org.zhtext.figures.ExtractOptions;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;

/**
 * Windowed processing of huge articles gives the records of whole-article processing: on the bundled samples
 * joined into one long text and cut into small windows (of 300 chars), the token records are identical and the figure
 * records have the same spans, values and sentences (except what a window edge may change, see
 * {@link #strip}).
 */
class WindowsTest {
    private static final int SMALL = 300;

    static String samplesText() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.sorted().filter(p -> p.toString().endsWith(".txt")).toList()) {
                String name = p.getFileName().toString();
                Charset cs = name.contains("gb18030") ? Charset.forName("GB18030") : name.contains("big5") ? Charset.forName("Big5") : StandardCharsets.UTF_8;
                sb.append(new String(Files.readAllBytes(p), cs)).append('\n');
            }
        }
        return sb.toString().repeat(3);
    }

    @Test
    void windowsTileTheTextAtSentenceStarts() throws IOException {
        String text = samplesText();
        var sentences = SentenceSplitter.get().split(text);
        List<Windows.Window> windows = Windows.split(text, sentences, SMALL);
        assertTrue(windows.size() > 5, "windows: " + windows.size());
        Set<Integer> starts = sentences.stream().map(s -> s.start()).collect(Collectors.toSet());
        int end = 0;
        for (Windows.Window w : windows) {
            assertEquals(end, w.start());
            assertTrue(w.end() - w.start() <= SMALL);
            assertTrue(w.start() == 0 || starts.contains(w.start()), "window at a sentence start: " + w);
            assertEquals(text.codePointCount(0, w.start()), w.firstCodePoint());
            if (w.start() > 0) assertEquals(w.start(), sentences.get(w.firstSentence()).start(), "first sentence of " + w);
            end = w.end();
        }
        assertEquals(text.length(), end);
    }

    @Test
    void anOverlongSentenceIsCutWithoutSplittingASurrogatePair() {
        String text = "𠀀".repeat(1000) + "。短句。";
        var windows = Windows.split(text, SentenceSplitter.get().split(text), 101);
        for (Windows.Window w : windows) {
            assertTrue(!Character.isLowSurrogate(text.charAt(w.start())), "window starts inside a pair: " + w);
            assertTrue(w.end() - w.start() <= 101);
        }
        assertEquals(text.length(), windows.get(windows.size() - 1).end());
    }

    @Test
    void windowedFiguresEqualWholeArticleFigures() throws Exception {
        Article a = Article.of("all.txt", samplesText());
        FigureRows fig = new FigureRows(ExtractOptions.ALL_KINDS, false, null, ReferenceDates.none());
        List<Row> whole = fig.rows(a).figures();
        List<Row> windowed = collect(fig.blocks(a, SMALL));
        assertTrue(whole.size() > 50, "figures: " + whole.size());
        assertEquals(strip(whole), strip(windowed));
    }

    @Test
    void windowedAnalysisEqualsWholeArticleAnalysis() throws Exception {
        Article a = Article.of("all.txt", samplesText());
        FigureRows fig = new FigureRows(ExtractOptions.ALL_KINDS, false, null, ReferenceDates.none());
        Analyzer an = new Analyzer(EnumSet.of(Analyzer.Kind.DOCUMENT, Analyzer.Kind.TOKEN, Analyzer.Kind.FIGURE),
                new EngineRegistry.Config("hanlp", "pku", List.of(), java.util.Map.of(), false), fig, System.err);
        List<Row> whole = an.analyze(a);
        List<Row> windowed = collect(an.blocks(a, SMALL));
        assertEquals(whole.get(0), windowed.get(0), "document record");
        assertEquals(only(whole, Schema.TOKEN), only(windowed, Schema.TOKEN));
        assertEquals(strip(only(whole, Schema.FIGURE)), strip(only(windowed, Schema.FIGURE)));
    }

    private static List<Row> collect(RowBlocks blocks) throws Exception {
        List<Row> out = new ArrayList<>();
        blocks.forEach(out::addAll);
        return out;
    }

    private static List<Row> only(List<Row> rows, Schema s) {
        return rows.stream().filter(r -> r.schema().equals(s)).toList();
    }

    /**
     * Figure rows without what a window edge may change: the tariff flag (its context window may be cut) and
     * the year of a date written without one (its anchor, the closest preceding dated date, may lie in an
     * earlier window; then the article's reference date anchors it).
     */
    private static List<String> strip(List<Row> rows) {
        List<String> cols = Schema.FIGURE.columns();
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            Object[] v = r.values().clone();
            v[cols.indexOf("tariff")] = null;
            if ("date".equals(r.get("kind")) && !r.get("text").toString().matches(".*[0-9０-９一二三四五六七八九〇零]{2,4}\\s*年.*")) {
                for (String c : List.of("value", "low", "high", "year_inferred", "year_source")) v[cols.indexOf(c)] = null;
            }
            out.add(java.util.Arrays.toString(v));
        }
        return out;
    }
}
