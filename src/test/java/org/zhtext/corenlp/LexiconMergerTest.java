package org.zhtext.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Word;

/** Merging adjacent words into user-lexicon words (pure logic; the IT runs it on CoreNLP's output). */
class LexiconMergerTest {
    private static final String S = "贝森特在美国商务部发言";
    // 贝/森特/在/美国/商务部/发言 as a segmenter might cut it
    private static final List<Word> WORDS = List.of(new Word(0, 1, "NR"), new Word(1, 3, "NN"), new Word(3, 4, "P"),
            new Word(4, 6, "NR"), new Word(6, 9, "NN"), new Word(9, 11, "VV"));

    private static LexiconMerger merger(String... lines) {
        Lexicon.Builder b = new Lexicon.Builder();
        for (String l : lines) {
            String[] f = l.split(" ");
            b.add(f[0], f.length > 1 ? f[1] : null, 1000);
        }
        return new LexiconMerger(b.build());
    }

    @Test
    void mergesAdjacentWordsFormingALexiconWord() {
        List<Word> out = merger("贝森特 nrf").apply(S, WORDS);
        assertEquals(new Word(0, 3, "NR"), out.get(0));
        assertEquals(WORDS.subList(2, 6), out.subList(1, 5));
    }

    @Test
    void prefersTheLongestRunAndTheHeadTagWithoutALexiconTag() {
        List<Word> out = merger("美国商务", "美国商务部").apply(S, WORDS);
        assertEquals(new Word(4, 9, "NN"), out.get(3));
        assertEquals(5, out.size());
    }

    @Test
    void keepsACtbTagFromTheLexicon() {
        assertEquals(new Word(4, 9, "NR"), merger("美国商务部 NR").apply(S, WORDS).get(3));
    }

    @Test
    void neverSplitsAWordNorJoinsAcrossAGap() {
        assertSame(WORDS, merger("森特在美").apply(S, WORDS));
        String spaced = "美国 商务部";
        List<Word> w = List.of(new Word(0, 2, "NR"), new Word(3, 6, "NN"));
        assertSame(w, merger("美国商务部").apply(spaced, w));
    }

    @Test
    void emptyLexiconChangesNothing() {
        assertSame(WORDS, new LexiconMerger(Lexicon.empty()).apply(S, WORDS));
    }
}
