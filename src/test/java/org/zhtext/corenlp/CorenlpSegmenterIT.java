package org.zhtext.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhtext.core.Doc;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Word;

/** The real CoreNLP segmenter and tagger over the fetched models (folder from -Dzhtext.corenlp.models). */
class CorenlpSegmenterIT {
    private static final Set<String> CTB = Set.of("AD", "AS", "BA", "CC", "CD", "CS", "DEC", "DEG", "DER", "DEV", "DT",
            "ETC", "FW", "IJ", "JJ", "LB", "LC", "M", "MSP", "NN", "NR", "NT", "OD", "ON", "P", "PN", "PU", "SB", "SP",
            "URL", "VA", "VC", "VE", "VV");
    private static final String SIMPLIFIED = "美国财政部长贝森特周二在北京表示，美国商务部将对进口钢铁加征关税。";
    private static final String TRADITIONAL = "美國財政部長貝森特週二在北京表示，美國商務部將對進口鋼鐵加徵關稅。";

    private static CorenlpSegmenter seg;

    @BeforeAll
    static void load() {
        seg = new CorenlpSegmenter(CorenlpModels.locate(null), Lexicon.empty());
    }

    @Test
    void namesAndTags() {
        assertEquals("corenlp", seg.name());
        assertEquals("ctb", seg.tagset());
    }

    @Test
    void segmentsAndTagsASimplifiedSentence() {
        List<String> words = ItDocs.originalWords(ItDocs.simplified(SIMPLIFIED), seg);
        assertTrue(words.contains("贝森特/NR"), words.toString());
        assertTrue(words.contains("北京/NR"), words.toString());
        assertTrue(words.contains("关税/NN"), words.toString());
        assertTrue(words.contains("，/PU") && words.contains("。/PU"), words.toString());
        for (String w : words) assertTrue(CTB.contains(w.substring(w.lastIndexOf('/') + 1)), "not a CTB tag: " + w);
    }

    @Test
    void traditionalTextIsSegmentedInSimplifiedAndMappedBackToTheOriginal() {
        Doc doc = ItDocs.converted(TRADITIONAL, SIMPLIFIED);
        List<String> words = ItDocs.originalWords(doc, seg);
        List<String> simplified = ItDocs.originalWords(ItDocs.simplified(SIMPLIFIED), seg);
        assertEquals(simplified.size(), words.size());
        assertTrue(words.contains("貝森特/NR"), words.toString());
        assertTrue(words.contains("關稅/NN"), words.toString());
        assertEquals(TRADITIONAL, String.join("", words.stream().map(w -> w.substring(0, w.lastIndexOf('/'))).toList()));
    }

    @Test
    void offsetsSurviveSurrogatesFullWidthDigitsAndSpaces() {
        for (String s : List.of("对𠀀𠀁进口加征２５％关税", "台积电\u3000在 2025年\t营收增长 ", "Apple公司的iPhone 17售价999美元",
                "  ", "—— “贝森特”说：（注）……", "𠀀")) {
            List<Word> words = seg.segment(s);
            ItDocs.assertCovers(s, words);
            if (!s.isBlank()) assertTrue(!words.isEmpty(), s);
        }
        List<Word> w = seg.segment("对𠀀𠀁进口加征２５％关税");
        assertTrue(w.stream().anyMatch(x -> x.start() == 1 || x.end() == 1), "𠀀 starts right after 对: " + w);
    }

    @Test
    void aLongUnpunctuatedSentenceIsCoveredExactly() {
        String s = "美国商务部将对进口钢铁加征关税".repeat(300);
        ItDocs.assertCovers(s, seg.segment(s));
    }

    @Test
    void userLexiconWordsAreMerged() {
        String s = "美国商务部将对进口钢铁加征关税。";
        List<Word> plain = seg.segment(s);
        assertTrue(plain.stream().noneMatch(w -> w.start() == 0 && w.end() == 5), "CoreNLP splits 美国商务部: " + plain);
        Lexicon lex = new Lexicon.Builder().add("美国商务部", "nt", 1000).build();
        List<Word> merged = new CorenlpSegmenter(CorenlpModels.locate(null), lex).segment(s);
        assertEquals(new Word(0, 5, "NR"), merged.get(0));
        assertEquals(plain.subList(plain.size() - merged.size() + 1, plain.size()), merged.subList(1, merged.size()));
    }

    @Test
    void concurrentCallsGiveTheSequentialResults() throws Exception {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 40; i++) sentences.add(i + "日，" + SIMPLIFIED.substring(i % 10));
        List<List<Word>> expected = sentences.stream().map(seg::segment).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Word>>> got = new ArrayList<>();
            for (String s : sentences) got.add(pool.submit(() -> seg.segment(s)));
            for (int i = 0; i < sentences.size(); i++) assertEquals(expected.get(i), got.get(i).get(), sentences.get(i));
        } finally {
            pool.shutdown();
        }
    }
}
