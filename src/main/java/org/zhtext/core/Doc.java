package org.zhtext.core;

import java.util.List;

/**
 * An article with its simplified normalization: the data every analysis step works on.
 * Engines see {@link #normalized()} (and its sentences); their spans, in UTF-16 char indices of the
 * normalized text, are mapped back with {@link #toOriginal(int, int)} to code point offsets into the
 * original, whose surface text is {@link #originalText(int, int)}. (spaCy's Doc: the Doc owns the text,
 * spans are offsets.)
 */
public final class Doc {
    private final Article article;
    private final Conversion conversion;
    private final CodePointIndex normIndex;
    private final int[] origCpToChar; // null when the original has no surrogate pairs
    private volatile List<Sentence> sentences;

    public Doc(Article article, Conversion conversion) {
        this.article = article;
        this.conversion = conversion;
        this.normIndex = CodePointIndex.of(conversion.text());
        String o = article.text();
        CodePointIndex oi = CodePointIndex.of(o);
        if (oi.hasSurrogates()) {
            int n = oi.length();
            int[] m = new int[n + 1];
            int c = 0;
            for (int i = 0; i < o.length(); ) {
                m[c++] = i;
                i += Character.charCount(o.codePointAt(i));
            }
            m[n] = o.length();
            origCpToChar = m;
        } else {
            origCpToChar = null;
        }
    }

    public Article article() {
        return article;
    }

    public String original() {
        return article.text();
    }

    public Conversion conversion() {
        return conversion;
    }

    /** The simplified text the engines read. */
    public String normalized() {
        return conversion.text();
    }

    /** Sentences of the normalized text (char indices into {@link #normalized()}). */
    public List<Sentence> sentences() {
        List<Sentence> s = sentences;
        if (s == null) {
            s = SentenceSplitter.get().split(normalized());
            sentences = s;
        }
        return s;
    }

    /** Maps a span of normalized UTF-16 char indices to original code point offsets {@code {start, end}}. */
    public int[] toOriginal(int normCharStart, int normCharEnd) {
        return conversion.map().toOriginal(normIndex.toCodePoint(normCharStart), normIndex.toCodePoint(normCharEnd));
    }

    /** True when conversion changed nothing: the normalized text is the original (the same string). */
    public boolean unconverted() {
        return conversion.text() == article.text();
    }

    /** Original text between two code point offsets. */
    public String originalText(int cpStart, int cpEnd) {
        String o = article.text();
        if (origCpToChar == null) return o.substring(cpStart, cpEnd);
        return o.substring(origCpToChar[cpStart], origCpToChar[cpEnd]);
    }

    /** Normalized text between two code point offsets of the normalized text. */
    public int normalizedCodePoint(int normCharIndex) {
        return normIndex.toCodePoint(normCharIndex);
    }
}
