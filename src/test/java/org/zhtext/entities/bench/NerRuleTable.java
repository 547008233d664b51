package org.zhtext.entities.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.zhtext.core.Doc;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.Mention;
import org.zhtext.entities.DocEntities;
import org.zhtext.entities.EntityRules;
import org.zhtext.entities.NerEval;
import org.zhtext.hanlp.HanlpRecognizer;
import org.zhtext.ner.ModelRecognizer;

/**
 * Each post-processing rule's effect on the default path (the tagger, rules on top): {@code NerRuleTable SET...}
 * scores model + rules, then the same with one rule switched off ({@link EntityRules.Options#without}, and the
 * coordinated country abbreviations off), and prints each row's F1, P, R and per-type F1 with the change against
 * all rules on (a negative change when a rule is off means the rule pays). Sets as in {@link NerModelTable}: dev
 * sets only while tuning. Run by {@code bench/ner-rules.sh}.
 */
public final class NerRuleTable {
    private NerRuleTable() {}

    public static void main(String[] args) throws IOException {
        String shared = System.getenv().getOrDefault("ZHTEXT_SHARED", "../shared");
        Lexicon lexicon = Lexicon.load(List.of());
        EntityEngine model = cached(ModelRecognizer.shipped(HanlpRecognizer.NAME));
        EntityRules.Options all = NerModelTable.MODEL_RULES;
        List<String> labels = new ArrayList<>();
        List<DocEntities> variants = new ArrayList<>();
        labels.add("all rules (default)");
        variants.add(new DocEntities(model, EntityRules.with(lexicon, all)));
        labels.add("model only (no rules)");
        variants.add(new DocEntities(model, EntityRules.none()));
        for (EntityRules.Rule r : EntityRules.Rule.values()) {
            labels.add("- " + r.name());
            variants.add(new DocEntities(model, EntityRules.with(lexicon, all.without(r))));
        }
        labels.add("guideline msra");
        variants.add(new DocEntities(model, EntityRules.with(lexicon, all.following(EntityRules.Guideline.MSRA))));
        labels.add("- COUNTRY_ABBREVIATIONS");
        variants.add(new DocEntities(model, EntityRules.with(lexicon, new EntityRules.Options(false, true))));
        String diff = System.getProperty("diff");
        for (String set : args) {
            Path bio = NerModelTable.bioOf(set, shared);
            Function<String, Doc> docs = NerModelTable.docsOf(set);
            if (diff != null) {
                int i = labels.indexOf(diff.startsWith("model") ? "model only (no rules)" : diff.startsWith("guideline") ? diff : "- " + diff);
                printDiff(bio, docs, variants.get(0), variants.get(i));
                continue;
            }
            NerEval.Result base = null;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < variants.size(); i++) {
                NerEval.Result r = NerEval.evaluate(bio, variants.get(i), labels.get(i), docs);
                if (base == null) {
                    base = r;
                    sb.append("== ").append(set).append(" (").append(r.sentences()).append(" sentences)\n");
                    sb.append(String.format(Locale.ROOT, "%-26s %6s %7s %6s %6s %6s %6s %6s  %s%n", "rules", "F1", "dF1",
                            "P", "R", "PER", "LOC", "ORG", "tp/fp/fn"));
                }
                NerEval.Score s = r.overall();
                sb.append(String.format(Locale.ROOT, "%-26s %.4f %+.4f %.4f %.4f %.3f %.3f %.3f  %d/%d/%d%n", labels.get(i),
                        s.f1(), s.f1() - base.overall().f1(), s.precision(), s.recall(), r.of("PER").f1(), r.of("LOC").f1(),
                        r.of("ORG").f1(), s.tp(), s.fp(), s.fn()));
            }
            System.out.print(sb);
            System.out.flush();
        }
    }

    /**
     * Where {@code off} (a rule switched off) differs from {@code all}: each entity only one of them gives, marked
     * + when it is in the gold, - when not, with its sentence.
     */
    static void printDiff(Path bio, Function<String, Doc> docs, DocEntities all, DocEntities off) throws IOException {
        for (NerEval.GoldSentence g : NerEval.read(bio)) {
            Doc doc = docs.apply(g.text());
            java.util.Set<String> gold = new java.util.HashSet<>(g.spans());
            java.util.Map<String, String> a = new java.util.TreeMap<>(), b = new java.util.TreeMap<>();
            for (org.zhtext.core.Entity e : all.extract(doc)) a.put(NerEval.key(e.start(), e.end(), NerEval.label(e.type())), e.text());
            for (org.zhtext.core.Entity e : off.extract(doc)) b.put(NerEval.key(e.start(), e.end(), NerEval.label(e.type())), e.text());
            StringBuilder sb = new StringBuilder();
            a.forEach((k, t) -> { if (!b.containsKey(k)) sb.append(" ALL:").append(gold.contains(k) ? '+' : '-').append(k.substring(0, 3)).append(' ').append(t); });
            b.forEach((k, t) -> { if (!a.containsKey(k)) sb.append(" OFF:").append(gold.contains(k) ? '+' : '-').append(k.substring(0, 3)).append(' ').append(t); });
            if (sb.length() > 0) System.out.println(sb + "  | " + g.text());
        }
    }

    /** The tagger's mentions per sentence, computed once for all the rule variants. */
    static EntityEngine cached(EntityEngine engine) {
        Map<String, List<Mention>> memo = new ConcurrentHashMap<>();
        return new EntityEngine() {
            @Override
            public String name() {
                return engine.name();
            }

            @Override
            public List<Mention> recognize(String sentence) {
                return memo.computeIfAbsent(sentence, engine::recognize);
            }
        };
    }
}
