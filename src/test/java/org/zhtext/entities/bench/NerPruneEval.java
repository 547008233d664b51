package org.zhtext.entities.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.zhtext.core.Lexicon;
import org.zhtext.entities.DocEntities;
import org.zhtext.entities.EntityRules;
import org.zhtext.entities.NerEval;
import org.zhtext.hanlp.HanlpRecognizer;
import org.zhtext.ner.ModelRecognizer;
import org.zhtext.ner.NerModel;
import org.zhtext.ner.NerWords;

/**
 * Chooses the pruning of the NER model ({@link NerModel#pruned}, {@code bench/train-ner.sh} PRUNE): for each k, the
 * model pruned at k, its key count, and overall F1 model only / model + rules on each set (as
 * {@link NerModelTable}: a BIO file or {@code dev:CORPUS}; dev sets only while choosing).
 * usage: {@code NerPruneEval MODEL SET[,SET...] K...} (k = -1: unpruned); run by {@code bench/ner-prune.sh}. With
 * the environment variable {@code NER_PRUNE_WRITE=DIR}, each pruned model is also written to {@code DIR/ner-K.bin}.
 */
public final class NerPruneEval {
    private NerPruneEval() {}

    public static void main(String[] a) throws IOException {
        String shared = System.getenv().getOrDefault("ZHTEXT_SHARED", "../shared");
        NerModel full;
        try (InputStream in = Files.newInputStream(Path.of(a[0]))) {
            full = NerModel.load(in);
        }
        Lexicon lexicon = Lexicon.load(List.of());
        String[] sets = a[1].split(",");
        Path[] bios = new Path[sets.length];
        for (int i = 0; i < sets.length; i++) bios[i] = NerModelTable.bioOf(sets[i], shared);
        StringBuilder head = new StringBuilder("k\tkeys");
        for (String set : sets) head.append('\t').append(set).append(" (model only / model + rules)");
        System.out.println(head);
        for (int j = 2; j < a.length; j++) {
            int k = Integer.parseInt(a[j]);
            NerModel model = k < 0 ? full : full.pruned(k);
            String dir = System.getenv("NER_PRUNE_WRITE");
            if (dir != null && k >= 0) {
                try (java.io.OutputStream out = Files.newOutputStream(Path.of(dir, "ner-" + k + ".bin"))) {
                    model.save(out);
                }
            }
            ModelRecognizer r = new ModelRecognizer(model, HanlpRecognizer.NAME, NerWords.segmenter());
            DocEntities only = new DocEntities(r, EntityRules.none());
            DocEntities rules = new DocEntities(r, EntityRules.with(lexicon, NerModelTable.MODEL_RULES));
            StringBuilder row = new StringBuilder(k + "\t" + model.features());
            for (int i = 0; i < sets.length; i++) {
                double o = NerEval.evaluate(bios[i], only, "model only", NerModelTable.docsOf(sets[i])).overall().f1();
                double w = NerEval.evaluate(bios[i], rules, "model + rules", NerModelTable.docsOf(sets[i])).overall().f1();
                row.append(String.format(Locale.ROOT, "\t%.4f / %.4f", o, w));
            }
            System.out.println(row);
        }
    }
}
