package org.zhtext.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhtext.core.Doc;
import org.zhtext.core.Entity;
import org.zhtext.core.Lexicon;
import org.zhtext.core.Sentence;
import org.zhtext.engine.Mention;
import org.zhtext.hanlp.HanlpRecognizer;

/**
 * zhtext's own news-wire test sets (src/test/resources/ner, sentences written for zhtext in the style of wire
 * reports, both scripts, annotated by hand; see the header of each file), scored by {@link NerEval} through the
 * same path as the commands (conversion to simplified, sentences, HanLP, rules). The tuned set was written before
 * the rules of issue 17 were tuned and used while tuning them; the held-out set was written after it and never
 * used for tuning.
 */
class NewswireNerTest {
    static Path set(String name) {
        try {
            return Path.of(NewswireNerTest.class.getResource("/ner/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static NerEval.Result score(String name) throws IOException {
        return NerEval.evaluate(set(name), EntityTestSupport.ENTITIES, "hanlp + zhtext rules", EntityTestSupport::doc);
    }

    /**
     * The default path (issue 24: trained tagger, rules on top) on both sets; the acceptance: tuned
     * >= 0.95, held-out >= 0.92 (measured .960 and .938 at the end of issue 24, both scored through this test).
     */
    @Test
    void modelPathOnBothSets() throws IOException {
        NerEval.Result tuned = NerEval.evaluate(set("newswire-tuned.bio"), EntityTestSupport.MODEL, "model + rules (tuned)", EntityTestSupport::doc);
        NerEval.Result held = NerEval.evaluate(set("newswire-heldout.bio"), EntityTestSupport.MODEL, "model + rules (held-out)", EntityTestSupport::doc);
        System.err.print("news-wire sets, default path (--ner model)\n" + NerEval.table(List.of(tuned, held)));
        assertTrue(tuned.overall().f1() >= 0.95, "tuned F1 " + tuned.overall().f1());
        assertTrue(held.overall().f1() >= 0.92, "held-out F1 " + held.overall().f1());
    }

    @Test
    void tunedSetScoresAtLeast090() throws IOException {
        NerEval.Result bare = NerEval.evaluate(set("newswire-tuned.bio"),
                new DocEntities(HanlpRecognizer.create(Lexicon.empty()), EntityRules.none()), "hanlp (bare)", EntityTestSupport::doc);
        NerEval.Result ours = score("newswire-tuned.bio");
        System.err.print("news-wire tuned set\n" + NerEval.table(List.of(bare, ours)));
        assertEquals(80, ours.sentences());
        assertEquals(204, ours.overall().tp() + ours.overall().fn(), "gold entity count");
        assertTrue(ours.overall().f1() >= 0.90, "F1 " + ours.overall().f1());
    }

    @Test
    void heldOutSetIsScored() throws IOException {
        NerEval.Result bare = NerEval.evaluate(set("newswire-heldout.bio"),
                new DocEntities(HanlpRecognizer.create(Lexicon.empty()), EntityRules.none()), "hanlp (bare)", EntityTestSupport::doc);
        NerEval.Result ours = score("newswire-heldout.bio");
        System.err.print("news-wire held-out set\n" + NerEval.table(List.of(bare, ours)));
        assertEquals(26, ours.sentences());
        assertTrue(ours.overall().f1() > bare.overall().f1(), "rules must beat bare HanLP");
        // a regression floor, set after the set was scored once (0.915) at the end of issue 17: not a target to tune to
        assertTrue(ours.overall().f1() >= 0.88, "F1 " + ours.overall().f1());
    }

    @Test
    void noEntityOfEitherSetBreaksTheBoundaryRules() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String name : List.of("newswire-tuned.bio", "newswire-heldout.bio")) {
            for (NerEval.GoldSentence g : NerEval.read(set(name))) {
                Doc doc = EntityTestSupport.doc(g.text());
                for (Sentence sentence : doc.sentences()) {
                    String text = sentence.text(doc.normalized());
                    for (Mention m : EntityTestSupport.ENTITIES.mentions(text)) {
                        String why = EntityTestSupport.ENTITIES.rules().boundaryViolation(text, m);
                        if (why != null) violations.add(text.substring(m.start(), m.end()) + " (" + why + ") in " + text);
                    }
                }
                for (Entity e : EntityTestSupport.entities(g.text())) assertTrue(e.end() > e.start()); // offsets checked inside
            }
        }
        assertEquals(List.of(), violations);
    }
}
