package org.zhtext.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Mention;

class HanlpRecognizerTest {
    private static final String SENTENCE = "英伟达首席执行官黄仁勋与卢特尼克在华盛顿会面。";
    /** HanLP with the shipped lexicon (models/lexicon/*.txt). */
    private static final HanlpRecognizer HANLP = shipped();

    private static HanlpRecognizer shipped() {
        try {
            return HanlpRecognizer.create(Lexicon.load(List.of()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> typed(HanlpRecognizer r, String s) {
        return r.recognize(s).stream().map(m -> m.type() + ":" + s.substring(m.start(), m.end())).toList();
    }

    @Test
    void lexiconEntriesSetTypeAndBoundaries() {
        List<String> bare = typed(HanlpRecognizer.create(Lexicon.empty()), SENTENCE);
        List<String> withLexicon = typed(HANLP, SENTENCE);
        assertTrue(withLexicon.contains("organization:英伟达"), withLexicon.toString());
        assertTrue(withLexicon.contains("person:卢特尼克"), withLexicon.toString());
        assertTrue(withLexicon.contains("location:华盛顿"), withLexicon.toString());
        assertTrue(!bare.contains("organization:英伟达"), "bare HanLP does not know 英伟达 as a company: " + bare);
    }

    @Test
    void lexiconIsAppliedPerInstanceNotGlobally() {
        Lexicon one = new Lexicon.Builder().add("贾米森格里尔", "nrf", 1000).build();
        String s = "贾米森格里尔发表讲话。";
        assertTrue(typed(HanlpRecognizer.create(one), s).contains("person:贾米森格里尔"));
        assertTrue(!typed(HanlpRecognizer.create(Lexicon.empty()), s).contains("person:贾米森格里尔"),
                "an entry of one instance must not leak into another");
    }

    @Test
    void spansAreInsideTheSentence() {
        String s = "  特朗普\t表示，（Ｂ）美国将继续谈判";
        for (Mention m : HANLP.recognize(s)) {
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= s.length(), m.toString());
        }
        assertEquals(List.of(), HANLP.recognize(""));
    }

    @Test
    void concurrentUseGivesTheSameResults() throws Exception {
        List<String> sentences = List.of(SENTENCE, "美国商务部工业与安全局周五发表声明。", "何立峰与贝森特在日内瓦举行会谈。",
                "欧盟委员会主席冯德莱恩访问东京。");
        List<List<Mention>> expected = sentences.stream().map(HANLP::recognize).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int k = 0; k < 25; k++) {
                        for (int i = 0; i < sentences.size(); i++) {
                            if (!HANLP.recognize(sentences.get(i)).equals(expected.get(i))) return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) assertTrue(f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nothingIsWrittenToStdout() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            HanlpRecognizer r = HanlpRecognizer.create(new Lexicon.Builder().add("某某", "xyz", 5).build());
            r.recognize(SENTENCE);
        } finally {
            System.setOut(old);
        }
        assertEquals("", buf.toString(StandardCharsets.UTF_8));
    }
}
