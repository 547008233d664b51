package org.zhtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.core.Sentence;
import org.zhtext.core.SentenceSplitter;
import org.zhtext.core.Setting;
import org.zhtext.engine.EngineProvider;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.SentenceAnalyzer;
import org.zhtext.engine.SetupException;
import org.zhtext.engine.WordSegmenter;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/** The engine registry and its wiring: providers by name, shared engines, the combined pass, setup errors as data. */
class EngineRegistryTest {
    @TempDir Path dir;

    private static EngineRegistry.Config config(String engine, String standard, List<Path> lexicons, Path models) {
        return new EngineRegistry.Config(engine, standard, lexicons, models == null ? Map.of() : Map.of("corenlp-models", models.toString()), false);
    }

    @Test
    void theRegisteredEnginesTheDefaultFirst() {
        // toy: the test fixture's engine (enginefixture, registered on the test class path), listed after zhtext's own
        // although Maven puts the test classes first on the class path
        assertEquals(List.of("hanlp", "corenlp", "toy"), EngineRegistry.providers().stream().map(EngineProvider::name).toList());
        assertSame(EngineRegistry.providers().get(0), EngineRegistry.defaultProvider());
        assertSame(EngineRegistry.provider("corenlp"), EngineRegistry.providers().get(1));
        assertNull(EngineRegistry.provider("hanlp").models(), "HanLP's data is in its jar");
        assertEquals("corenlp", EngineRegistry.provider("corenlp").models().name());
        for (EngineProvider p : EngineRegistry.providers()) {
            assertFalse(p.versions().isEmpty(), p.name());
            assertFalse(p.summary().isBlank(), p.name());
        }
    }

    @Test
    void engineInstancesAreSharedPerConfiguration() {
        EngineRegistry.Config c = config("hanlp", "pku", List.of(), null);
        assertSame(EngineRegistry.segmenter(c, System.err), EngineRegistry.segmenter(config("hanlp", "pku", List.of(), null), System.err));
        assertSame(EngineRegistry.recognizer(c, System.err), EngineRegistry.recognizer(c, System.err));
        assertSame(EngineRegistry.lexicon(c, System.err), EngineRegistry.lexicon(config("hanlp", "msr", List.of(), null), System.err));
    }

    /** HanLP's combined pass gives, sentence by sentence, exactly what its segmenter and recognizer give. */
    @Test
    void theCombinedPassIsTheSegmenterAndTheRecognizer() throws Exception {
        EngineRegistry.Config c = config("hanlp", "pku", List.of(), null);
        WordSegmenter words = EngineRegistry.segmenter(c, System.err);
        EntityEngine entities = EngineRegistry.recognizer(c, System.err);
        SentenceAnalyzer both = EngineRegistry.analyzer(c, System.err);
        String text = ChineseConverter.get(Target.SIMPLIFIED, false).convert(WindowsTest.samplesText()).text();
        int sentences = 0, mentions = 0;
        for (Sentence s : SentenceSplitter.get().split(text)) {
            String t = s.text(text);
            SentenceAnalyzer.Analysis a = both.analyze(t);
            assertEquals(words.segment(t), a.words(), t);
            assertEquals(entities.recognize(t), a.mentions(), t);
            sentences++;
            mentions += a.mentions().size();
        }
        assertTrue(sentences > 30 && mentions > 20, sentences + " sentences, " + mentions + " mentions");
        for (String t : List.of("", " ", "。")) {
            assertEquals(words.segment(t), both.analyze(t).words(), "'" + t + "'");
            assertEquals(entities.recognize(t), both.analyze(t).mentions(), "'" + t + "'");
        }
    }

    /** Setup errors name the setting and what is wrong with it, never a command-line option. */
    @Test
    void setupErrorsCarryTheSettingAndTheDetail() {
        SetupException engine = assertThrows(SetupException.class, () -> EngineRegistry.segmenter(config("jieba", "pku", List.of(), null), System.err));
        assertEquals(Setting.ENGINE, engine.setting());
        assertEquals("unknown engine 'jieba' (hanlp, corenlp, toy)", engine.detail());

        Path missing = dir.resolve("missing.txt");
        SetupException lexicon = assertThrows(SetupException.class,
                () -> EngineRegistry.segmenter(config("hanlp", "pku", List.of(missing), null), System.err));
        assertEquals(Setting.LEXICON, lexicon.setting());
        assertEquals("no such file: " + missing, lexicon.detail());
        assertEquals("lexicon: no such file: " + missing, lexicon.getMessage());

        SetupException standard = assertThrows(SetupException.class, () -> EngineRegistry.segmenter(config("hanlp", "bogus", List.of(), null), System.err));
        assertEquals(Setting.STANDARD, standard.setting());
        assertEquals("unknown segmentation standard: bogus (pku, msr, cityu, as, ud)", standard.detail());

        Path none = dir.resolve("none");
        for (Runnable build : List.<Runnable>of(() -> EngineRegistry.segmenter(config("corenlp", "pku", List.of(), none), System.err),
                () -> EngineRegistry.recognizer(config("corenlp", "pku", List.of(), none), System.err))) {
            SetupException models = assertThrows(SetupException.class, build::run);
            assertEquals(Setting.ENGINE_OPTION, models.setting());
            assertEquals("corenlp-models", models.engineOption());
            assertEquals("no CoreNLP models in " + none + ": run `zhtext models fetch corenlp`", models.getMessage());
        }

        for (SetupException e : List.of(engine, lexicon, standard)) assertFalse(e.getMessage().contains("--"), e.getMessage());
        assertNotNull(EngineRegistry.segmenter(config("hanlp", "msr", List.of(), null), System.err));
    }
}
