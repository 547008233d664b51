package org.zhtext.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.hanlp.HanlpRecognizer;
import org.zhtext.SharedEval;
import org.zhtext.core.Lexicon;

class NerEvalTest {

    /** Writes a BIO file: each sentence as "text|tags" with one tag letter per char (O, P/p, L/l, G/g = B/I). */
    private static Path bio(Path dir, String... sentences) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
            String[] parts = s.split("\\|");
            for (int i = 0; i < parts[0].length(); i++) {
                char t = parts[1].charAt(i);
                String tag = switch (Character.toUpperCase(t)) {
                    case 'P' -> "PER";
                    case 'L' -> "LOC";
                    case 'G' -> "ORG";
                    default -> null;
                };
                sb.append(parts[0].charAt(i)).append('\t')
                        .append(tag == null ? "O" : (Character.isUpperCase(t) ? "B-" : "I-") + tag).append('\n');
            }
            sb.append('\n');
        }
        Path f = dir.resolve("gold.txt");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void scoresExactSpanAndTypeMatches(@TempDir Path dir) throws IOException {
        Path gold = bio(dir,
                // 特朗普 and 何立峰 are right; 马德里 (a location the pipeline finds) is not in the gold: one false positive
                "特朗普在马德里会见了何立峰。|PppOOOOOOOPppO",
                // the gold wants 会见 as an organization, which nobody finds: one false negative
                "他们会见了。|OOGgOO");
        NerEval.Result r = NerEval.evaluate(gold, EntityTestSupport.ENTITIES, "test");
        assertEquals(2, r.sentences());
        assertEquals(new NerEval.Score(2, 0, 0), r.of("PER"));
        assertEquals(new NerEval.Score(0, 1, 0), r.of("LOC"));
        assertEquals(new NerEval.Score(0, 0, 1), r.of("ORG"));
        assertEquals(new NerEval.Score(2, 1, 1), r.overall());
        assertEquals(2.0 / 3, r.overall().precision(), 1e-9);
        assertEquals(2.0 / 3, r.overall().recall(), 1e-9);
        assertTrue(NerEval.table(List.of(r)).contains("0.667"));
    }

    @Test
    void msraTestSet() throws IOException {
        Path bio = SharedEval.require("NerEvalTest", "MSRA NER gold data", "evaluation skipped", "ner_msra", "msra_test_bio.txt");
        NerEval.Result bare = NerEval.evaluate(bio, HanlpRecognizer.create(Lexicon.empty()), false);
        NerEval.Result ours = NerEval.evaluate(bio, EntityTestSupport.ENTITIES, "hanlp + zhtext rules");
        System.err.print(NerEval.table(List.of(bare, ours)));
        assertEquals(3442, ours.sentences());
        assertEquals(6190, ours.overall().tp() + ours.overall().fn(), "gold entity count");
        // issue 17's acceptance: overall F1 >= 0.73, ORG F1 >= 0.58, precision >= 0.80
        assertTrue(ours.overall().f1() >= 0.73, "overall F1 " + ours.overall().f1());
        assertTrue(ours.of("ORG").f1() >= 0.58, "ORG F1 " + ours.of("ORG").f1());
        assertTrue(ours.overall().precision() >= 0.80, "precision " + ours.overall().precision());
        assertTrue(ours.overall().f1() > bare.overall().f1(), "rules must beat bare HanLP");
    }

    /**
     * The default path (issue 24: the trained tagger, rules on top) and the tagger alone. Scored once after the
     * per-rule measurement on dev (2026-12-06, docs/EVALUATION.md): model only .881 (ORG .830, P .909), model +
     * rules .872 (ORG .826, P .908), below the F1 target of 0.88 on the default path. With the MSRA
     * guideline ({@code --entity-guideline msra}, defined from the dev rule table, scored once on 2026-12-07): .881
     * (ORG .828, P .904); the default path then .868. These floors are regression floors just under those numbers,
     * not targets.
     */
    @Test
    void msraTestSetWithTheModel() throws IOException {
        Path bio = SharedEval.require("NerEvalTest", "MSRA NER gold data", "evaluation skipped", "ner_msra", "msra_test_bio.txt");
        NerEval.Result model = NerEval.evaluate(bio, new DocEntities(EntityTestSupport.MODEL.engine(), EntityRules.none()), "model only");
        NerEval.Result ours = NerEval.evaluate(bio, EntityTestSupport.MODEL, "model + zhtext rules");
        NerEval.Result msra = NerEval.evaluate(bio, new DocEntities(EntityTestSupport.MODEL.engine(), EntityRules.with(EntityTestSupport.LEXICON,
                new EntityRules.Options(true, true).following(EntityRules.Guideline.MSRA))), "model + rules, --entity-guideline msra");
        System.err.print(NerEval.table(List.of(model, ours, msra)));
        assertEquals(6190, ours.overall().tp() + ours.overall().fn(), "gold entity count");
        assertTrue(model.overall().f1() >= 0.875, "model F1 " + model.overall().f1());
        assertTrue(ours.overall().f1() >= 0.865, "F1 " + ours.overall().f1());
        assertTrue(ours.of("ORG").f1() >= 0.81, "ORG F1 " + ours.of("ORG").f1());
        assertTrue(ours.overall().precision() >= 0.90, "precision " + ours.overall().precision());
        assertTrue(msra.overall().f1() >= 0.878, "MSRA guideline F1 " + msra.overall().f1());
        assertTrue(msra.overall().f1() > ours.overall().f1(), "the MSRA guideline scores higher on MSRA's own annotation");
        assertTrue(msra.of("ORG").f1() >= 0.81 && msra.overall().precision() >= 0.89, msra.overall() + " ORG " + msra.of("ORG"));
    }
}
