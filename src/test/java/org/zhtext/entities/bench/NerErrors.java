package org.zhtext.entities.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.zhtext.core.Doc;
import org.zhtext.core.Entity;
import org.zhtext.core.Lexicon;
import org.zhtext.entities.DocEntities;
import org.zhtext.entities.EntityRules;
import org.zhtext.hanlp.HanlpRecognizer;
import org.zhtext.entities.NerEval;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * The errors of the default entity pipeline on a BIO gold file, one line per wrong or missed span: {@code +}
 * a prediction not in the gold (false positive), {@code -} a gold span not predicted (false negative), each with
 * its sentence. For looking at errors while developing rules, not a test. Usage:
 * {@code NerErrors FILE [convert]} ({@code convert}: convert each sentence to simplified as the commands do).
 */
public final class NerErrors {
    public static void main(String[] args) throws Exception {
        Path bio = Path.of(args[0]);
        boolean convert = args.length > 1 && args[1].equals("convert");
        Function<String, Doc> docs = convert
                ? t -> new Doc(org.zhtext.core.Article.of("gold", t), ChineseConverter.get(Target.SIMPLIFIED, false).convert(t))
                : NerEval::asIs;
        Lexicon lexicon = Lexicon.load(List.of());
        // third argument "model": the trained tagger with the rules in engine-first mode (--ner model)
        DocEntities entities = args.length > 2 && args[2].equals("model")
                ? new DocEntities(org.zhtext.ner.ModelRecognizer.shipped("hanlp"), EntityRules.with(lexicon, new EntityRules.Options(true, true)))
                : new DocEntities(HanlpRecognizer.create(lexicon), EntityRules.with(lexicon));
        int tp = 0, fp = 0, fn = 0;
        for (NerEval.GoldSentence g : NerEval.read(bio)) {
            Set<String> gold = new HashSet<>(g.spans());
            Set<String> predicted = new TreeSet<>();
            for (Entity e : entities.extract(docs.apply(g.text()))) predicted.add(NerEval.key(e.start(), e.end(), NerEval.label(e.type())));
            List<String> lines = new ArrayList<>();
            for (String p : predicted) {
                if (gold.contains(p)) tp++;
                else { fp++; lines.add("+ " + show(g.text(), p)); }
            }
            for (String q : new TreeSet<>(gold)) {
                if (!predicted.contains(q)) { fn++; lines.add("- " + show(g.text(), q)); }
            }
            if (!lines.isEmpty()) {
                System.out.println(g.text());
                for (String l : lines) System.out.println("   " + l);
            }
        }
        double p = tp / (double) (tp + fp), r = tp / (double) (tp + fn);
        System.out.printf("tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f%n", tp, fp, fn, p, r, 2 * p * r / (p + r));
    }

    private static String show(String text, String key) {
        String[] f = key.split(":");
        int s = Integer.parseInt(f[1]), e = Integer.parseInt(f[2]);
        return f[0] + " " + text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e));
    }
}
