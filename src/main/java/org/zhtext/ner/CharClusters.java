package org.zhtext.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Character clusters for the NER tagger's cluster features ({@link NerFeatures#clusterKeys}): distributional classes
 * of the normalized characters ({@link NerFeatures#normalize}), learned from unlabeled text, at a few granularities
 * (class counts such as 16, 64 and 256, each clustering run on its own).
 * <p>
 * Algorithm: the exchange algorithm for a two-sided class bigram model (Kneser &amp; Ney 1993; Martin, Liermann &amp;
 * Ney 1998, "Algorithms for bigram and trigram word clustering"; the objective as in Brown et al. 1992 and
 * Uszkoreit &amp; Brants 2008, "Distributed word clustering for large scale class-based language modeling"): maximize
 * {@code sum N(c,d) ln N(c,d) - sum N_left(c) ln N_left(c) - sum N_right(d) ln N_right(d)} over the class bigram
 * counts, by moving one character at a time to the class that raises it most, the characters in order of
 * decreasing frequency, until a pass moves fewer than 0.1% of them or {@code MAX_PASSES} passes. Vocabulary: the
 * characters seen at least {@code MIN_COUNT} times; the others are one token "rare", and the sentence edges one
 * token "edge", each in a fixed class of its own (not in the output). Start: the character of frequency rank r in
 * class r mod K. Counts are integers and every sum runs in a fixed order with {@link StrictMath#log}, so a run is
 * reproducible byte for byte on any JVM.
 * <p>
 * Generator: {@code CharClusters DATA_DIR OUT_FILE [K,K,...=16,64,256] [min count=2]}, over the training text of
 * {@code DATA_DIR/{msra,weibo,cluener}/train.tsv} minus the hash dev split ({@link NerCorpus#isDev}): the same
 * sentences {@link NerTrainer} trains on, labels ignored. Run by {@code bench/char-clusters.sh}.
 * <p>
 * File: {@code #} header lines (how it was made), then one line per character: its code point in hex, its class at
 * each granularity, its count, and the character itself (for reading; ignored when loading).
 */
public final class CharClusters {
    static final int MAX_PASSES = 30;
    /** Class ids per granularity, indexed by UTF-16 unit (-1: no class). */
    private final short[][] classOf;
    private final int[] sizes;
    private final int vocabulary;

    CharClusters(short[][] classOf, int[] sizes) {
        this.classOf = classOf;
        this.sizes = sizes;
        int v = 0;
        for (int c = 0; c < 0x10000; c++) if (classOf[0][c] >= 0) v++;
        this.vocabulary = v;
    }

    /** The number of granularities. */
    public int granularities() {
        return sizes.length;
    }

    /** The class count of granularity {@code g}. */
    public int size(int g) {
        return sizes[g];
    }

    /** The characters with a class. */
    public int vocabulary() {
        return vocabulary;
    }

    /** The class of a normalized code point at granularity {@code g}, -1 when it has none (rare, edge, outside the BMP). */
    public int classOf(int g, int code) {
        return code >= 0 && code < 0x10000 ? classOf[g][code] : -1;
    }

    /** Reads a cluster file. */
    public static CharClusters read(Path file) throws IOException {
        short[][] classOf = null;
        int[] sizes = null;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("# sizes ")) {
                    sizes = Arrays.stream(line.substring(8).strip().split(",")).mapToInt(Integer::parseInt).toArray();
                    classOf = new short[sizes.length][0x10000];
                    for (short[] a : classOf) Arrays.fill(a, (short) -1);
                    continue;
                }
                if (line.startsWith("#") || line.isBlank()) continue;
                if (sizes == null) throw new IOException(file + ": no '# sizes' header before the classes");
                String[] f = line.split("\t");
                int code = Integer.parseInt(f[0], 16);
                for (int g = 0; g < sizes.length; g++) classOf[g][code] = Short.parseShort(f[1 + g]);
            }
        }
        if (sizes == null) throw new IOException(file + ": not a cluster file");
        return new CharClusters(classOf, sizes);
    }

    /** The clusters as {@link NerModel} stores them: sizes, then (code, class per granularity) for each char. */
    int[] sizes() {
        return sizes.clone();
    }

    /** The chars with a class, ascending. */
    int[] codes() {
        int[] out = new int[vocabulary];
        int n = 0;
        for (int c = 0; c < 0x10000; c++) if (classOf[0][c] >= 0) out[n++] = c;
        return out;
    }

    static CharClusters of(int[] sizes, int[] codes, short[][] classes) {
        short[][] classOf = new short[sizes.length][0x10000];
        for (short[] a : classOf) Arrays.fill(a, (short) -1);
        for (int g = 0; g < sizes.length; g++) for (int i = 0; i < codes.length; i++) classOf[g][codes[i]] = classes[g][i];
        return new CharClusters(classOf, sizes);
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int[] sizes = Arrays.stream((args.length > 2 ? args[2] : "16,64,256").split(",")).mapToInt(Integer::parseInt).toArray();
        int minCount = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        long t0 = System.nanoTime();
        List<int[]> sentences = new ArrayList<>();
        long chars = 0;
        for (String corpus : List.of("msra", "weibo", "cluener")) {
            for (NerCorpus.Sentence s : NerCorpus.read(data.resolve(corpus).resolve("train.tsv"))) {
                if (NerCorpus.isDev(s.text())) continue;
                sentences.add(NerFeatures.codes(s.text()));
                chars += s.text().length();
            }
        }
        System.err.printf(Locale.ROOT, "char-clusters: %d sentences, %d chars read; %.1f s%n", sentences.size(), chars, (System.nanoTime() - t0) / 1e9);
        String[] summary = new String[sizes.length];
        int[] count = new int[0x10000];
        CharClusters clusters = learn(sentences, sizes, minCount, summary, count, System.err);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# zhtext character clusters for the NER tagger (org.zhtext.ner.CharClusters; bench/char-clusters.sh)\n");
            w.write("# exchange algorithm, two-sided class bigram model (Kneser & Ney 1993; Martin, Liermann & Ney 1998);\n");
            w.write("# one run per class count; start: frequency rank mod K; passes until < 0.1% of the chars move (max " + MAX_PASSES + ")\n");
            w.write("# text: the train.tsv sentences of msra, weibo, cluener minus the hash dev split (NerCorpus.isDev), labels ignored,\n");
            w.write(String.format(Locale.ROOT, "#   %d sentences, %d chars, normalized (NerFeatures.normalize); chars seen >= %d times: %d%n",
                    sentences.size(), chars, minCount, clusters.vocabulary()));
            for (int g = 0; g < sizes.length; g++) w.write("# K=" + sizes[g] + ": " + summary[g] + "\n");
            w.write("# columns: code point (hex), class at each size, count, char\n");
            w.write("# sizes " + String.join(",", Arrays.stream(sizes).mapToObj(Integer::toString).toArray(String[]::new)) + "\n");
            for (int c : clusters.codes()) {
                StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%04X", c));
                for (int g = 0; g < sizes.length; g++) sb.append('\t').append(clusters.classOf(g, c));
                sb.append('\t').append(count[c]).append('\t');
                sb.append(Character.isISOControl(c) || Character.isWhitespace(c) ? "" : String.valueOf((char) c));
                w.write(sb.append('\n').toString());
            }
        }
        System.err.printf(Locale.ROOT, "wrote %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The clusters of the chars of {@code sentences} (normalized code points) seen at least {@code minCount} times,
     * one exchange run per class count of {@code sizes}; {@code summary[g]} gets each run's passes and objective,
     * {@code count} (0x10000 long) each char's count; progress to {@code log} (null: none).
     */
    static CharClusters learn(List<int[]> sentences, int[] sizes, int minCount, String[] summary, int[] count, java.io.PrintStream log) {
        long chars = 0;
        for (int[] s : sentences) chars += s.length;
        // vocabulary: chars seen at least minCount times, by decreasing count (then code point)
        for (int[] s : sentences) for (int c : s) if (c < 0x10000) count[c]++;
        List<Integer> vocab = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) if (count[c] >= minCount) vocab.add(c);
        vocab.sort((a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a]) : Integer.compare(a, b));
        int V = vocab.size();
        int[] id = new int[0x10000];
        Arrays.fill(id, V); // rare
        for (int i = 0; i < V; i++) id[vocab.get(i)] = i;
        int RARE = V, EDGE = V + 1, T = V + 2;
        // bigram counts of the token ids, edges included, as sorted (a << 32 | b) runs
        long[] pairs = new long[Math.toIntExact(chars + sentences.size())];
        int np = 0;
        for (int[] s : sentences) {
            int prev = EDGE;
            for (int c : s) {
                int cur = c < 0x10000 ? id[c] : RARE;
                pairs[np++] = (long) prev << 32 | cur;
                prev = cur;
            }
            pairs[np++] = (long) prev << 32 | EDGE;
        }
        Arrays.sort(pairs, 0, np);
        List<long[]> runs = new ArrayList<>(); // (a, b, n)
        for (int i = 0; i < np; ) {
            int j = i;
            while (j < np && pairs[j] == pairs[i]) j++;
            runs.add(new long[] {pairs[i] >>> 32, pairs[i] & 0xFFFFFFFFL, j - i});
            i = j;
        }
        // successors and predecessors of each token (CSR), self-bigrams apart
        int[][] succ = new int[T][], succN = new int[T][], pred = new int[T][], predN = new int[T][];
        int[] ns = new int[T], npr = new int[T], self = new int[T];
        long[] left = new long[T], right = new long[T];
        for (long[] r : runs) {
            int a = (int) r[0], b = (int) r[1];
            left[a] += r[2];
            right[b] += r[2];
            if (a == b) self[a] = (int) r[2];
            else {
                ns[a]++;
                npr[b]++;
            }
        }
        for (int t = 0; t < T; t++) {
            succ[t] = new int[ns[t]];
            succN[t] = new int[ns[t]];
            pred[t] = new int[npr[t]];
            predN[t] = new int[npr[t]];
            ns[t] = npr[t] = 0;
        }
        for (long[] r : runs) {
            int a = (int) r[0], b = (int) r[1];
            if (a == b) continue;
            succ[a][ns[a]] = b;
            succN[a][ns[a]++] = (int) r[2];
            pred[b][npr[b]] = a;
            predN[b][npr[b]++] = (int) r[2];
        }
        double[] xlogx = new double[np + 1];
        for (int x = 1; x <= np; x++) xlogx[x] = x * StrictMath.log(x);
        if (log != null) log.printf(Locale.ROOT, "char-clusters: %d chars seen >= %d times, %d bigram types%n", V, minCount, runs.size());
        short[][] classes = new short[sizes.length][];
        for (int g = 0; g < sizes.length; g++) {
            int K = sizes[g];
            int[] cls = exchange(K, V, T, succ, succN, pred, predN, self, left, right, xlogx, g, summary, log);
            classes[g] = new short[V];
            for (int i = 0; i < V; i++) classes[g][i] = (short) cls[i];
            if (log != null) log.printf(Locale.ROOT, "  K=%d: %s%n", K, summary[g]);
        }
        int[] codes = new int[V];
        for (int i = 0; i < V; i++) codes[i] = vocab.get(i);
        return of(sizes, codes, classes);
    }

    /**
     * One exchange clustering of the V vocabulary tokens into K classes (the rare and edge tokens in fixed classes K
     * and K+1); returns each token's class.
     */
    private static int[] exchange(int K, int V, int T, int[][] succ, int[][] succN, int[][] pred, int[][] predN, int[] self,
            long[] left, long[] right, double[] f, int g, String[] summary, java.io.PrintStream log) {
        int C = K + 2;
        int[] cls = new int[T];
        for (int t = 0; t < V; t++) cls[t] = t % K;
        cls[V] = K;
        cls[V + 1] = K + 1;
        long[][] N = new long[C][C];
        long[] Nl = new long[C], Nr = new long[C];
        for (int a = 0; a < T; a++) {
            Nl[cls[a]] += left[a];
            Nr[cls[a]] += right[a];
            N[cls[a]][cls[a]] += self[a];
            for (int j = 0; j < succ[a].length; j++) N[cls[a]][cls[succ[a][j]]] += succN[a][j];
        }
        long[] R = new long[C], Lc = new long[C];
        int[] nzR = new int[C], nzL = new int[C];
        int passes = 0, moved;
        do {
            moved = 0;
            passes++;
            for (int w = 0; w < V; w++) {
                int from = cls[w], nr = 0, nl = 0;
                for (int j = 0; j < succ[w].length; j++) {
                    int k = cls[succ[w][j]];
                    if (R[k] == 0) nzR[nr++] = k;
                    R[k] += succN[w][j];
                }
                for (int j = 0; j < pred[w].length; j++) {
                    int k = cls[pred[w][j]];
                    if (Lc[k] == 0) nzL[nl++] = k;
                    Lc[k] += predN[w][j];
                }
                Arrays.sort(nzR, 0, nr);
                Arrays.sort(nzL, 0, nl);
                // take w out of its class
                for (int x = 0; x < nr; x++) N[from][nzR[x]] -= R[nzR[x]];
                for (int x = 0; x < nl; x++) N[nzL[x]][from] -= Lc[nzL[x]];
                N[from][from] -= self[w];
                Nl[from] -= left[w];
                Nr[from] -= right[w];
                // the class whose objective gains most with w (ties: its own class, then the lowest id)
                int best = from;
                double bestGain = gain(from, N, Nl, Nr, R, Lc, nzR, nr, nzL, nl, self[w], left[w], right[w], f);
                for (int k = 0; k < K; k++) {
                    if (k == from) continue;
                    double d = gain(k, N, Nl, Nr, R, Lc, nzR, nr, nzL, nl, self[w], left[w], right[w], f);
                    if (d > bestGain) {
                        bestGain = d;
                        best = k;
                    }
                }
                for (int x = 0; x < nr; x++) N[best][nzR[x]] += R[nzR[x]];
                for (int x = 0; x < nl; x++) N[nzL[x]][best] += Lc[nzL[x]];
                N[best][best] += self[w];
                Nl[best] += left[w];
                Nr[best] += right[w];
                if (best != from) {
                    cls[w] = best;
                    moved++;
                }
                for (int x = 0; x < nr; x++) R[nzR[x]] = 0;
                for (int x = 0; x < nl; x++) Lc[nzL[x]] = 0;
            }
            if (log != null) log.printf(Locale.ROOT, "  K=%d pass %d: %d moved, objective %.1f%n", K, passes, moved, objective(N, Nl, Nr, f));
        } while (moved * 1000L >= V && passes < MAX_PASSES);
        summary[g] = String.format(Locale.ROOT, "%d passes, %d moved in the last, objective %.1f", passes, moved, objective(N, Nl, Nr, f));
        return cls;
    }

    /** The change of the objective when a token (w, out of every class: its class counts R, Lc, self) joins class k. */
    private static double gain(int k, long[][] N, long[] Nl, long[] Nr, long[] R, long[] Lc, int[] nzR, int nr, int[] nzL, int nl,
            int self, long left, long right, double[] f) {
        double d = 0;
        long[] row = N[k];
        for (int x = 0; x < nr; x++) {
            int j = nzR[x];
            if (j == k) continue;
            d += f[(int) (row[j] + R[j])] - f[(int) row[j]];
        }
        for (int x = 0; x < nl; x++) {
            int j = nzL[x];
            if (j == k) continue;
            d += f[(int) (N[j][k] + Lc[j])] - f[(int) N[j][k]];
        }
        d += f[(int) (row[k] + R[k] + Lc[k] + self)] - f[(int) row[k]];
        d -= f[(int) (Nl[k] + left)] - f[(int) Nl[k]];
        d -= f[(int) (Nr[k] + right)] - f[(int) Nr[k]];
        return d;
    }

    private static double objective(long[][] N, long[] Nl, long[] Nr, double[] f) {
        double o = 0;
        for (long[] row : N) for (long x : row) o += f[(int) x];
        for (long x : Nl) o -= f[(int) x];
        for (long x : Nr) o -= f[(int) x];
        return o;
    }
}
