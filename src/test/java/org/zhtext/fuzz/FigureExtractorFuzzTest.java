package org.zhtext.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.zhtext.core.SentenceSplitter;
import org.zhtext.figures.ExtractOptions;
import org.zhtext.figures.Figure;
import org.zhtext.figures.FigureExtractor;
import org.zhtext.figures.FigureResult;

/**
 * Fuzzes the figure extractor: on any text it must not throw, every figure's span must lie within the text
 * and slice the original to the figure's text, start before end, figures come in text order, and each
 * figure's sentence index is one of the text's sentences.
 */
class FigureExtractorFuzzTest {
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    /** With a reference date too, so that windows (30日内), solar terms and forward words are resolved. */
    private static final ExtractOptions WITH_REFERENCE =
            ExtractOptions.DEFAULTS.withReferenceDate(java.time.LocalDate.of(2025, 11, 7), "option");

    @FuzzTest(maxDuration = "30s")
    void extract(byte[] data) {
        String text = FuzzText.text(data);
        check(text, EXTRACTOR.extract(text, ExtractOptions.DEFAULTS));
        FigureResult r = EXTRACTOR.extract(text, WITH_REFERENCE);
        check(text, r);
        for (Figure f : r.figures()) {
            // a window (30日内, 年底前, 过去两年) never ends before it starts; a written range may (2122年至2024年)
            boolean window = f.text().endsWith("内") || f.text().endsWith("內") || f.text().endsWith("前")
                    || f.text().startsWith("未来") || f.text().startsWith("过去") || f.text().startsWith("今后");
            if (window && f.low() instanceof String lo && f.high() instanceof String hi && lo.length() == hi.length()) {
                assertTrue(lo.compareTo(hi) <= 0, "range backwards: " + f);
            }
        }
    }

    private static void check(String text, FigureResult r) {
        int sentences = SentenceSplitter.get().split(text).size();
        int previous = -1;
        List<Figure> figures = r.figures();
        for (Figure f : figures) {
            FuzzText.assertSpan(text, f.start(), f.end(), f.text(), f.kind() + " " + f.text());
            assertTrue(f.end() > f.start(), "empty figure " + f);
            assertTrue(f.start() >= previous, "figures out of order at " + f);
            assertTrue(ExtractOptions.ALL_KINDS.contains(f.kind()), "unknown kind " + f.kind());
            assertTrue(f.sentence() >= 0 && f.sentence() < Math.max(1, sentences), "sentence " + f.sentence() + " of " + sentences);
            previous = f.start();
        }
    }
}
