package org.zhtext.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhtext.segment.OffsetAssertions.assertAnalyzesTo;
import static org.zhtext.segment.OffsetAssertions.tokens;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.zhtext.core.Conversion;
import org.zhtext.core.Token;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * The offset tests every segmentation engine must pass (Lucene's smartcn suite, adapted): traditional and
 * simplified text, surrogate pairs, full-width digits, ideographic spaces, CRLF, a 5,000-sentence document and
 * random text. An engine's test extends this class and supplies the engine.
 */
public abstract class SegmenterOffsetContract {
    /** The segmenter under test, built once. */
    protected abstract DocSegmenter segmenter();

    protected static final Function<String, Conversion> T2S = t -> ChineseConverter.get(Target.SIMPLIFIED, false).convert(t);

    @Test
    void simplifiedOffsetsAreCodePoints() {
        List<Token> t = tokens(segmenter(), T2S, "中国商务部宣布对美国商品加征关税。");
        assertEquals("中国", t.get(0).text());
        assertEquals(0, t.get(0).start());
        assertEquals("。", t.get(t.size() - 1).text());
        assertEquals(16, t.get(t.size() - 1).start());
    }

    @Test
    void traditionalTextKeepsItsSurfaceAndGetsSimplifiedNormalizedForms() {
        String text = "美國財政部長宣佈對進口商品實施出口管制。";
        List<Token> t = tokens(segmenter(), T2S, text);
        String joined = String.join("", t.stream().map(Token::text).toList());
        assertEquals(text, joined);
        assertTrue(t.stream().anyMatch(x -> x.text().equals("美國") && x.normalized().equals("美国")), t.toString());
    }

    @Test
    void surrogatePairsCountAsOneCodePoint() {
        // 𫜰 (U+2B730) and an emoji are one code point each: the token after them starts at code point 3
        List<Token> t = tokens(segmenter(), T2S, "𫜰😀，关税上调。");
        Token comma = t.stream().filter(x -> x.text().equals("，")).findFirst().orElseThrow();
        assertEquals(2, comma.start());
        assertEquals(3, comma.end());
    }

    @Test
    void fullWidthDigitsIdeographicSpaceAndCrlf() {
        String text = "１９９８年　增长７．８％。\r\n第二段\r\n";
        List<Token> t = tokens(segmenter(), T2S, text);
        assertTrue(t.stream().noneMatch(x -> x.text().isBlank()));
        Token last = t.get(t.size() - 1);
        assertEquals(text.length() - 2, last.end(), "CRLF is not part of any token");
        assertEquals(1, last.sentence());
    }

    @Test
    void fiveThousandSentences() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) b.append(i % 2 == 0 ? "美國對中國商品加徵百分之二十關稅。" : "商务部表示将采取反制措施。\n");
        List<Token> t = tokens(segmenter(), T2S, b.toString());
        assertEquals(4999, t.get(t.size() - 1).sentence());
    }

    @Test
    void randomText() {
        Random r = new Random(42);
        String alphabet = "美國关税貿易商务部反倾销出口管制。，、！？ 　\n\r１２3.4%％abcＡＢ𫜰😀「」（）—…";
        int[] cps = alphabet.codePoints().toArray();
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(60);
            for (int i = 0; i < n; i++) b.appendCodePoint(cps[r.nextInt(cps.length)]);
            tokens(segmenter(), T2S, b.toString());
        }
    }

    @Test
    void exactTokensAndOffsets() {
        assertAnalyzesTo(segmenter(), T2S, "关税 上调", new String[] {"关税", "上调"}, new int[] {0, 3}, new int[] {2, 5});
    }
}
