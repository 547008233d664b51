package org.zhtext.entities.bench;

import java.util.List;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Mention;
import org.zhtext.entities.DocEntities;
import org.zhtext.entities.EntityRules;
import org.zhtext.hanlp.HanlpRecognizer;
import org.zhtext.ner.ModelRecognizer;

/**
 * Prints, for each argument sentence (simplified), the trained tagger's mentions (the default path's engine) and
 * those kept by the rules; {@code -Dengine=hanlp} for HanLP's own recognizers. For developing rules.
 */
public final class EntityTrace {
    public static void main(String[] args) throws Exception {
        Lexicon lexicon = Lexicon.load(List.of());
        boolean hanlp = "hanlp".equals(System.getProperty("engine"));
        DocEntities entities = hanlp ? new DocEntities(HanlpRecognizer.create(lexicon), EntityRules.with(lexicon))
                : new DocEntities(ModelRecognizer.shipped(HanlpRecognizer.NAME), EntityRules.with(lexicon, NerModelTable.MODEL_RULES));
        for (String s : args) {
            System.out.println(s);
            System.out.println("  engine: " + show(s, entities.engine().recognize(s)));
            System.out.println("  rules:  " + show(s, entities.mentions(s)));
        }
    }

    private static String show(String s, List<Mention> ms) {
        StringBuilder sb = new StringBuilder();
        for (Mention m : ms) sb.append(m.type().charAt(0)).append(':').append(s, m.start(), m.end()).append(' ');
        return sb.toString();
    }
}
