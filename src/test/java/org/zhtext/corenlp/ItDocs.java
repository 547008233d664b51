package org.zhtext.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Article;
import org.zhtext.core.Conversion;
import org.zhtext.core.Doc;
import org.zhtext.core.OffsetMap;
import org.zhtext.engine.Word;

/** Docs and offset checks shared by the CoreNLP integration tests. */
final class ItDocs {
    private ItDocs() {}

    /** A simplified article: the normalized text is the original. */
    static Doc simplified(String text) {
        return new Doc(Article.of("it.txt", text), new Conversion(text, text, OffsetMap.identity(text.codePointCount(0, text.length())), 0));
    }

    /**
     * A traditional article with its simplified form written by hand, character for character (the converter
     * is another package's job; this keeps the test about offsets through a conversion).
     */
    static Doc converted(String traditional, String simplified) {
        int n = traditional.codePointCount(0, traditional.length());
        assertEquals(n, simplified.codePointCount(0, simplified.length()), "one to one conversion expected");
        int changed = 0;
        for (int i = 0; i < traditional.length(); i++) if (traditional.charAt(i) != simplified.charAt(i)) changed++;
        return new Doc(Article.of("it.txt", traditional), new Conversion(traditional, simplified, OffsetMap.identity(n), changed));
    }

    /** Asserts that the words are in order, inside the sentence, and cover every non-space character once. */
    static void assertCovers(String sentence, List<Word> words) {
        int at = 0;
        for (Word w : words) {
            assertTrue(w.start() >= at && w.end() > w.start() && w.end() <= sentence.length(), "bad span " + w + " in " + sentence);
            assertTrue(sentence.substring(at, w.start()).isBlank(), "gap not blank before " + w + " in " + sentence);
            assertTrue(!Character.isLowSurrogate(sentence.charAt(w.start())) && !Character.isHighSurrogate(sentence.charAt(w.end() - 1)),
                    "word cuts a surrogate pair: " + w);
            at = w.end();
        }
        assertTrue(sentence.substring(at).isBlank(), "uncovered tail in " + sentence);
    }

    /** The words of a doc's sentences as original surface strings: text at the mapped [start, end). */
    static List<String> originalWords(Doc doc, CorenlpSegmenter seg) {
        List<String> out = new ArrayList<>();
        for (var s : doc.sentences()) {
            String sentence = s.text(doc.normalized());
            List<Word> words = seg.segment(sentence);
            assertCovers(sentence, words);
            for (Word w : words) {
                int[] o = doc.toOriginal(s.start() + w.start(), s.start() + w.end());
                out.add(doc.originalText(o[0], o[1]) + "/" + w.tag());
            }
        }
        return out;
    }
}
