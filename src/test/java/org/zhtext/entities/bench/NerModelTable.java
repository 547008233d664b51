package org.zhtext.entities.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhtext.core.Article;
import org.zhtext.core.Doc;
import org.zhtext.core.Lexicon;
import org.zhtext.entities.DocEntities;
import org.zhtext.entities.EntityRules;
import org.zhtext.entities.NerEval;
import org.zhtext.hanlp.HanlpRecognizer;
import org.zhtext.ner.ModelRecognizer;
import org.zhtext.ner.NerCorpus;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * Rules-only, model-only, model + rules and model + rules without the lexicon, on BIO sets:
 * {@code NerModelTable SET...}, a set being a BIO file, or {@code dev:CORPUS} for the hash dev split of
 * {@code $ZHTEXT_SHARED/train/ner/CORPUS/train.tsv} (written to a temporary file, never into the project), or
 * {@code block:CORPUS} for its last twentieth (the contiguous dev block of the trainer's {@code zhtext.ner.blockdev}).
 * {@code -Dzhtext.ner.brief=true}: the model-only and model + rules rows only.
 * Files whose name contains {@code newswire} go through the conversion to simplified, as the commands do.
 * Run by {@code bench/ner-eval.sh}.
 */
public final class NerModelTable {
    static final EntityRules.Options MODEL_RULES = new EntityRules.Options(true, true);

    private NerModelTable() {}

    public static void main(String[] args) throws IOException {
        String shared = System.getenv().getOrDefault("ZHTEXT_SHARED", "../shared");
        Lexicon lexicon = Lexicon.load(List.of());
        ModelRecognizer model = ModelRecognizer.shipped(HanlpRecognizer.NAME);
        boolean brief = Boolean.getBoolean("zhtext.ner.brief"); // model only and model + rules rows only
        DocEntities rulesOnly = new DocEntities(HanlpRecognizer.create(lexicon), EntityRules.with(lexicon));
        DocEntities modelOnly = new DocEntities(model, EntityRules.none());
        DocEntities modelRules = new DocEntities(model, EntityRules.with(lexicon, MODEL_RULES));
        DocEntities modelNoLexicon = new DocEntities(model, EntityRules.with(Lexicon.empty(), MODEL_RULES));
        DocEntities modelOldRules = new DocEntities(model, EntityRules.with(lexicon));
        for (String set : args) {
            Path bio = bioOf(set, shared);
            Function<String, Doc> docs = docsOf(set);
            List<NerEval.Result> rows = new ArrayList<>();
            if (!brief) rows.add(NerEval.evaluate(bio, rulesOnly, "rules only (hanlp+rules)", docs));
            rows.add(NerEval.evaluate(bio, modelOnly, "model only", docs));
            rows.add(NerEval.evaluate(bio, modelRules, "model + rules", docs));
            if (!brief) rows.add(NerEval.evaluate(bio, modelOldRules, "model + rules (HanLP mode)", docs));
            if (!brief) rows.add(NerEval.evaluate(bio, modelNoLexicon, "model + rules, no lexicon", docs));
            System.out.println("== " + set + " (" + rows.get(0).sentences() + " sentences)");
            System.out.print(NerEval.table(rows));
        }
    }

    /**
     * The BIO file of a set: the file itself, or for {@code dev:CORPUS} the hash dev split of
     * {@code SHARED/train/ner/CORPUS/train.tsv} written to a temporary file.
     */
    static Path bioOf(String set, String shared) throws IOException {
        boolean block = set.startsWith("block:"); // the last twentieth of the file (NerTrainer's zhtext.ner.blockdev)
        if (!set.startsWith("dev:") && !block) return Path.of(set);
        Path bio = Files.createTempFile("ner-dev-", ".bio");
        bio.toFile().deleteOnExit();
        StringBuilder sb = new StringBuilder();
        List<NerCorpus.Sentence> all = NerCorpus.read(Path.of(shared, "train", "ner", set.substring(set.indexOf(':') + 1), "train.tsv"));
        int from = NerCorpus.blockDevFrom(all.size());
        for (int k = 0; k < all.size(); k++) {
            NerCorpus.Sentence s = all.get(k);
            if (block ? k < from : !NerCorpus.isDev(s.text())) continue;
            String[] tags = bio(s.tags());
            for (int i = 0; i < tags.length; i++) sb.append(s.text().charAt(i)).append('\t').append(tags[i]).append('\n');
            sb.append('\n');
        }
        Files.writeString(bio, sb, StandardCharsets.UTF_8);
        return bio;
    }

    /** News-wire and general-news sets (both scripts) go through the conversion to simplified, as the commands do. */
    static Function<String, Doc> docsOf(String set) {
        return set.contains("newswire") || set.contains("general-heldout")
                ? t -> new Doc(Article.of("t.txt", t), ChineseConverter.get(Target.SIMPLIFIED, false).convert(t))
                : NerEval::asIs;
    }

    /** BIO tags of BIOES tag ids (O, then B/I/E/S per type PER, LOC, ORG). */
    static String[] bio(int[] tags) {
        String[] types = {"PER", "LOC", "ORG"};
        String[] out = new String[tags.length];
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == 0) out[i] = "O";
            else {
                int p = (tags[i] - 1) % 4;
                out[i] = (p == 0 || p == 3 ? "B-" : "I-") + types[(tags[i] - 1) / 4];
            }
        }
        return out;
    }
}
