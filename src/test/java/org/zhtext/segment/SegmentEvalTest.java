package org.zhtext.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.zhtext.hanlp.HanlpSegmenter;
import org.zhtext.hanlp.SegmentRules;
import org.zhtext.core.Conversion;
import org.zhtext.core.Lexicon;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * Evaluation on SIGHAN 2005 (PKU, MSR, CityU and AS from raw traditional input) and UD Chinese GSDSimp / GSD,
 * read from {@code ../shared/eval} (system property {@code zhtext.shared}); skipped, visibly, when absent.
 * Two settings per SIGHAN set: "open" is the shipped engine (zhtext lexicon + the set's convention rules);
 * "closed" adds the set's training word list as a user lexicon, as the bakeoff's closed track allows
 * (research-only data that cannot ship; reported for information). The floors apply to the open setting.
 */
class SegmentEvalTest {
    private static final Function<String, Conversion> T2S = t -> ChineseConverter.get(Target.SIMPLIFIED, false).convert(t);
    private static final Function<String, Conversion> SAME = DocSegmenter::unconverted;

    @Test
    void goldSetsMeetTheFloors() throws IOException {
        String shared = System.getProperty("zhtext.shared", "../shared");
        Path eval = Path.of(shared, "eval");
        if (!Files.isDirectory(eval.resolve("sighan2005_cws"))) System.err.println("SegmentEvalTest: " + eval + " absent, evaluation skipped");
        Assumptions.assumeTrue(Files.isDirectory(eval.resolve("sighan2005_cws")), eval + " absent: evaluation skipped");
        Lexicon shipped = Lexicon.load(List.of());
        StringBuilder table = new StringBuilder(SegmentEval.Score.header()).append('\n');
        double[] floors = {0.91, 0.89, 0.87, 0};
        String[] sets = {"pku", "msr", "cityu", "as"};
        for (int i = 0; i < sets.length; i++) {
            String set = sets[i];
            Path gold = eval.resolve("sighan2005_cws/gold/" + (set.equals("as") ? "as_testing" : set + "_test") + "_gold.utf8");
            Path input = eval.resolve("sighan2005_cws/testing/" + set + "_test.utf8");
            Path training = eval.resolve("sighan2005_cws/gold/" + set + "_training_words.utf8");
            Function<String, Conversion> convert = set.equals("cityu") || set.equals("as") ? T2S : SAME;
            SegmentRules rules = SegmentRules.forStandard(set);
            SegmentEval.Score open = SegmentEval.sighan(set + "-open", gold, input, training, convert,
                    new DocSegmenter(HanlpSegmenter.create(shipped, rules)));
            SegmentEval.Score closed = SegmentEval.sighan(set + "-closed", gold, input, training, convert,
                    new DocSegmenter(HanlpSegmenter.create(withWords(shipped, training, convert), rules)));
            table.append(open.row()).append('\n').append(closed.row()).append('\n');
            assertTrue(open.misalignedLines() <= 20, "gold and input lines disagree in " + set);
            assertTrue(open.f1() >= floors[i], set + " F1 " + open.f1() + " below floor " + floors[i] + "\n" + table);
        }
        for (String[] ud : new String[][] {{"gsdsimp", "GSDSimp/zh_gsdsimp-ud-test.conllu"}, {"gsd", "GSD/zh_gsd-ud-test.conllu"}}) {
            SegmentEval.Score s = SegmentEval.conllu(ud[0], eval.resolve("ud_chinese/" + ud[1]), ud[0].equals("gsd") ? T2S : SAME,
                    new DocSegmenter(HanlpSegmenter.create(shipped, SegmentRules.forStandard("ud"))));
            table.append(s.row()).append('\n');
            assertTrue(s.f1() > 0.75 && s.uposF1() > 0.55, ud[0] + " words F1 " + s.f1() + " UPOS F1 " + s.uposF1());
        }
        System.out.println(table);
    }

    /** The lexicon plus every word of two or more characters of a training word list (in simplified form). */
    private static Lexicon withWords(Lexicon base, Path words, Function<String, Conversion> convert) throws IOException {
        Lexicon.Builder b = new Lexicon.Builder();
        base.entries().values().forEach(e -> b.add(e.word(), e.pos(), e.frequency()));
        for (String w : SegmentEval.readLines(words)) {
            w = w.strip();
            if (w.codePointCount(0, w.length()) >= 2 && !base.entries().containsKey(w)) b.add(convert.apply(w).text(), null, 1000);
        }
        return b.build();
    }
}
