package org.zhtext.corenlp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhtext.core.Conversion;
import org.zhtext.core.Lexicon;
import org.zhtext.corenlp.CorenlpModels;
import org.zhtext.corenlp.CorenlpRecognizer;
import org.zhtext.corenlp.CorenlpSegmenter;
import org.zhtext.entities.NerEval;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;
import org.zhtext.segment.DocSegmenter;
import org.zhtext.segment.SegmentEval;

/**
 * Accuracy of the CoreNLP engines with the project's harnesses: SIGHAN 2005 PKU, MSR, CityU (traditional,
 * converted to simplified and mapped back), UD Chinese GSDSimp (words + UPOS via the CTB→UD map) and MSRA NER
 * (bare, and with zhtext's entity rules). {@code CorenlpEval [shared-dir]}; a long run (several minutes), so
 * a main class and not a test. Prints the tables on stdout.
 */
public final class CorenlpEval {
    private CorenlpEval() {}

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(args.length > 0 ? args[0] : System.getProperty("zhtext.shared", "../shared"), "eval");
        if (!Files.isDirectory(eval.resolve("sighan2005_cws"))) {
            System.err.println("CorenlpEval: " + eval + " absent, nothing to evaluate");
            System.exit(2);
        }
        CorenlpModels models = CorenlpModels.locate(null);
        DocSegmenter seg = new DocSegmenter(new CorenlpSegmenter(models, Lexicon.empty()));
        Function<String, Conversion> t2s = t -> ChineseConverter.get(Target.SIMPLIFIED, false).convert(t);
        StringBuilder table = new StringBuilder(SegmentEval.Score.header()).append('\n');
        for (String set : List.of("pku", "msr", "cityu")) {
            SegmentEval.Score s = SegmentEval.sighan(set, eval.resolve("sighan2005_cws/gold/" + set + "_test_gold.utf8"),
                    eval.resolve("sighan2005_cws/testing/" + set + "_test.utf8"),
                    eval.resolve("sighan2005_cws/gold/" + set + "_training_words.utf8"),
                    set.equals("cityu") ? t2s : DocSegmenter::unconverted, seg);
            table.append(s.row()).append('\n');
            System.err.println(s.row());
        }
        table.append(SegmentEval.conllu("gsdsimp", eval.resolve("ud_chinese/GSDSimp/zh_gsdsimp-ud-test.conllu"),
                DocSegmenter::unconverted, seg).row()).append('\n');
        System.out.println(table);
        CorenlpRecognizer ner = new CorenlpRecognizer(models);
        Path bio = eval.resolve("ner_msra/msra_test_bio.txt");
        List<NerEval.Result> results = new ArrayList<>();
        results.add(NerEval.evaluate(bio, ner, false));
        results.add(NerEval.evaluate(bio, ner, true));
        System.out.println(NerEval.table(results));
    }
}
