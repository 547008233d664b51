package org.zhtext.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.zhtext.core.Article;
import org.zhtext.core.CharClasses;
import org.zhtext.core.Conversion;
import org.zhtext.core.Doc;
import org.zhtext.core.Token;

/**
 * Offset assertions for any {@link org.zhtext.engine.WordSegmenter} behind a {@link DocSegmenter}, in the style
 * of Lucene's {@code BaseTokenStreamTestCase.assertAnalyzesTo(text, tokens, starts, ends)}.
 */
public final class OffsetAssertions {
    private OffsetAssertions() {}

    /** Segments {@code text} and checks the tokens' surfaces and code point offsets, plus every invariant. */
    public static List<Token> assertAnalyzesTo(DocSegmenter seg, Function<String, Conversion> convert, String text,
                                               String[] tokens, int[] starts, int[] ends) {
        List<Token> out = tokens(seg, convert, text);
        assertArrayEquals(tokens, out.stream().map(Token::text).toArray(String[]::new), "tokens of " + text);
        if (starts != null) assertArrayEquals(starts, out.stream().mapToInt(Token::start).toArray(), "starts of " + text);
        if (ends != null) assertArrayEquals(ends, out.stream().mapToInt(Token::end).toArray(), "ends of " + text);
        return out;
    }

    /** Segments {@code text} and checks the invariants only; returns the tokens. */
    public static List<Token> tokens(DocSegmenter seg, Function<String, Conversion> convert, String text) {
        Doc doc = new Doc(Article.of("test", text), convert.apply(text));
        List<Token> out = seg.segment(doc);
        assertConsistent(text, out);
        return out;
    }

    /**
     * Every token's text equals the original at [start, end) in code points; tokens are in order, never overlap,
     * never hold whitespace at their edges, and together cover every non-whitespace code point; indices count
     * up within each sentence.
     */
    public static void assertConsistent(String original, List<Token> tokens) {
        int[] cps = original.codePoints().toArray();
        boolean[] covered = new boolean[cps.length];
        int lastEnd = 0, lastSentence = -1, expectIndex = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= lastEnd && t.end() > t.start() && t.end() <= cps.length, "span of " + t);
            assertEquals(new String(cps, t.start(), t.end() - t.start()), t.text(), "text at [start,end) of " + t);
            assertFalse(Character.isWhitespace(cps[t.start()]) || cps[t.start()] == 0x3000, "starts with whitespace: " + t);
            assertFalse(Character.isWhitespace(cps[t.end() - 1]) || cps[t.end() - 1] == 0x3000, "ends with whitespace: " + t);
            assertFalse(t.normalized().isEmpty(), "empty normalized form: " + t);
            if (t.sentence() != lastSentence) {
                assertTrue(t.sentence() > lastSentence, "sentence order: " + t);
                lastSentence = t.sentence();
                expectIndex = 0;
            }
            assertEquals(expectIndex++, t.index(), "index within sentence: " + t);
            for (int i = t.start(); i < t.end(); i++) covered[i] = true;
            lastEnd = t.end();
        }
        for (int i = 0; i < cps.length; i++) {
            boolean space = CharClasses.isSpace(cps[i]);
            if (!space) assertTrue(covered[i], "code point " + i + " (" + new String(Character.toChars(cps[i])) + ") in no token");
        }
    }
}
