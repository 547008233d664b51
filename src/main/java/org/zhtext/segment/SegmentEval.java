package org.zhtext.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.zhtext.core.Article;
import org.zhtext.core.CharClasses;
import org.zhtext.core.Conversion;
import org.zhtext.core.Doc;
import org.zhtext.core.Token;

/**
 * Scores a segmenter against gold segmentations, the way the SIGHAN bakeoff {@code score} script and the
 * CoNLL 2018 {@code conll18_ud_eval.py} do: a word is correct when its character span equals a gold word's
 * span. Spans come from each token's offsets into the ORIGINAL input line (the line is converted to
 * simplified first with the given converter, segmented, and mapped back), counted over non-whitespace
 * characters so spaces in the input do not matter.
 */
public final class SegmentEval {
    private SegmentEval() {}

    /** Precision, recall, F1 of words; OOV figures when a training word list was given; UPOS F1 for CoNLL-U gold. */
    public record Score(String name, int lines, long goldWords, long predictedWords, long correctWords,
                        long oovWords, long oovCorrect, long correctUpos, int misalignedLines) {
        public double precision() {
            return ratio(correctWords, predictedWords);
        }

        public double recall() {
            return ratio(correctWords, goldWords);
        }

        public double f1() {
            return f1(correctWords);
        }

        /** -1 when no training word list was given. */
        public double oovRate() {
            return oovWords < 0 ? -1 : ratio(oovWords, goldWords);
        }

        /** Recall of gold words absent from the training list; -1 when no list was given. */
        public double oovRecall() {
            return oovWords < 0 ? -1 : ratio(oovCorrect, oovWords);
        }

        /** F1 of words with the right span and UPOS tag; -1 when the gold has no tags. */
        public double uposF1() {
            return correctUpos < 0 ? -1 : f1(correctUpos);
        }

        private double f1(long correct) {
            double p = ratio(correct, predictedWords), r = ratio(correct, goldWords);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(long a, long b) {
            return b == 0 ? 0 : (double) a / b;
        }

        /** One table row: name, lines, P, R, F1, OOV rate, OOV recall, UPOS F1. */
        public String row() {
            return String.format(Locale.ROOT, "%-12s %6d %6.3f %6.3f %6.3f %8s %8s %8s", name, lines, precision(), recall(), f1(),
                    opt(oovRate()), opt(oovRecall()), opt(uposF1()));
        }

        public static String header() {
            return String.format(Locale.ROOT, "%-12s %6s %6s %6s %6s %8s %8s %8s", "set", "lines", "P", "R", "F1", "OOV", "OOV-R", "UPOS-F1");
        }

        private static String opt(double v) {
            return v < 0 ? "-" : String.format(Locale.ROOT, "%.3f", v);
        }
    }

    /** A gold sentence: its raw text and its words (with UPOS tags, or null). */
    private record GoldLine(String text, List<String> words, List<String> upos) {}

    /**
     * Scores a SIGHAN-style test set: {@code gold} has words separated by whitespace, {@code input} the same
     * lines unsegmented. {@code trainingWords} (one word per line) may be null.
     */
    public static Score sighan(String name, Path gold, Path input, Path trainingWords, Function<String, Conversion> toSimplified,
                               DocSegmenter segmenter) throws IOException {
        List<String> goldLines = readLines(gold);
        List<String> inputLines = readLines(input);
        List<GoldLine> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(goldLines.size(), inputLines.size()); i++) {
            lines.add(new GoldLine(inputLines.get(i), List.of(goldLines.get(i).strip().split("[\\s\u3000]+")), null));
        }
        Set<String> training = trainingWords == null ? null : new HashSet<>(readLines(trainingWords));
        return score(name, lines, training, toSimplified, segmenter);
    }

    /** Scores a CoNLL-U test set ({@code # text =} as input, FORM as gold words, UPOS as gold tags). */
    public static Score conllu(String name, Path conllu, Function<String, Conversion> toSimplified, DocSegmenter segmenter)
            throws IOException {
        List<GoldLine> lines = new ArrayList<>();
        String text = null;
        List<String> words = new ArrayList<>(), upos = new ArrayList<>();
        for (String line : readLines(conllu)) {
            if (line.startsWith("# text = ")) {
                text = line.substring("# text = ".length());
            } else if (line.isBlank()) {
                if (text != null) lines.add(new GoldLine(text, words, upos));
                text = null;
                words = new ArrayList<>();
                upos = new ArrayList<>();
            } else if (!line.startsWith("#")) {
                String[] f = line.split("\t");
                if (f.length >= 4 && f[0].matches("\\d+")) {
                    words.add(f[1]);
                    upos.add(f[3]);
                }
            }
        }
        if (text != null) lines.add(new GoldLine(text, words, upos));
        return score(name, lines, null, toSimplified, segmenter);
    }

    private static Score score(String name, List<GoldLine> lines, Set<String> training, Function<String, Conversion> toSimplified,
                               DocSegmenter segmenter) {
        long gold = 0, pred = 0, correct = 0, oov = training == null ? -1 : 0, oovCorrect = 0;
        long correctUpos = 0;
        boolean tagged = false;
        int misaligned = 0;
        String tagset = segmenter.engine().tagset();
        for (GoldLine g : lines) {
            String raw = g.text();
            // gold spans over the non-whitespace characters of the line
            List<long[]> goldSpans = new ArrayList<>(g.words().size());
            int p = 0;
            StringBuilder goldChars = new StringBuilder();
            for (String w : g.words()) {
                if (w.isEmpty()) continue;
                int len = w.codePointCount(0, w.length());
                goldSpans.add(new long[] {p, p + len});
                goldChars.append(w);
                p += len;
            }
            int[] nonSpace = nonSpaceIndex(raw);
            if (!goldChars.toString().equals(raw.replaceAll("[\\s\u3000\ufeff]", ""))) misaligned++;
            Doc doc = new Doc(Article.of(name, raw), toSimplified.apply(raw));
            List<Token> tokens = segmenter.segment(doc);
            java.util.Map<Long, Integer> predicted = new java.util.HashMap<>();
            for (Token t : tokens) {
                long key = key(nonSpace[t.start()], nonSpace[t.end()]);
                predicted.put(key, predicted.size());
            }
            pred += tokens.size();
            gold += goldSpans.size();
            for (int i = 0; i < goldSpans.size(); i++) {
                long[] s = goldSpans.get(i);
                String w = g.words().get(i);
                boolean isOov = training != null && !training.contains(w);
                if (isOov) oov++;
                Integer at = predicted.get(key(s[0], s[1]));
                if (at == null) continue;
                correct++;
                if (isOov) oovCorrect++;
                if (g.upos() != null) {
                    tagged = true;
                    if (g.upos().get(i).equals(Tagsets.toUpos(tagset, tokens.get(at).pos()))) correctUpos++;
                }
            }
        }
        return new Score(name, lines.size(), gold, pred, correct, oov, oovCorrect, tagged ? correctUpos : -1, misaligned);
    }

    private static long key(long start, long end) {
        return start << 32 | end;
    }

    /** idx[cp] = number of non-whitespace code points before code point cp (cp = 0..length). */
    private static int[] nonSpaceIndex(String s) {
        int n = s.codePointCount(0, s.length());
        int[] idx = new int[n + 1];
        int c = 0, k = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            idx[k++] = c;
            if (!CharClasses.isSpace(cp)) c++;
            i += Character.charCount(cp);
        }
        idx[n] = c;
        return idx;
    }

    /** Lines of a UTF-8 file, BOM removed, CR/LF stripped. */
    public static List<String> readLines(Path p) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (out.isEmpty() && line.startsWith("\ufeff")) line = line.substring(1);
                out.add(line);
            }
        }
        return out;
    }
}
