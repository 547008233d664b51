package org.zhtext.ner;

import com.hankcs.hanlp.model.perceptron.common.TaskType;
import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the character NER tagger with HanLP 1.8.6's averaged structured perceptron
 * ({@code com.hankcs.hanlp.model.perceptron}: {@link AveragedPerceptron#update}, {@code average}, and
 * {@link LinearModel#viterbiDecode} for the training decodes), with zhtext's character features
 * ({@link NerFeatures}) and BIOES tags ({@link NerTags}). The loop is HanLP's {@code PerceptronTrainer}
 * single-thread loop, with the one change that the per-epoch shuffle uses a seeded {@link Random} (HanLP's
 * is unseeded), so that a run is reproducible byte for byte.
 * <p>
 * usage: {@code NerTrainer DATA_DIR OUT_FILE [epochs=8] [seed=1|seed,seed,...] [cutoff=2] [corpora=msra,weibo,cluener]
 * [features=words|chars] [every=1] [prune=-1] [augment=none] [clusters=none|FILE]}; {@code prune k >= 0}: keys whose quantized weights are all at most k in
 * magnitude are left out of the saved model ({@link NerModel#pruned}); {@code words}: the char features plus the word features of {@link NerFeatures#wordKeys}
 * over the words of {@link NerWords#segmenter()} (the pipeline's default HanLP segmentation); {@code clusters FILE}: the
 * cluster features of {@link NerFeatures#clusterKeys} over a {@link CharClusters} file (the clusters saved in the model).
 * <p>
 * Several seeds ({@code 1,2,3}): a seed ensemble, one training run per seed over the same features (each run's dev
 * lines printed), the saved model holding the mean of the runs' final averaged weights (the last run's last
 * "epoch" lines are those of the mean).
 * <p>
 * {@code augment=D} (a corpus name, {@code shared}, or a mix such as {@code msra=1,cluener=0.5}): feature
 * augmentation for domain adaptation (Daum&eacute; III 2007): each char of a training sentence of corpus C reads its
 * usual keys (the shared copy) and a copy of each key private to C (kept when seen at least {@code cutoff} times in
 * C); the saved model, and the per-epoch dev lines, use shared(k) + D's copy(k) for the target corpus D
 * ({@code shared}: the shared copy alone; a mix: shared(k) + the sum of coefficient times copy, in corpus order), as
 * one ordinary model file (same keys, same decoder). The last epoch also prints the dev lines of every target (and
 * of the mixes of the system property {@code zhtext.ner.mixes}, separated by {@code ;}); with the system property
 * {@code zhtext.ner.targets=DIR} each of those models is also written to {@code DIR/ner-TARGET.bin}.
 * Training: the train files of the corpora minus the dev split ({@link NerCorpus#isDev}); dev scores printed
 * after each epoch (averaged weights, quantized as saved) for the hash dev split of each corpus and the upstream dev files.
 * <p>
 * Dev experiments (system properties, off by default; docs/MODEL.md "A contiguous dev block"): {@code
 * zhtext.ner.blockdev=true} also leaves MSRA's last twentieth out of training and scores it ({@link
 * NerCorpus#blockDevFrom}); {@code zhtext.ner.partial=CORPUS:TYPE} trains that corpus as partially labelled (an O
 * char may also be a mention of TYPE: {@link #allowedTags}, {@link #constrainedDecode}), with {@code
 * zhtext.ner.partial.gazetteer=true} only as a whole place name of the place gazetteers.
 */
public final class NerTrainer {
    private NerTrainer() {}

    /** A sentence as HanLP's trainer wants it: feature ids per char (last slot: the transition), gold tags. */
    static final class CharInstance extends Instance {
        CharInstance(int[][] features, int[] tags) {
            this.featureMatrix = features;
            this.tagArray = tags;
        }
    }

    /** HanLP's view of the feature space: ids 0..L-1 previous tag, L sentence start, then the features. */
    static final class IdFeatureMap extends FeatureMap {
        private final int size;

        IdFeatureMap(TagSet tagSet, int size) {
            super(tagSet);
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Map.Entry<String, Integer>> entrySet() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int idOf(String string) {
            throw new UnsupportedOperationException();
        }
    }

    static TagSet tagSet() {
        TagSet t = new TagSet(TaskType.NER);
        for (String tag : NerTags.TAGS) t.add(tag);
        t.lock();
        return t;
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path outFile = Path.of(args[1]);
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        long[] seeds = Arrays.stream((args.length > 3 ? args[3] : "1").split(",")).mapToLong(Long::parseLong).toArray(); // more than one: a seed ensemble
        int cutoff = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        List<String> corpora = List.of((args.length > 5 ? args[5] : "msra,weibo,cluener").split(","));
        boolean words = !"chars".equals(args.length > 6 ? args[6] : "words");
        int every = args.length > 7 ? Integer.parseInt(args[7]) : 1; // every k-th training sentence (a subset, for comparisons)
        int prune = args.length > 8 ? Integer.parseInt(args[8]) : -1; // keys whose quantized weights are all within +-prune dropped (-1: none)
        String augment = args.length > 9 ? args[9] : "none"; // feature augmentation: the target corpus, or shared (none: off)
        String clusterFile = args.length > 10 ? args[10] : "none"; // a CharClusters file: cluster features (none: off)
        CharClusters clusters = "none".equals(clusterFile) ? null : CharClusters.read(Path.of(clusterFile));
        List<String> domains = List.of("msra", "weibo", "cluener");
        // zhtext.ner.partial=cluener:LOC,...: in that corpus's sentences an O char may also be a mention of the type (partial labels)
        Map<Integer, Integer> partial = new java.util.HashMap<>();
        for (String spec : System.getProperty("zhtext.ner.partial", "").split(",")) {
            if (spec.isBlank()) continue;
            String[] kv = spec.split(":");
            partial.put(domains.indexOf(kv[0].strip()), NerTags.TYPES.indexOf(kv[1].strip()));
        }
        boolean augmented = !"none".equals(augment);
        float[] target = augmented ? mix(augment, domains) : null; // the coefficient of each corpus's copy in the saved model
        int seen = 0;
        long t0 = System.nanoTime();

        List<NerCorpus.Sentence> train = new ArrayList<>();
        List<Integer> domainOf = new ArrayList<>(); // the corpus (index in domains) of each training sentence
        Map<String, List<NerCorpus.Sentence>> dev = new LinkedHashMap<>();
        for (String c : domains) {
            List<NerCorpus.Sentence> all = NerCorpus.read(data.resolve(c).resolve("train.tsv"));
            List<NerCorpus.Sentence> d = new ArrayList<>();
            // zhtext.ner.blockdev: MSRA's last twentieth (contiguous text, as the test block that followed it) is a second dev set, not trained on
            int blockFrom = Boolean.getBoolean("zhtext.ner.blockdev") && c.equals("msra") ? NerCorpus.blockDevFrom(all.size()) : all.size();
            if (blockFrom < all.size()) dev.put(c + " (block dev)", all.subList(blockFrom, all.size()));
            for (NerCorpus.Sentence s : all.subList(0, blockFrom)) {
                if (NerCorpus.isDev(s.text())) d.add(s);
                else if (corpora.contains(c) && seen++ % every == 0) {
                    train.add(s);
                    domainOf.add(domains.indexOf(c));
                }
            }
            dev.put(c + " (hash dev)", d);
            Path upstream = data.resolve(c).resolve("dev.tsv");
            if (Files.isRegularFile(upstream)) dev.put(c + " (dev.tsv)", NerCorpus.read(upstream));
        }
        System.err.printf(Locale.ROOT, "train: %d sentences (%s); dev sets: %s; %s features%s%n", train.size(), corpora, sizes(dev),
                words ? "char + word" : "char", clusters == null ? "" : " + clusters " + clusterFile + " (sizes "
                        + Arrays.toString(clusters.sizes()) + ", " + clusters.vocabulary() + " chars)");
        Map<NerCorpus.Sentence, long[]> wordKeys = new java.util.IdentityHashMap<>();
        if (words) {
            for (NerCorpus.Sentence s : train) wordKeys.put(s, wordKeys(s));
            for (List<NerCorpus.Sentence> d : dev.values()) for (NerCorpus.Sentence s : d) wordKeys.put(s, wordKeys(s));
            System.err.printf(Locale.ROOT, "segmented: %.0f s%n", secs(t0));
        }
        int W = words ? NerFeatures.WORD_COUNT : 0, F = NerFeatures.COUNT + W + NerFeatures.clusterCount(clusters);

        // features: every key of the training data, kept when seen at least `cutoff` times; ids in key order
        long[] kept = keptKeys(train, wordKeys, clusters, F, W, cutoff);
        int n = kept.length;
        TagSet tagSet = tagSet();
        int L = tagSet.size(), base = L + 1;
        System.err.printf(Locale.ROOT, "features: %d kept (cutoff %d), %d weights; %.0f s%n", n, cutoff, (long) (n + base) * L, secs(t0));

        // augmentation: each corpus's private copy of the keys it has seen at least `cutoff` times, ids after the shared ones
        long[][] domainKept = new long[domains.size()][];
        int[] domainBase = new int[domains.size()];
        int idSpace = n + base;
        if (augmented) {
            for (int d = 0; d < domains.size(); d++) {
                domainKept[d] = domainKeys(train, domainOf, d, wordKeys, clusters, F, W, cutoff);
                domainBase[d] = idSpace;
                idSpace += domainKept[d].length;
                System.err.printf(Locale.ROOT, "  %s copy: %d keys%n", domains.get(d), domainKept[d].length);
            }
        }

        CharInstance[] instances = new CharInstance[train.size()];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = instance(train.get(i), wordKeys.get(train.get(i)), clusters, kept, base);
            if (augmented) augment(instances[i], domainKept[domainOf.get(i)], domainBase[domainOf.get(i)], kept, base);
        }

        boolean[][][] allowed = new boolean[instances.length][][]; // partial labels: the tags each char may take (null: its gold tag)
        boolean gazetteerOnly = Boolean.getBoolean("zhtext.ner.partial.gazetteer");
        java.util.Set<String> places = gazetteerOnly ? org.zhtext.entities.Gazetteers.places().entries().keySet() : Set.of();
        int relaxedChars = 0;
        for (int i = 0; i < instances.length; i++) {
            Integer type = partial.get(domainOf.get(i));
            if (type == null) continue;
            allowed[i] = allowedTags(train.get(i), type, L, gazetteerOnly ? places : null);
            for (boolean[] a : allowed[i]) {
                int k = 0;
                for (boolean b : a) if (b) k++;
                if (k > 1) relaxedChars++;
            }
        }
        if (!partial.isEmpty()) System.err.printf(Locale.ROOT, "partial labels %s%s: %d chars relaxed%n", partial, gazetteerOnly ? " (gazetteer places only)" : "", relaxedChars);

        IdFeatureMap featureMap = new IdFeatureMap(tagSet, idSpace);
        double[] ensemble = seeds.length > 1 ? new double[idSpace * L] : null; // the sum of the seeds' final averaged weights
        for (int run = 0; run < seeds.length; run++) {
            long seed = seeds[run];
            if (seeds.length > 1) System.err.printf(Locale.ROOT, "seed %d (%d of %d):%n", seed, run + 1, seeds.length);
            AveragedPerceptron model = new AveragedPerceptron(featureMap);
            double[] totals = new double[model.parameter.length];
            int[] timestamp = new int[model.parameter.length];
            int current = 0;
            Random random = new Random(seed);
            int[] order = new int[instances.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            for (int iter = 1; iter <= epochs; iter++) {
                for (int i = order.length - 1; i > 0; i--) { // Fisher-Yates, as HanLP's Utility.shuffleArray
                    int j = random.nextInt(i + 1);
                    int a = order[j];
                    order[j] = order[i];
                    order[i] = a;
                }
                for (int o : order) {
                    CharInstance instance = instances[o];
                    ++current;
                    int[] guessLabel = new int[instance.length()];
                    model.viterbiDecode(instance, guessLabel);
                    boolean[][] relaxed = allowed[o];
                    int[] gold = relaxed == null ? instance.tagArray : constrainedDecode(model, instance, relaxed, L, tagSet.bosId());
                    for (int i = 0; i < instance.length(); i++) { // HanLP PerceptronTrainer.train, threadNum == 1
                        int[] featureVector = instance.getFeatureAt(i);
                        int[] goldFeature = new int[featureVector.length];
                        int[] predFeature = new int[featureVector.length];
                        for (int j = 0; j < featureVector.length - 1; j++) {
                            goldFeature[j] = featureVector[j] < 0 ? -1 : featureVector[j] * L + gold[i];
                            predFeature[j] = featureVector[j] < 0 ? -1 : featureVector[j] * L + guessLabel[i];
                        }
                        goldFeature[featureVector.length - 1] = (i == 0 ? tagSet.bosId() : gold[i - 1]) * L + gold[i];
                        predFeature[featureVector.length - 1] = (i == 0 ? tagSet.bosId() : guessLabel[i - 1]) * L + guessLabel[i];
                        model.update(goldFeature, predFeature, totals, timestamp, current);
                    }
                }
                float[] averaged = new float[model.parameter.length];
                for (int i = 0; i < averaged.length; i++) {
                    averaged[i] = (float) ((totals[i] + (current - timestamp[i]) * model.parameter[i]) / current);
                }
                NerModel m = toModel(kept, augmented ? combined(averaged, kept, base, L, domainKept, domainBase, target) : averaged, L, words, clusters);
                System.err.printf(Locale.ROOT, "epoch %d (%.0f s):%n", iter, secs(t0));
                for (Map.Entry<String, List<NerCorpus.Sentence>> e : dev.entrySet()) {
                    System.err.printf(Locale.ROOT, "  %-20s %s%n", e.getKey(), score(m, e.getValue(), wordKeys));
                }
                if (ensemble != null && iter == epochs) {
                    for (int i = 0; i < averaged.length; i++) ensemble[i] += averaged[i];
                    if (run + 1 < seeds.length) break; // the next seed; the last one's final epoch saves the mean
                    for (int i = 0; i < averaged.length; i++) averaged[i] = (float) (ensemble[i] / seeds.length);
                    m = toModel(kept, augmented ? combined(averaged, kept, base, L, domainKept, domainBase, target) : averaged, L, words, clusters);
                    System.err.printf(Locale.ROOT, "seed ensemble, the mean of the %d runs' averaged weights:%n", seeds.length);
                    for (Map.Entry<String, List<NerCorpus.Sentence>> e : dev.entrySet()) {
                        System.err.printf(Locale.ROOT, "  %-20s %s%n", e.getKey(), score(m, e.getValue(), wordKeys));
                    }
                }
                if (iter == epochs) {
                    NerModel q = prune >= 0 ? m.pruned(prune) : m;
                    System.err.printf(Locale.ROOT, "final model: %d of %d features kept (pruning: max |q| <= %d dropped):%n", q.features(),
                            m.features(), prune);
                    for (Map.Entry<String, List<NerCorpus.Sentence>> e : dev.entrySet()) {
                        System.err.printf(Locale.ROOT, "  %-20s %s%n", e.getKey(), score(q, e.getValue(), wordKeys));
                    }
                    if (augmented) {
                        List<String> specs = new ArrayList<>(List.of("shared"));
                        specs.addAll(domains);
                        String mixes = System.getProperty("zhtext.ner.mixes", "");
                        if (!mixes.isBlank()) specs.addAll(List.of(mixes.split(";")));
                        for (String spec : specs) {
                            NerModel t = toModel(kept, combined(averaged, kept, base, L, domainKept, domainBase, mix(spec, domains)), L, words, clusters);
                            target(spec, prune >= 0 ? t.pruned(prune) : t, dev, wordKeys);
                        }
                    }
                    Files.createDirectories(outFile.toAbsolutePath().getParent());
                    try (OutputStream os = Files.newOutputStream(outFile)) {
                        q.save(os);
                    }
                    System.err.printf(Locale.ROOT, "wrote %s (%d bytes) in %.0f s%n", outFile, Files.size(outFile), secs(t0));
                }
            }
        }
    }

    private static String sizes(Map<String, List<NerCorpus.Sentence>> dev) {
        List<String> out = new ArrayList<>();
        dev.forEach((k, v) -> out.add(k + " " + v.size()));
        return String.join(", ", out);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The word keys of a sentence over the default segmentation. */
    static long[] wordKeys(NerCorpus.Sentence s) {
        return NerFeatures.wordKeys(s.text(), NerWords.segmenter().segment(s.text()));
    }

    /** A sentence's instance: its char keys, its word keys when {@code wk} is not null, its cluster keys when {@code clusters} is not. */
    static CharInstance instance(NerCorpus.Sentence s, long[] wk, CharClusters clusters, long[] kept, int base) {
        int[] c = NerFeatures.codes(s.text());
        int W = wk == null ? 0 : NerFeatures.WORD_COUNT, F = NerFeatures.COUNT + W + NerFeatures.clusterCount(clusters);
        long[] keys = new long[F];
        int[][] f = new int[c.length][];
        for (int i = 0; i < c.length; i++) {
            NerFeatures.keys(c, i, keys, 0);
            if (W > 0) System.arraycopy(wk, i * W, keys, NerFeatures.COUNT, W);
            if (clusters != null) NerFeatures.clusterKeys(c, i, clusters, keys, NerFeatures.COUNT + W);
            int[] row = new int[F + 1];
            for (int j = 0; j < F; j++) {
                int id = Arrays.binarySearch(kept, keys[j]);
                row[j] = id >= 0 ? id + base : -1;
            }
            f[i] = row;
        }
        return new CharInstance(f, s.tags());
    }

    /** The keys of corpus {@code d}'s training sentences seen at least {@code cutoff} times there, ascending. */
    private static long[] domainKeys(List<NerCorpus.Sentence> train, List<Integer> domainOf, int d,
            Map<NerCorpus.Sentence, long[]> wordKeys, CharClusters clusters, int F, int W, int cutoff) {
        List<NerCorpus.Sentence> of = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) if (domainOf.get(i) == d) of.add(train.get(i));
        return keptKeys(of, wordKeys, clusters, F, W, cutoff);
    }

    /**
     * Every key of the sentences seen at least {@code cutoff} times, ascending (F keys per char, W of them word keys,
     * the cluster keys last); never the "no key" 0 of {@link NerFeatures#clusterKeys}.
     */
    private static long[] keptKeys(List<NerCorpus.Sentence> sentences, Map<NerCorpus.Sentence, long[]> wordKeys, CharClusters clusters,
            int F, int W, int cutoff) {
        long total = 0;
        for (NerCorpus.Sentence s : sentences) total += s.text().length();
        long[] all = new long[Math.toIntExact(total * F)];
        int k = 0;
        for (NerCorpus.Sentence s : sentences) {
            int[] c = NerFeatures.codes(s.text());
            long[] wk = wordKeys.get(s);
            for (int i = 0; i < c.length; i++, k += F) {
                NerFeatures.keys(c, i, all, k);
                if (W > 0) System.arraycopy(wk, i * W, all, k + NerFeatures.COUNT, W);
                if (clusters != null) NerFeatures.clusterKeys(c, i, clusters, all, k + NerFeatures.COUNT + W);
            }
        }
        Arrays.sort(all);
        long[] kept = new long[all.length];
        int n = 0;
        for (int i = 0; i < all.length; ) {
            int j = i;
            while (j < all.length && all[j] == all[i]) j++;
            if (j - i >= cutoff && all[i] != 0) kept[n++] = all[i];
            i = j;
        }
        return Arrays.copyOf(kept, n);
    }

    /**
     * Adds to each row of an instance the ids of its corpus's private copies of the row's keys (-1 where the corpus
     * has no copy), before the transition slot; the shared ids stay first.
     */
    private static void augment(CharInstance instance, long[] domainKept, int domainBase, long[] kept, int base) {
        int[][] f = instance.featureMatrix;
        for (int i = 0; i < f.length; i++) {
            int[] row = f[i];
            int F = row.length - 1;
            int[] out = new int[2 * F + 1];
            System.arraycopy(row, 0, out, 0, F);
            for (int j = 0; j < F; j++) {
                int id = -1;
                if (row[j] >= 0) {
                    int dk = Arrays.binarySearch(domainKept, kept[row[j] - base]);
                    if (dk >= 0) id = dk + domainBase;
                } // a key below the shared cutoff is below the corpus's too: no copy
                out[F + j] = id;
            }
            f[i] = out;
        }
    }

    /** The coefficients of the corpora's copies in a target: a corpus name (1 for it), shared (none), or NAME=C,... */
    static float[] mix(String spec, List<String> domains) {
        float[] c = new float[domains.size()];
        if ("shared".equals(spec)) return c;
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            int d = domains.indexOf(kv[0].strip());
            if (d < 0 || kv.length > 2) throw new IllegalArgumentException("augment: none, shared, a corpus of " + domains + " or NAME=C,...: " + spec);
            c[d] = kv.length == 2 ? Float.parseFloat(kv[1]) : 1f;
        }
        return c;
    }

    /**
     * The weights of a target ({@code coef}: the coefficient of each corpus's copy) in the layout of the shared ids:
     * transitions, then for each shared key its shared weight plus coefficient times each corpus's copy (float sums,
     * corpus order; coefficient 1: the plain sum).
     */
    static float[] combined(float[] averaged, long[] kept, int base, int L, long[][] domainKept, int[] domainBase, float[] coef) {
        float[] out = Arrays.copyOf(averaged, (kept.length + base) * L);
        for (int d = 0; d < coef.length; d++) {
            if (coef[d] == 0) continue;
            long[] dk = domainKept[d];
            for (int j = 0; j < kept.length; j++) {
                int x = Arrays.binarySearch(dk, kept[j]);
                if (x < 0) continue;
                int from = (domainBase[d] + x) * L, to = (j + base) * L;
                for (int t = 0; t < L; t++) out[to + t] += coef[d] * averaged[from + t];
            }
        }
        return out;
    }

    /** A target's dev lines at the last epoch, its model written to DIR when zhtext.ner.targets=DIR. */
    private static void target(String spec, NerModel q, Map<String, List<NerCorpus.Sentence>> dev, Map<NerCorpus.Sentence, long[]> wordKeys)
            throws IOException {
        String dir = System.getProperty("zhtext.ner.targets");
        System.err.printf(Locale.ROOT, "target %s: %d features:%n", spec, q.features());
        for (Map.Entry<String, List<NerCorpus.Sentence>> e : dev.entrySet()) {
            System.err.printf(Locale.ROOT, "  %-20s %s%n", e.getKey(), score(q, e.getValue(), wordKeys));
        }
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            try (OutputStream os = Files.newOutputStream(Path.of(dir, "ner-" + spec.replaceAll("[^a-z0-9.]+", "_") + ".bin"))) {
                q.save(os);
            }
        }
    }

    /** The decoder's model of HanLP parameters, quantized: features whose weights are all zero dropped. */
    static NerModel toModel(long[] kept, float[] parameter, int L, boolean words, CharClusters clusters) {
        int base = L + 1;
        float[] transitions = Arrays.copyOf(parameter, base * L);
        int nz = 0;
        for (int j = 0; j < kept.length; j++) if (nonZero(parameter, (j + base) * L, L)) nz++;
        long[] keys = new long[nz];
        float[] w = new float[nz * L];
        int m = 0;
        for (int j = 0; j < kept.length; j++) {
            if (!nonZero(parameter, (j + base) * L, L)) continue;
            keys[m] = kept[j];
            System.arraycopy(parameter, (j + base) * L, w, m * L, L);
            m++;
        }
        return NerModel.quantize(keys, w, transitions, L, words, clusters);
    }

    private static boolean nonZero(float[] p, int from, int L) {
        for (int t = 0; t < L; t++) if (p[from + t] != 0) return true;
        return false;
    }

    /**
     * The best tag sequence of the current weights among those that agree with a partially labelled sentence: a
     * char whose gold tag is O may also take a tag of type {@code relaxed} (a corpus whose guideline leaves some such
     * names unlabelled), every other char keeps its gold tag, and the sequence is valid BIOES (latent-variable
     * perceptron for partial annotation: the update goes toward this sequence). Same sums as HanLP's viterbiDecode.
     */
    /**
     * The tags each char of a partially labelled sentence may take: its gold tag, and where that is O, a tag of
     * {@code type}: any (places null), or only as part of a whole place name of the gazetteer lying in an O stretch.
     */
    static boolean[][] allowedTags(NerCorpus.Sentence s, int type, int L, Set<String> places) {
        int n = s.text().length();
        int[] g = s.tags();
        boolean[][] a = new boolean[n][L];
        for (int i = 0; i < n; i++) {
            a[i][g[i]] = true;
            if (g[i] == NerTags.O && places == null) for (int p = 0; p < 4; p++) a[i][NerTags.tag(type, p)] = true;
        }
        if (places == null) return a;
        for (int i = 0; i < n; i++) {
            for (int j = i + 2; j <= Math.min(n, i + 12); j++) {
                if (g[j - 1] != NerTags.O) break;
                if (g[i] != NerTags.O || !places.contains(s.text().substring(i, j))) continue;
                a[i][NerTags.tag(type, 0)] = true;
                for (int k = i + 1; k < j - 1; k++) a[k][NerTags.tag(type, 1)] = true;
                a[j - 1][NerTags.tag(type, 2)] = true;
            }
        }
        return a;
    }

    static int[] constrainedDecode(AveragedPerceptron model, CharInstance instance, boolean[][] allowed, int L, int bos) {
        int n = instance.length();
        int[] goldTags = instance.tagArray;
        double[][] score = new double[n][L];
        int[][] back = new int[n][L];
        float[] w = model.parameter;
        for (int i = 0; i < n; i++) {
            int[] f = instance.getFeatureAt(i);
            for (int t = 0; t < L; t++) {
                score[i][t] = Double.NEGATIVE_INFINITY;
                if (!allowed[i][t]) continue;
                double e = 0;
                for (int j = 0; j < f.length - 1; j++) if (f[j] >= 0) e += w[f[j] * L + t];
                if (i == 0) {
                    if (validStart(t)) score[i][t] = e + w[bos * L + t];
                    continue;
                }
                for (int p = 0; p < L; p++) {
                    if (score[i - 1][p] == Double.NEGATIVE_INFINITY || !validPair(p, t)) continue;
                    double v = score[i - 1][p] + e + w[p * L + t];
                    if (v > score[i][t]) {
                        score[i][t] = v;
                        back[i][t] = p;
                    }
                }
            }
        }
        int best = -1;
        for (int t = 0; t < L; t++) if (validEnd(t) && score[n - 1][t] > Double.NEGATIVE_INFINITY && (best < 0 || score[n - 1][t] > score[n - 1][best])) best = t;
        if (best < 0) return goldTags; // gold itself is not valid BIOES: keep it
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = best;
            best = back[i][best];
        }
        return out;
    }

    private static boolean validStart(int t) {
        return t == NerTags.O || NerTags.position(t) == 0 || NerTags.position(t) == 3;
    }

    private static boolean validEnd(int t) {
        return t == NerTags.O || NerTags.position(t) == 2 || NerTags.position(t) == 3;
    }

    private static boolean validPair(int p, int t) {
        boolean open = p != NerTags.O && (NerTags.position(p) == 0 || NerTags.position(p) == 1);
        boolean continues = t != NerTags.O && (NerTags.position(t) == 1 || NerTags.position(t) == 2);
        return open ? continues && NerTags.type(p) == NerTags.type(t) : !continues;
    }

    /** Entity-level exact-match P/R/F1, per type and overall, of a model on gold sentences. */
    static String score(NerModel m, List<NerCorpus.Sentence> gold, Map<NerCorpus.Sentence, long[]> wordKeys) {
        int[][] c = new int[4][3];
        for (NerCorpus.Sentence s : gold) {
            Set<String> g = new HashSet<>(), p = new HashSet<>();
            for (int[] x : NerTags.decode(s.tags())) g.add(x[0] + ":" + x[1] + ":" + x[2]);
            for (int[] x : NerTags.decode(m.tag(s.text(), m.wordFeatures() ? wordKeys.get(s) : null))) p.add(x[0] + ":" + x[1] + ":" + x[2]);
            for (String x : p) c[x.charAt(0) - '0'][g.contains(x) ? 0 : 1]++;
            for (String x : g) if (!p.contains(x)) c[x.charAt(0) - '0'][2]++;
        }
        for (int t = 0; t < 3; t++) for (int j = 0; j < 3; j++) c[3][j] += c[t][j];
        StringBuilder sb = new StringBuilder();
        String[] names = {"PER", "LOC", "ORG", "ALL"};
        for (int t = 0; t < 4; t++) {
            double pr = c[t][0] + c[t][1] == 0 ? 0 : (double) c[t][0] / (c[t][0] + c[t][1]);
            double re = c[t][0] + c[t][2] == 0 ? 0 : (double) c[t][0] / (c[t][0] + c[t][2]);
            double f = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
            sb.append(String.format(Locale.ROOT, "%s %.3f/%.3f/%.3f  ", names[t], pr, re, f));
        }
        return sb.toString().strip();
    }
}
