package org.zhtext.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.zhtext.engine.Word;

/**
 * Issue 24's library comparison (evaluation only, not shipped): trains Apache OpenNLP's name finder
 * ({@code NameFinderME}, its default feature generators and MAXENT trainer, characters as tokens) on the same
 * training data as {@code bench/train-ner.sh} (msra, weibo, cluener train files minus the hash dev split, file
 * order), with zhtext's word features ({@link NerFeatures#wordKeys}: the char's place in its HanLP word with the
 * word's POS, neighbour POS, the word) as OpenNLP's additional context; then scores it and the shipped HanLP
 * perceptron model on the same dev sets (model only, exact spans, per type) and times both taggers on one thread
 * (words given, as {@code NerModelTest.taggerSpeed}).
 * <p>{@code OpenNlpNerComparison DATA [EVERY=1] [ITERATIONS=100] [CUTOFF=5] [features: words|chars] [HANLP_MODEL]}: EVERY k keeps
 * every k-th training sentence (a documented subset when the whole set is too slow). Run by
 * {@code bench/train-ner-opennlp.sh}.
 */
public final class OpenNlpNerComparison {
    private OpenNlpNerComparison() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int cutoff = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        boolean words = !"chars".equals(args.length > 4 ? args[4] : "words");
        long t0 = System.nanoTime();
        List<NerCorpus.Sentence> train = new ArrayList<>();
        Map<String, List<NerCorpus.Sentence>> dev = new LinkedHashMap<>();
        int seen = 0;
        for (String c : List.of("msra", "weibo", "cluener")) {
            List<NerCorpus.Sentence> d = new ArrayList<>();
            for (NerCorpus.Sentence s : NerCorpus.read(data.resolve(c).resolve("train.tsv"))) {
                if (NerCorpus.isDev(s.text())) d.add(s);
                else if (seen++ % every == 0) train.add(s);
            }
            if (c.equals("msra")) dev.put("msra (hash dev)", d);
            Path upstream = data.resolve(c).resolve("dev.tsv");
            if (Files.isRegularFile(upstream)) dev.put(c + " (dev.tsv)", NerCorpus.read(upstream));
        }
        long chars = 0;
        for (NerCorpus.Sentence s : train) chars += s.text().length();
        System.err.printf(Locale.ROOT, "train: %d sentences, %d chars (every %d-th); %s features%n", train.size(), chars, every,
                words ? "char + word" : "char");
        Map<NerCorpus.Sentence, List<Word>> segmented = new IdentityHashMap<>();
        for (NerCorpus.Sentence s : train) segmented.put(s, NerWords.segmenter().segment(s.text()));
        for (List<NerCorpus.Sentence> d : dev.values()) for (NerCorpus.Sentence s : d) segmented.put(s, NerWords.segmenter().segment(s.text()));
        System.err.printf(Locale.ROOT, "segmented: %.0f s%n", secs(t0));

        Path saved = Path.of(System.getProperty("opennlp.model", "target/opennlp-ner-every" + every + ".bin"));
        TokenNameFinderModel model;
        if (Files.isRegularFile(saved) && Boolean.getBoolean("opennlp.reuse")) {
            model = new TokenNameFinderModel(saved); // -Dopennlp.reuse=true: score a model trained before
            System.err.println("OpenNLP model read from " + saved);
        } else {
            model = train(train, segmented, words, iterations, cutoff);
            model.serialize(saved);
        }

        NameFinderME finder = new NameFinderME(model);
        BiFunction<String, List<Word>, List<int[]>> openNlp = (text, w) -> {
            Span[] found = finder.find(tokens(text), words ? context(text, w) : null);
            finder.clearAdaptiveData();
            List<int[]> out = new ArrayList<>();
            for (Span sp : found) out.add(new int[] {NerTags.TYPES.indexOf(sp.getType()), sp.getStart(), sp.getEnd()});
            return out;
        };
        NerModel hanlp = args.length > 5 ? NerModel.load(Files.newInputStream(Path.of(args[5]))) : ModelRecognizer.shipped("hanlp").model();
        BiFunction<String, List<Word>, List<int[]>> perceptron = (text, w) -> NerTags.decode(hanlp.tag(text, w));
        for (Map.Entry<String, List<NerCorpus.Sentence>> e : dev.entrySet()) {
            System.out.printf(Locale.ROOT, "%-18s HanLP perceptron %s%n", e.getKey(), score(perceptron, e.getValue(), segmented));
            System.out.printf(Locale.ROOT, "%-18s OpenNLP maxent   %s%n", e.getKey(), score(openNlp, e.getValue(), segmented));
        }
        List<NerCorpus.Sentence> msra = dev.get("msra (hash dev)");
        System.out.printf(Locale.ROOT, "speed (msra dev, one thread, words given): HanLP perceptron %.0f K chars/s, OpenNLP %.0f K chars/s%n",
                speed(perceptron, msra, segmented) / 1000, speed(openNlp, msra, segmented) / 1000);
    }

    /** OpenNLP's name finder trained on {@code train}: default factory and feature generators, MAXENT, one thread. */
    static TokenNameFinderModel train(List<NerCorpus.Sentence> train, Map<NerCorpus.Sentence, List<Word>> segmented, boolean words,
            int iterations, int cutoff) throws IOException {
        List<NameSample> samples = new ArrayList<>(train.size());
        for (NerCorpus.Sentence s : train) {
            List<Span> spans = new ArrayList<>();
            for (int[] m : NerTags.decode(s.tags())) spans.add(new Span(m[1], m[2], NerTags.TYPES.get(m[0])));
            samples.add(new NameSample(tokens(s.text()), spans.toArray(new Span[0]),
                    words ? context(s.text(), segmented.get(s)) : null, true));
        }
        TrainingParameters params = TrainingParameters.defaultParams(); // MAXENT, 100 iterations, cutoff 5
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return trainAndReport(samples, params, iterations, cutoff);
    }

    private static TokenNameFinderModel trainAndReport(List<NameSample> samples, TrainingParameters params, int iterations,
            int cutoff) throws IOException {
        long tt = System.nanoTime();
        TokenNameFinderModel model = NameFinderME.train("zh", null, new CollectionObjectStream<>(samples), params,
                new TokenNameFinderFactory());
        System.err.printf(Locale.ROOT, "OpenNLP trained: %.0f s (%d iterations, cutoff %d)%n", secs(tt), iterations, cutoff);
        return model;
    }

    static String[] tokens(String text) {
        String[] t = new String[text.length()];
        for (int i = 0; i < t.length; i++) t[i] = String.valueOf(text.charAt(i));
        return t;
    }

    /** zhtext's word keys of each char as OpenNLP additional context (one string per key). */
    static String[][] context(String text, List<Word> words) {
        long[] k = NerFeatures.wordKeys(text, words);
        int W = NerFeatures.WORD_COUNT;
        String[][] out = new String[text.length()][W];
        for (int i = 0; i < text.length(); i++) {
            for (int j = 0; j < W; j++) out[i][j] = Long.toString(k[i * W + j], 36);
        }
        return out;
    }

    static String score(BiFunction<String, List<Word>, List<int[]>> tagger, List<NerCorpus.Sentence> set,
            Map<NerCorpus.Sentence, List<Word>> words) {
        int[][] c = new int[4][3]; // per type and all: tp, fp, fn
        for (NerCorpus.Sentence s : set) {
            List<int[]> gold = NerTags.decode(s.tags()), got = tagger.apply(s.text(), words.get(s));
            for (int[] g : got) {
                boolean tp = gold.stream().anyMatch(x -> x[0] == g[0] && x[1] == g[1] && x[2] == g[2]);
                c[g[0]][tp ? 0 : 1]++;
                c[3][tp ? 0 : 1]++;
            }
            for (int[] g : gold) {
                if (got.stream().noneMatch(x -> x[0] == g[0] && x[1] == g[1] && x[2] == g[2])) {
                    c[g[0]][2]++;
                    c[3][2]++;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        String[] names = {"PER", "LOC", "ORG", "ALL"};
        for (int t = 0; t < 4; t++) {
            double p = c[t][0] + c[t][1] == 0 ? 0 : (double) c[t][0] / (c[t][0] + c[t][1]);
            double r = c[t][0] + c[t][2] == 0 ? 0 : (double) c[t][0] / (c[t][0] + c[t][2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sb.append(String.format(Locale.ROOT, t == 3 ? " %s P/R/F1 %.3f %.3f %.3f" : " %s %.3f", names[t], t == 3 ? p : f, r, f));
        }
        return sb.toString();
    }

    /** Chars per second over {@code set}, one thread, after a warm-up pass; the best of three timed passes. */
    static double speed(BiFunction<String, List<Word>, List<int[]>> tagger, List<NerCorpus.Sentence> set,
            Map<NerCorpus.Sentence, List<Word>> words) {
        for (NerCorpus.Sentence s : set) tagger.apply(s.text(), words.get(s));
        double best = 0;
        for (int round = 0; round < 3; round++) {
            long chars = 0, t0 = System.nanoTime();
            for (NerCorpus.Sentence s : set) {
                tagger.apply(s.text(), words.get(s));
                chars += s.text().length();
            }
            best = Math.max(best, chars / secs(t0));
        }
        return best;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
