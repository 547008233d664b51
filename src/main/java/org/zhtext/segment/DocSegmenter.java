package org.zhtext.segment;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Conversion;
import org.zhtext.core.Doc;
import org.zhtext.core.OffsetMap;
import org.zhtext.core.Sentence;
import org.zhtext.core.Token;
import org.zhtext.engine.Word;
import org.zhtext.engine.WordSegmenter;

/**
 * Segments a {@link Doc}: each sentence of its simplified text goes through a {@link WordSegmenter}, and each
 * word is mapped back to code point offsets into the original text. A token's {@code text} is the original
 * surface (traditional stays traditional), {@code normalized} the simplified word. Whitespace is never a token.
 * Stateless and thread-safe when its engine is.
 */
public final class DocSegmenter {
    private final WordSegmenter engine;

    public DocSegmenter(WordSegmenter engine) {
        this.engine = engine;
    }

    public WordSegmenter engine() {
        return engine;
    }

    /** All tokens of the document, in text order, with sentence index and index within the sentence. */
    public List<Token> segment(Doc doc) {
        String norm = doc.normalized();
        List<Token> out = new ArrayList<>(norm.length() / 2 + 1);
        for (Sentence s : doc.sentences()) {
            String text = s.text(norm);
            add(doc, s, text, engine.segment(text), out);
        }
        return out;
    }

    /**
     * Appends the tokens of one sentence ({@code text}, its simplified text) given the engine's words for it,
     * mapped back to the original text.
     */
    public void add(Doc doc, Sentence s, String text, List<Word> words, List<Token> out) {
        int index = 0;
        int lastEnd = -1;
        boolean same = doc.unconverted(); // then a word's original text is the word itself
        for (Word w : words) {
            int[] span = doc.toOriginal(s.start() + w.start(), s.start() + w.end());
            if (span[1] <= span[0]) continue;
            String word = text.substring(w.start(), w.end());
            String original = same ? word : null;
            if (span[0] < lastEnd) {
                // the word shares a converted phrase with the previous one: one original span, one token
                Token prev = out.remove(out.size() - 1);
                span[0] = prev.start();
                span[1] = Math.max(span[1], prev.end());
                word = prev.normalized() + word;
                original = null;
                index--;
            }
            out.add(new Token(s.index(), index++, original != null ? original : doc.originalText(span[0], span[1]),
                    span[0], span[1], w.tag(), word));
            lastEnd = span[1];
        }
    }

    /** A conversion that changes nothing: for text already in simplified script. */
    public static Conversion unconverted(String text) {
        return new Conversion(text, text, OffsetMap.identity(text.codePointCount(0, text.length())), 0);
    }
}
