package org.zhtext.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhtext.SharedEval;
import org.zhtext.core.Lexicon;
import org.zhtext.core.Sentence;
import org.zhtext.core.SentenceSplitter;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * {@link HanlpPass} against HanLP itself (the release {@link HanlpVersion#EXPECTED}; another one shows its drift
 * here). The entity reading must be exactly what HanLP's own ViterbiSegment returns with the same dictionaries
 * and recognizers, whatever else the pass computes on the way. The token reading is made of two readings of
 * HanLP's own, each compared exactly: the best path merged with the user lexicon only (HanLP with a custom
 * dictionary holding the user lexicon alone, no recognizers) and, where HanLP's person recognizers add a
 * candidate, the path they give on the lattice the entity reading shares (HanLP with the bundled custom
 * dictionary and the user lexicon, the person recognizers only); {@link HanlpPass#splice} puts the names of the
 * second into the first. Against the closest single configuration of HanLP (user lexicon only, person
 * recognizers) the differences that remain are counted.
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
        List<String> sentences = msraSentences("entity words comparison skipped");
        assertTrue(sameAsHanlp(sentences) > 5000, "names, places and organizations found");
    }

    /** The 3,442 sentences of the MSRA NER test set (news), or the test skipped when ../shared/eval is absent. */
    private static List<String> msraSentences(String skipped) throws IOException {
        Path bio = SharedEval.require("HanlpPassTest", "MSRA NER test sentences", skipped, "ner_msra", "msra_test_bio.txt");
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
        return sentences;
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

    @Test
    void tokenReadingIsHanlpsOwnDictionaryWordsWithHanlpsNames() throws IOException {
        List<String> sentences = sentences();
        int named = tokenReadingIsHanlpsOwn(PASS, LEXICON, sentences);
        assertTrue(named > 5, "sentences with names read: " + named);
    }

    @Test
    void tokenReadingIsHanlpsOwnDictionaryWordsWithHanlpsNamesOnMsraSentences() throws IOException {
        List<String> sentences = msraSentences("token reading comparison skipped");
        int named = tokenReadingIsHanlpsOwn(PASS, LEXICON, sentences);
        assertTrue(named > 500, "sentences with names read: " + named);
    }

    /**
     * The token reading against the closest single configuration of HanLP's ViterbiSegment: a custom dictionary
     * with no entries (the user lexicon is empty here, so that the counts depend on HanLP alone), the person
     * recognizers (Chinese and transliterated names) on, the rest off. The pass's person recognizers read the
     * best path merged with HanLP's bundled custom dictionary (the lattice the entity reading needs), HanLP's here
     * the path without it, so the names can differ. The sentences where they do are counted by kind, exactly: a
     * HanLP release whose dictionaries or recognizers differ changes the counts.
     */
    @Test
    void tokenReadingDiffersFromHanlpsPersonSegmenterOnlyInNamesOnMsraSentences() throws IOException {
        List<String> sentences = msraSentences("token reading comparison skipped");
        HanlpPass bare = HanlpPass.create(Lexicon.empty());
        tokenReadingIsHanlpsOwn(bare, Lexicon.empty(), sentences); // every difference below is explained by the two readings
        Segment hanlp = hanlp(NO_ENTRIES, Lexicon.empty(), true);
        int tagsOnly = 0, namesReadByThePass = 0, namesReadByHanlpOnly = 0;
        String[] examples = new String[3];
        for (String s : sentences) {
            HanlpPass.Readings r = bare.readings(s);
            List<HanlpPass.Span> theirs = seg(hanlp, s);
            if (r.words().equals(theirs)) continue;
            int kind;
            if (sameEdges(r.words(), theirs)) {
                kind = 0;
                tagsOnly++;
            } else if (r.named() != null) {
                kind = 1;
                namesReadByThePass++;
            } else {
                kind = 2;
                namesReadByHanlpOnly++;
            }
            if (examples[kind] == null) examples[kind] = difference(s, r.words(), theirs);
        }
        String counts = "tags only " + tagsOnly + ", names read by the pass " + namesReadByThePass + ", names read by HanLP only "
                + namesReadByHanlpOnly + "; e.g. " + String.join("; ", examples);
        assertEquals(List.of(TAGS_ONLY, NAMES_READ_BY_THE_PASS, NAMES_READ_BY_HANLP_ONLY),
                List.of(tagsOnly, namesReadByThePass, namesReadByHanlpOnly), counts);
    }

    /**
     * The MSRA sentences (of 3,442) where the token reading differs from HanLP's person segmenter
     * ({@link #tokenReadingDiffersFromHanlpsPersonSegmenterOnlyInNamesOnMsraSentences}), by kind: the same words
     * with a name tagged differently ({@code 克林顿/nrf}, HanLP here {@code 克林顿/nr}); other words where the pass
     * read names on the merged path ({@code 亨特/nrf}, HanLP here {@code 亨/nr 特/d}); other words where only HanLP
     * here read names ({@code 向/p 致/v 公/ng}, HanLP here {@code 向致公/nr}). Measured with HanLP portable-1.8.6.
     */
    private static final int TAGS_ONLY = 17, NAMES_READ_BY_THE_PASS = 158, NAMES_READ_BY_HANLP_ONLY = 131;

    /** A custom dictionary that matches nothing: HanLP's segmenter then merges the user lexicon's words only. */
    private static final DoubleArrayTrie<CoreDictionary.Attribute> NO_ENTRIES = noEntries();

    private static DoubleArrayTrie<CoreDictionary.Attribute> noEntries() {
        DoubleArrayTrie<CoreDictionary.Attribute> dat = new DoubleArrayTrie<>();
        TreeMap<String, CoreDictionary.Attribute> one = new TreeMap<>();
        one.put("\uE000", CoreDictionary.Attribute.create("nz 1")); // a private-use character: in no text here
        dat.build(one);
        return dat;
    }

    /** HanLP's ViterbiSegment with {@code dat} and the lexicon as its custom dictionary, and its person recognizers or none. */
    private static Segment hanlp(DoubleArrayTrie<CoreDictionary.Attribute> dat, Lexicon lexicon, boolean persons) {
        return new ViterbiSegment()
                .enableCustomDictionary(new DynamicCustomDictionary(dat, HanlpSupport.lexiconTrie(lexicon), null))
                .enablePartOfSpeechTagging(false)
                .enableNameRecognize(persons)
                .enableTranslatedNameRecognize(persons)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableOffset(true);
    }

    private static List<HanlpPass.Span> seg(Segment hanlp, String s) {
        List<HanlpPass.Span> out = new ArrayList<>();
        if (s.isEmpty()) return out;
        for (Term t : hanlp.seg(s)) out.add(new HanlpPass.Span(t.offset, t.offset + t.word.length(), t.nature.toString()));
        return out;
    }

    /**
     * Asserts, for each sentence, that the pass's dictionary words are HanLP's words with the user lexicon as its
     * only custom dictionary and no recognizers; that where the pass read names, its named path is HanLP's with the
     * bundled custom dictionary and the user lexicon and the person recognizers only (and where it read none,
     * those recognizers changed nothing in HanLP either); and that the words are the first with the names of the
     * second spliced in. Returns how many sentences had names read.
     */
    private static int tokenReadingIsHanlpsOwn(HanlpPass pass, Lexicon lexicon, List<String> sentences) {
        Segment dictionaryWords = hanlp(NO_ENTRIES, lexicon, false);
        Segment named = hanlp(CustomDictionary.DEFAULT.dat, lexicon, true);
        Segment unnamed = hanlp(CustomDictionary.DEFAULT.dat, lexicon, false);
        int withNames = 0;
        for (String s : sentences) {
            HanlpPass.Readings r = pass.readings(s);
            assertEquals(seg(dictionaryWords, s), r.dictionaryWords(), "dictionary words: " + s);
            List<HanlpPass.Span> hanlpNamed = seg(named, s);
            if (r.named() == null) {
                assertEquals(seg(unnamed, s), hanlpNamed, "HanLP's person recognizers add nothing either: " + s);
                assertEquals(r.dictionaryWords(), r.words(), s);
            } else {
                withNames++;
                assertEquals(hanlpNamed, r.named(), "the path with names: " + s);
                assertEquals(HanlpPass.splice(r.dictionaryWords(), r.named()), r.words(), s);
            }
            assertEquals(pass.run(s, HanlpPass.Want.WORDS).words(), r.words(), s);
        }
        return withNames;
    }

    private static boolean sameEdges(List<HanlpPass.Span> a, List<HanlpPass.Span> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).start() != b.get(i).start() || a.get(i).end() != b.get(i).end()) return false;
        }
        return true;
    }

    /** The stretch where two readings of {@code s} differ: {@code 理查德·赖尔登/nrf | HanLP: 理/n 查/v 德/j ·/w 赖尔登/nr}. */
    private static String difference(String s, List<HanlpPass.Span> ours, List<HanlpPass.Span> theirs) {
        int head = 0;
        while (head < ours.size() && head < theirs.size() && ours.get(head).equals(theirs.get(head))) head++;
        int tail = 0;
        while (tail < ours.size() - head && tail < theirs.size() - head
                && ours.get(ours.size() - 1 - tail).equals(theirs.get(theirs.size() - 1 - tail))) tail++;
        return show(s, ours.subList(head, ours.size() - tail)) + " | HanLP: " + show(s, theirs.subList(head, theirs.size() - tail));
    }

    private static String show(String s, List<HanlpPass.Span> words) {
        StringBuilder b = new StringBuilder();
        for (HanlpPass.Span w : words) b.append(b.length() > 0 ? " " : "").append(s, w.start(), w.end()).append('/').append(w.tag());
        return b.toString();
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
