package org.zhtext.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.zhtext.engine.Word;
import org.zhtext.SharedEval;
import org.zhtext.core.Models;
import org.zhtext.engine.Mention;

/** The shipped tagger: file format, decoder against HanLP's own Viterbi (oracle), speed. */
class NerModelTest {
    static final NerModel MODEL = ModelRecognizer.shipped("hanlp").model();

    @Test
    void tagsDecodeToSpans() {
        // O B-PER I-PER E-PER S-LOC O, then a B-ORG left open at the end
        int[] tags = {0, NerTags.tag(0, 0), NerTags.tag(0, 1), NerTags.tag(0, 2), NerTags.tag(1, 3), 0, NerTags.tag(2, 0), NerTags.tag(2, 1)};
        List<Mention> m = NerTags.mentions(tags);
        assertEquals(List.of(new Mention(1, 4, "person"), new Mention(4, 5, "location"), new Mention(6, 8, "organization")), m);
        tags[7] = NerTags.tag(2, 2); // encode closes the organization with E
        assertArrayEquals(tags, NerTags.encode(8, List.of(new int[] {0, 1, 4}, new int[] {1, 4, 5}, new int[] {2, 6, 8})));
    }

    @Test
    void savedModelLoadsToTheSameBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        MODEL.save(a);
        NerModel again = NerModel.load(new ByteArrayInputStream(a.toByteArray()));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        again.save(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        byte[] shipped;
        try (InputStream in = Models.open(ModelRecognizer.MODEL)) {
            shipped = in.readAllBytes();
        }
        assertTrue(shipped.length <= 25 << 20, "model at most 25 MB: " + shipped.length);
        assertArrayEquals(shipped, a.toByteArray(), "the shipped file is what save writes");
    }

    /**
     * The oracle: on the whole MSRA dev split, zhtext's decoder gives the labels of HanLP's
     * {@code LinearModel.viterbiDecode} over the same weights (those the decoder uses: {@code q * scale}).
     */
    @Test
    void decoderGivesHanlpsLabelsOnTheDevSplit() throws IOException {
        Path train = SharedEval.require("NerModelTest", "NER training data", "oracle skipped", "..", "train", "ner", "msra", "train.tsv");
        int[] counted = oracle(MODEL, train, 1);
        assertTrue(counted[0] > 2000, "dev sentences: " + counted[0]);
        System.err.printf(Locale.ROOT, "NER oracle: %d dev sentences, %d chars, same labels as HanLP's Viterbi%n", counted[0], counted[1]);
    }

    /**
     * The oracle on long sentences: the dev split's sentences joined eight at a time (300 to 1,000 chars and more),
     * so that the decoder's path for sentences over {@link NerModel#EXACT_CHARS} chars (the Viterbi sums in
     * HanLP's order) is compared too: the MSRA sentences are all shorter.
     */
    @Test
    void decoderGivesHanlpsLabelsOnLongSentences() throws IOException {
        Path train = SharedEval.require("NerModelTest", "NER training data", "long-sentence oracle skipped", "..", "train", "ner", "msra", "train.tsv");
        List<NerCorpus.Sentence> dev = new ArrayList<>(), joined = new ArrayList<>();
        for (NerCorpus.Sentence s : NerCorpus.read(train)) if (NerCorpus.isDev(s.text())) dev.add(s);
        for (int i = 0; i + 8 <= dev.size() && joined.size() < 150; i += 8) {
            StringBuilder text = new StringBuilder();
            int[] tags = new int[0];
            for (NerCorpus.Sentence s : dev.subList(i, i + 8)) {
                text.append(s.text());
                int[] t = Arrays.copyOf(tags, tags.length + s.tags().length);
                System.arraycopy(s.tags(), 0, t, tags.length, s.tags().length);
                tags = t;
            }
            joined.add(new NerCorpus.Sentence(text.toString(), tags));
        }
        long longOnes = joined.stream().filter(s -> s.text().length() > NerModel.EXACT_CHARS).count();
        assertTrue(longOnes > 100, "sentences over " + NerModel.EXACT_CHARS + " chars: " + longOnes);
        int[] counted = oracle(MODEL, joined);
        assertEquals(joined.size(), counted[0]);
    }

    /** Asserts that {@code model} tags every {@code every}-th dev sentence as HanLP's Viterbi does; sentences and chars. */
    static int[] oracle(NerModel model, Path train, int every) throws IOException {
        List<NerCorpus.Sentence> chosen = new ArrayList<>();
        int seen = 0;
        for (NerCorpus.Sentence s : NerCorpus.read(train)) if (NerCorpus.isDev(s.text()) && seen++ % every == 0) chosen.add(s);
        return oracle(model, chosen);
    }

    /** Asserts that {@code model} tags each sentence as HanLP's Viterbi does; sentences and chars. */
    static int[] oracle(NerModel model, List<NerCorpus.Sentence> chosen) {
        int L = model.tags, base = L + 1, n = model.features();
        float[] parameter = new float[(n + base) * L];
        System.arraycopy(model.transitions, 0, parameter, 0, base * L);
        System.arraycopy(model.weights(), 0, parameter, base * L, n * L);
        LinearModel hanlp = new LinearModel(new NerTrainer.IdFeatureMap(NerTrainer.tagSet(), n + base), parameter);
        int sentences = 0, chars = 0;
        for (NerCorpus.Sentence s : chosen) {
            long[] wk = model.wordFeatures() ? NerTrainer.wordKeys(s) : null;
            NerTrainer.CharInstance instance = NerTrainer.instance(s, wk, model.clusters, model.sortedKeys, base);
            int[] expected = new int[s.text().length()];
            hanlp.viterbiDecode(instance, expected);
            assertArrayEquals(expected, model.tag(s.text(), wk), s.text());
            sentences++;
            chars += expected.length;
        }
        return new int[] {sentences, chars};
    }

    /**
     * The table stores fingerprints, not keys: every key of the model with a non-zero weight has a slot, and keys
     * outside the model have none: every char feature key of the dev split (the keys a tagger meets, structured:
     * templates that differ in the top bits only) and two million
     * seeded random keys. (A false match needs a 48-bit coincidence with a key whose home slot is far from the
     * query's, see {@link NerModel#table}: expected about 10^-8 here.)
     */
    @Test
    void fingerprintsMatchExactlyTheModelsKeys() throws IOException {
        short[] q = MODEL.quantizedWeights();
        int L = MODEL.tags, stored = 0;
        for (int i = 0; i < MODEL.features(); i++) {
            boolean nonZero = false;
            for (int t = 0; t < L; t++) nonZero |= q[i * L + t] != 0;
            assertEquals(nonZero, MODEL.stored(MODEL.sortedKeys[i]));
            if (nonZero) stored++;
            // the decoder's filter never rules out a key the table holds
            if (nonZero && NerModel.inTable(MODEL.sortedKeys[i])) assertTrue(MODEL.mayHold(MODEL.sortedKeys[i]), "filtered out: " + MODEL.sortedKeys[i]);
        }
        assertTrue(stored > 100_000, "stored keys " + stored);
        long outside = 0, passed = 0;
        java.util.SplittableRandom random = new java.util.SplittableRandom(24);
        for (int i = 0; i < 2_000_000; i++) {
            long k = random.nextLong();
            if (Arrays.binarySearch(MODEL.sortedKeys, k) >= 0) continue;
            assertTrue(!MODEL.stored(k), "random key " + k + " matches a slot");
            if (MODEL.mayHold(k)) passed++;
            outside++;
        }
        // and rules out most keys it does not hold (two bits of 2^20 per key: about 4% pass)
        assertTrue(passed < outside / 10, "the filter let " + passed + " of " + outside + " absent keys through");
        Path train = Path.of("..", "shared", "train", "ner", "msra", "train.tsv");
        if (java.nio.file.Files.exists(train)) {
            long[] keys = new long[NerFeatures.COUNT];
            for (NerCorpus.Sentence s : NerCorpus.read(train)) {
                if (!NerCorpus.isDev(s.text())) continue;
                int[] c = NerFeatures.codes(s.text());
                for (int i = 0; i < c.length; i++) {
                    NerFeatures.keys(c, i, keys, 0);
                    for (long k : keys) {
                        if (Arrays.binarySearch(MODEL.sortedKeys, k) >= 0) continue;
                        assertTrue(!MODEL.stored(k), "dev key " + k + " matches a slot");
                        outside++;
                    }
                }
            }
        }
        System.err.printf(Locale.ROOT, "NER model: %d of %d keys stored (char rows, pair blocks, fixed slices and a table of %d slots); %d keys outside the model, none matched%n", stored,
                MODEL.features(), MODEL.cap, outside);
    }

    /**
     * Pruning ({@link NerModel#pruned}) drops exactly the keys whose quantized weights are all within ±k, keeps
     * the others' weights, scale and transitions, saves and loads to the same bytes, and its decoder still gives
     * HanLP's labels over its own weights (every 4th dev sentence).
     */
    @Test
    void pruningDropsTheSmallKeysOnly() throws IOException {
        int k = 500; // above the shipped model's own pruning (250, bench/train-ner.sh), so that keys go
        NerModel p = MODEL.pruned(k);
        short[] q = MODEL.quantizedWeights(), pq = p.quantizedWeights();
        int L = MODEL.tags, j = 0;
        for (int i = 0; i < MODEL.features(); i++) {
            int max = 0;
            for (int t = 0; t < L; t++) max = Math.max(max, Math.abs(q[i * L + t]));
            if (max <= k) continue;
            assertEquals(MODEL.sortedKeys[i], p.sortedKeys[j]);
            assertArrayEquals(Arrays.copyOfRange(q, i * L, i * L + L), Arrays.copyOfRange(pq, j * L, j * L + L));
            j++;
        }
        assertEquals(j, p.features());
        assertTrue(j < MODEL.features() && j > MODEL.features() / 4, "kept " + j);
        assertEquals(MODEL.scale, p.scale);
        assertArrayEquals(MODEL.transitions, p.transitions);
        ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
        p.save(a);
        NerModel.load(new ByteArrayInputStream(a.toByteArray())).save(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        assertEquals(0, MODEL.pruned(-1).features() - MODEL.features());
        Path train = Path.of("..", "shared", "train", "ner", "msra", "train.tsv");
        if (java.nio.file.Files.exists(train)) assertTrue(oracle(p, train, 4)[0] > 500);
    }

    /**
     * Throughput of the tagger alone (word keys from the given words, features, Viterbi; the segmentation is the
     * pipeline's and not counted), one thread: a benchmark (issue 24 asks for >= 500 K chars/s), run by
     * {@code bench/ner-speed.sh} ({@code -Dzhtext.bench=true}), skipped in the test run. Text: the MSRA dev split
     * (real news, whose many distinct features do not fit the CPU caches) when {@code ../shared} is present, else
     * a few sentences written here, repeated.
     */
    @Test
    void taggerSpeed() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("zhtext.bench"), "a benchmark: bench/ner-speed.sh runs it");
        List<String> text = new ArrayList<>();
        Path train = Path.of("..", "shared", "train", "ner", "msra", "train.tsv");
        if (java.nio.file.Files.exists(train)) {
            for (NerCorpus.Sentence s : NerCorpus.read(train)) if (NerCorpus.isDev(s.text())) text.add(s.text());
        } else {
            String base = "据新华社北京5月10日电，国务院总理李强在人民大会堂会见了来访的德国总理朔尔茨，双方就中欧关系交换了意见。"
                    + "阿里巴巴集团和腾讯公司当天在杭州发布了新的人工智能模型，联合国秘书长古特雷斯表示欢迎。";
            for (int i = 0; i < 200; i++) text.add(base.substring(i % 20) + base.substring(0, i % 20));
        }
        List<List<Word>> words = new ArrayList<>();
        for (String s : text) words.add(NerWords.segmenter().segment(s));
        for (int round = 0; round < 3; round++) for (int i = 0; i < text.size(); i++) MODEL.tag(text.get(i), words.get(i)); // warm-up
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long chars = 0, t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < text.size(); i++) {
                assertEquals(text.get(i).length(), MODEL.tag(text.get(i), words.get(i)).length);
                chars += text.get(i).length();
            }
            double perSecond = chars / ((cpu.getCurrentThreadCpuTime() - t0) / 1e9);
            System.err.printf(Locale.ROOT, "NER tagger: %.0f K chars/s (thread CPU time), one thread, %s, %d chars, %d keys per char%n",
                    perSecond / 1000, java.nio.file.Files.exists(train) ? "MSRA dev split" : "built-in sentences", chars,
                    NerFeatures.COUNT + (MODEL.wordFeatures() ? NerFeatures.WORD_COUNT : 0) + NerFeatures.clusterCount(MODEL.clusters));
        }
    }

    @Test
    void modelHasSaneSize() {
        assertTrue(MODEL.features() > 100_000, "features " + MODEL.features());
        assertEquals(NerTags.TAGS.size(), MODEL.tags);
        assertTrue(Arrays.stream(new int[] {MODEL.tags}).allMatch(t -> t == 13));
    }
}
