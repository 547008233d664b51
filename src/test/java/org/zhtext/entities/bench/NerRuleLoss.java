package org.zhtext.entities.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Mention;
import org.zhtext.entities.EntityRules;
import org.zhtext.hanlp.HanlpRecognizer;
import org.zhtext.ner.ModelRecognizer;
import org.zhtext.ner.NerCorpus;

/** Prints the model's correct dev mentions that the rules lose, and the wrong ones they add: {@code NerRuleLoss CORPUS [max]}. */
public final class NerRuleLoss {
    private NerRuleLoss() {}

    public static void main(String[] args) throws IOException {
        String shared = System.getenv().getOrDefault("ZHTEXT_SHARED", "../shared");
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ModelRecognizer model = ModelRecognizer.shipped(HanlpRecognizer.NAME);
        EntityRules rules = EntityRules.with(Lexicon.load(List.of()), new EntityRules.Options(true, true));
        int shown = 0;
        for (NerCorpus.Sentence s : NerCorpus.read(Path.of(shared, "train", "ner", args[0], "train.tsv"))) {
            if (!NerCorpus.isDev(s.text())) continue;
            Set<Mention> gold = new HashSet<>(org.zhtext.ner.NerTagsAccess.mentions(s.tags()));
            List<Mention> raw = model.recognize(s.text());
            Set<Mention> after = new HashSet<>(rules.apply(s.text(), raw));
            for (Mention m : raw) {
                if (gold.contains(m) && !after.contains(m) && shown++ < max) {
                    System.out.println("LOST " + m.type() + " " + s.text().substring(m.start(), m.end()) + "  | " + s.text());
                }
            }
            for (Mention m : after) {
                if (!gold.contains(m) && !raw.contains(m) && shown++ < max) {
                    System.out.println("ADDED-WRONG " + m.type() + " " + s.text().substring(m.start(), m.end()) + "  | " + s.text());
                }
            }
        }
    }
}
