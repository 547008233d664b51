package org.zhtext.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhtext.SharedEval;
import org.zhtext.core.Lexicon;
import org.zhtext.core.Sentence;
import org.zhtext.core.SentenceSplitter;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * {@link HanlpPass} against HanLP itself: its entity reading must be exactly what HanLP's own ViterbiSegment
 * returns with the same dictionaries and recognizers, whatever else the pass computes on the way.
 */
class HanlpPassTest {
    private static final Lexicon LEXICON = lexicon();
    private static final HanlpPass PASS = HanlpPass.create(LEXICON);

    private static Lexicon lexicon() {
        try {
            return Lexicon.load(List.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sentences of the UTF-8 samples (in simplified form) and a few with names, places and organizations. */
    private static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>(List.of(
                "美国财政部长贝森特与中国国务院副总理何立峰在马德里举行会谈。",
                "泽连斯基说，乌克兰国家银行和北京大学附属医院都派了人。",
                "张伟和李娜在上海市浦东新区的华为技术有限公司工作。",
                "高达百分之二十的关税将于10月1日生效，日本经济再生担当大臣赤泽亮正表示。",
                "  ", "。", "Apple 和 Google 的 CEO 库克、皮查伊"));
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            files = s.filter(p -> p.toString().endsWith(".txt") && !p.toString().matches(".*\\.(gb18030|big5)\\.txt")).sorted().toList();
        }
        for (Path p : files) {
            String text = ChineseConverter.get(Target.SIMPLIFIED, false).convert(Files.readString(p)).text();
            for (Sentence s : SentenceSplitter.get().split(text)) out.add(s.text(text));
        }
        return out;
    }

    @Test
    void entityWordsAreExactlyHanlpsOwn() throws IOException {
        List<String> sentences = sentences();
        assertTrue(sentences.size() > 30, "samples found: " + sentences.size());
        assertTrue(sameAsHanlp(sentences) > 20, "names, places and organizations found");
    }

    /** The same over the 3,442 sentences of the MSRA NER test set (news), when ../shared/eval is present. */
    @Test
    void entityWordsAreExactlyHanlpsOwnOnMsraSentences() throws IOException {
        Path bio = SharedEval.require("HanlpPassTest", "MSRA NER test sentences", "comparison skipped", "ner_msra", "msra_test_bio.txt");
        List<String> sentences = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(bio)) {
            if (line.isBlank()) {
                if (sb.length() > 0) sentences.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(line, 0, line.indexOf('\t'));
            }
        }
        if (sb.length() > 0) sentences.add(sb.toString());
        assertEquals(3442, sentences.size());
        assertTrue(sameAsHanlp(sentences) > 5000, "names, places and organizations found");
    }

    /** Asserts the pass's entity words are HanLP's for each sentence; returns how many entity words there were. */
    private static int sameAsHanlp(List<String> sentences) {
        Segment hanlp = new ViterbiSegment()
                .enableCustomDictionary(new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, HanlpSupport.lexiconTrie(LEXICON), null))
                .enablePartOfSpeechTagging(false)
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
        int entities = 0;
        for (String s : sentences) {
            List<HanlpPass.Span> expected = new ArrayList<>();
            if (!s.isEmpty()) {
                for (Term t : hanlp.seg(s)) expected.add(new HanlpPass.Span(t.offset, t.offset + t.word.length(), t.nature.toString()));
            }
            List<HanlpPass.Span> alone = PASS.run(s, HanlpPass.Want.ENTITIES).entityWords();
            assertEquals(expected, alone, s);
            HanlpPass.Result both = PASS.run(s, HanlpPass.Want.BOTH);
            assertEquals(expected, both.entityWords(), "with words computed too: " + s);
            assertEquals(PASS.run(s, HanlpPass.Want.WORDS).words(), both.words(), "words with entities computed too: " + s);
            entities += (int) alone.stream().filter(w -> w.tag().startsWith("nr") || w.tag().startsWith("ns") || w.tag().startsWith("nt")).count();
        }
        return entities;
    }

    @Test
    void wordsAreTheSameWithOrWithoutEntitiesAndCoverTheSentence() throws IOException {
        for (String s : sentences()) {
            List<HanlpPass.Span> words = PASS.run(s, HanlpPass.Want.WORDS).words();
            assertEquals(words, PASS.run(s, HanlpPass.Want.BOTH).words(), s);
            int pos = 0;
            for (HanlpPass.Span w : words) {
                assertEquals(pos, w.start(), "gap or overlap in " + s + ": " + words);
                assertTrue(w.end() > w.start());
                pos = w.end();
            }
            assertEquals(s.length(), pos, s);
        }
    }

    @Test
    void wordsKeepCompoundsApartButTakeNames() {
        List<HanlpPass.Span> words = PASS.run("贝森特与何立峰讨论了经济发展。", HanlpPass.Want.WORDS).words();
        List<String> texts = words.stream().map(w -> "贝森特与何立峰讨论了经济发展。".substring(w.start(), w.end())).toList();
        assertTrue(texts.contains("何立峰"), texts.toString());
        assertTrue(texts.contains("贝森特"), texts.toString());
        assertFalse(texts.contains("经济发展"), "the bundled custom dictionary's compound stays two words: " + texts);
    }

    @Test
    void spliceTakesNamesAndRecutsTheirNeighbours() {
        HanlpPass.Span a = new HanlpPass.Span(0, 1, "n"), bc = new HanlpPass.Span(1, 3, "v"), de = new HanlpPass.Span(3, 5, "n");
        // the name [0, 2) cuts the word [1, 3): the stretch [0, 3) comes from the named path
        List<HanlpPass.Span> named = List.of(new HanlpPass.Span(0, 2, "nr"), new HanlpPass.Span(2, 3, "v"), new HanlpPass.Span(3, 5, "n"));
        assertEquals(named, HanlpPass.splice(List.of(a, bc, de), named));
        // a name on word edges replaces just the words it covers
        List<HanlpPass.Span> words = List.of(new HanlpPass.Span(0, 1, "n"), new HanlpPass.Span(1, 2, "n"), new HanlpPass.Span(2, 5, "v"));
        List<HanlpPass.Span> named2 = List.of(new HanlpPass.Span(0, 2, "nrf"), new HanlpPass.Span(2, 4, "v"), new HanlpPass.Span(4, 5, "u"));
        assertEquals(List.of(new HanlpPass.Span(0, 2, "nrf"), new HanlpPass.Span(2, 5, "v")), HanlpPass.splice(words, named2));
        // no names: the words as they are
        assertEquals(List.of(a, bc, de), HanlpPass.splice(List.of(a, bc, de), List.of(new HanlpPass.Span(0, 3, "ns"), de)));
    }

    /**
     * Every core dictionary word found in a text of all CJK characters and the samples' sentences, twice (built,
     * then from what was kept): the fields HanLP's constructor sets.
     */
    @Test
    void coreDictionaryVerticesAreWhatHanlpsConstructorBuilds() throws IOException {
        StringBuilder text = new StringBuilder();
        for (char c = '\u3000'; c < '\uA000'; c++) text.append(c).append(' ');
        for (String s : sentences()) text.append(s).append(' ');
        char[] chars = text.toString().toCharArray();
        var dat = com.hankcs.hanlp.dictionary.CoreDictionary.trie;
        int words = 0, compiled = 0;
        for (int round = 0; round < 2; round++) {
            var searcher = dat.getSearcher(chars, 0);
            while (searcher.next()) {
                String word = new String(chars, searcher.begin, searcher.length);
                var expected = new com.hankcs.hanlp.seg.common.Vertex(word, searcher.value, searcher.index);
                var actual = HanlpPass.coreVertex(word, searcher.value, searcher.index);
                assertEquals(expected.word, actual.word, word);
                assertEquals(expected.realWord, actual.realWord, word);
                assertTrue(expected.attribute == actual.attribute, word);
                assertEquals(expected.wordID, actual.wordID, word);
                if (round == 0) {
                    words++;
                    if (!expected.word.equals(word)) compiled++;
                }
            }
        }
        assertTrue(words > 5_000 && compiled > 100, words + " words, " + compiled + " compiled to an equivalent (numbers, names, places...)");
    }
}
