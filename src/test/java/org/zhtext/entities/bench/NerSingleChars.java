package org.zhtext.entities.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.zhtext.core.Doc;
import org.zhtext.core.Entity;
import org.zhtext.entities.DocEntities;
import org.zhtext.entities.EntityRules;
import org.zhtext.entities.NerEval;
import org.zhtext.hanlp.HanlpRecognizer;
import org.zhtext.ner.ModelRecognizer;

/**
 * The tagger's single-character places on a set, right and wrong, by character and by the character's context
 * (the char with its neighbour): {@code NerSingleChars SET...} (dev sets only). For the single-character place rule.
 */
public final class NerSingleChars {
    private NerSingleChars() {}

    public static void main(String[] args) throws IOException {
        String shared = System.getenv().getOrDefault("ZHTEXT_SHARED", "../shared");
        DocEntities model = new DocEntities(ModelRecognizer.shipped(HanlpRecognizer.NAME), EntityRules.none());
        for (String set : args) {
            Function<String, Doc> docs = NerModelTable.docsOf(set);
            Map<String, int[]> byChar = new TreeMap<>(), byWord = new TreeMap<>();
            int goldSingles = 0;
            for (NerEval.GoldSentence g : NerEval.read(NerModelTable.bioOf(set, shared))) {
                Set<String> gold = new HashSet<>(g.spans());
                for (String k : gold) {
                    String[] p = k.split(":");
                    if (p[0].equals("LOC") && Integer.parseInt(p[2]) - Integer.parseInt(p[1]) == 1) goldSingles++;
                }
                Doc doc = docs.apply(g.text());
                String t = doc.normalized();
                for (Entity e : model.extract(doc)) {
                    if (e.end() - e.start() != 1 || !"LOC".equals(NerEval.label(e.type()))) continue;
                    boolean ok = gold.contains(NerEval.key(e.start(), e.end(), "LOC"));
                    int i = t.offsetByCodePoints(0, e.start());
                    String ctx = (i > 0 ? t.substring(i - 1, i) : "^") + "[" + t.charAt(i) + "]"
                            + (i + 1 < t.length() ? t.substring(i + 1, i + 2) : "$");
                    byChar.computeIfAbsent(e.text(), x -> new int[2])[ok ? 0 : 1]++;
                    byWord.computeIfAbsent(ctx, x -> new int[2])[ok ? 0 : 1]++;
                }
            }
            System.out.println("== " + set + ": gold single-char LOC " + goldSingles);
            StringBuilder sb = new StringBuilder("by char (right/wrong):");
            byChar.forEach((k, v) -> sb.append(' ').append(k).append(v[0]).append('/').append(v[1]));
            System.out.println(sb);
            StringBuilder sw = new StringBuilder("wrong contexts:");
            byWord.forEach((k, v) -> { if (v[1] > 0) sw.append(' ').append(k).append(v[0]).append('/').append(v[1]); });
            System.out.println(sw);
        }
    }
}
