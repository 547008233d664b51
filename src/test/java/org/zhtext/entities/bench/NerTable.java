package org.zhtext.entities.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.zhtext.core.Lexicon;
import org.zhtext.entities.DocEntities;
import org.zhtext.entities.EntityRules;
import org.zhtext.entities.NerEval;
import org.zhtext.hanlp.HanlpRecognizer;

/**
 * The MSRA P/R/F1 table of bare HanLP (no lexicon, no rules) and of HanLP with zhtext's lexicon and rules:
 * {@code NerTable [bio-file]}; run by {@code bench/entities.sh}.
 */
public final class NerTable {
    private NerTable() {}

    public static void main(String[] args) throws IOException {
        Path bio = Path.of(args.length > 0 ? args[0]
                : System.getProperty("zhtext.shared", "../shared") + "/eval/ner_msra/msra_test_bio.txt");
        Lexicon lexicon = Lexicon.load(List.of());
        NerEval.Result bare = NerEval.evaluate(bio, HanlpRecognizer.create(Lexicon.empty()), false);
        NerEval.Result ours = NerEval.evaluate(bio, new DocEntities(HanlpRecognizer.create(lexicon), EntityRules.with(lexicon)),
                HanlpRecognizer.NAME + " + zhtext rules");
        System.out.print(NerEval.table(List.of(bare, ours)));
    }
}
