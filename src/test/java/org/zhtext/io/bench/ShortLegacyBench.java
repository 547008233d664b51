package org.zhtext.io.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.mozilla.universalchardet.UniversalDetector;
import org.zhtext.io.Decoder;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * How well short legacy files are decoded: snippets of 2..30 characters cut from sentences, each in simplified
 * form encoded as GB18030 and in Taiwan traditional form (the project's s2tw converter) encoded as Big5
 * (x-windows-950), decoded by the old rule (juniversalchardet's guess, then the highest share of common code
 * point blocks, as {@code Decoder} did up to this change) and by {@link Decoder#decode} (character frequencies).
 * Reports per length bucket and encoding: accuracy old vs new, the share the new rule flags ambiguous, and
 * the share it reads wrongly <i>without</i> the flag (what must stay 0); then the same overall for a sweep of
 * margins (to choose {@link Decoder#AMBIGUOUS_MARGIN}).
 * <p>
 * {@code tune}: sentences of {@code ../shared/train/ner} (MSRA, CLUENER, Weibo train files: the tuning data).
 * {@code eval}: sentences of {@code samples/*} and {@code ../shared/eval/sighan2005_cws/testing/*.utf8} (never
 * tuned on). Usage: {@code ShortLegacyBench tune|eval|speed [SNIPPETS_PER_LENGTH_PER_SOURCE [show]]} ({@code show} lists the
 * cases read wrongly or flagged) from the project root.
 */
public final class ShortLegacyBench {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("x-windows-950");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    private static final int[][] BUCKETS = {{2, 3}, {4, 6}, {7, 12}, {13, 20}, {21, 30}};
    private static final double[] MARGINS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10};

    private ShortLegacyBench() {}

    /** One decoded case: its length, encoding, whether the old and new rules got it, and the new margin. */
    record Case(int len, boolean big5, boolean oldOk, boolean newOk, boolean flagged, double margin) {}

    public static void main(String[] args) throws Exception {
        String set = args.length > 0 ? args[0] : "tune";
        if (set.equals("speed")) {
            speed();
            return;
        }
        int per = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        boolean show = args.length > 2 && args[2].equals("show");
        Path shared = Path.of(System.getProperty("zhtext.shared", "../shared"));
        if (!Files.isDirectory(shared)) shared = Path.of("/work/shared");
        List<List<String>> sources = new ArrayList<>();
        if (set.equals("tune")) {
            for (String f : new String[] {"msra/train.tsv", "cluener/train.tsv", "weibo/train.tsv"}) {
                sources.add(tsvSentences(shared.resolve("train/ner").resolve(f)));
            }
        } else {
            sources.add(sampleSentences(Path.of("samples")));
            try (Stream<Path> s = Files.list(shared.resolve("eval/sighan2005_cws/testing"))) {
                for (Path p : s.sorted().toList()) sources.add(lines(Files.readAllLines(p, StandardCharsets.UTF_8)));
            }
        }
        ChineseConverter toS = ChineseConverter.get(Target.SIMPLIFIED, false);
        ChineseConverter toTw = ChineseConverter.get(Target.TW, false);
        CharsetEncoder big5Enc = BIG5.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        Random rnd = new Random(20250923L);
        List<Case> cases = new ArrayList<>();
        int skippedUnencodable = 0, validUtf8 = 0;
        long nanos = 0;
        for (List<String> sentences : sources) {
            for (int len = 2; len <= 30; len++) {
                List<String> fit = new ArrayList<>();
                for (String s : sentences) if (s.codePointCount(0, s.length()) >= len) fit.add(s);
                if (fit.isEmpty()) continue;
                for (int k = 0; k < per; k++) {
                    String sent = fit.get(rnd.nextInt(fit.size()));
                    int[] cps = sent.codePoints().toArray();
                    int start = rnd.nextInt(cps.length - len + 1);
                    String w = new String(cps, start, len);
                    if (w.chars().allMatch(c -> c < 0x80)) continue;
                    String simp = toS.convertText(w);
                    String trad = toTw.convertText(simp);
                    for (boolean big5 : new boolean[] {false, true}) {
                        String text = big5 ? trad : simp;
                        byte[] bytes;
                        if (big5) {
                            try {
                                ByteBuffer bb = big5Enc.reset().encode(CharBuffer.wrap(text));
                                bytes = new byte[bb.remaining()];
                                bb.get(bytes);
                            } catch (CharacterCodingException e) {
                                skippedUnencodable++;
                                continue;
                            }
                        } else {
                            bytes = text.getBytes(GB18030);
                        }
                        if (isUtf8(bytes)) {
                            validUtf8++;
                            continue;
                        }
                        boolean oldOk = text.equals(oldRule(bytes));
                        long t0 = System.nanoTime();
                        Decoder.Decoded d = Decoder.decode(bytes, null);
                        nanos += System.nanoTime() - t0;
                        cases.add(new Case(len, big5, oldOk, text.equals(d.text()), d.ambiguous(), d.margin()));
                        if (show && (!text.equals(d.text()) || d.ambiguous())) {
                            System.out.printf(Locale.ROOT, "%s %s -> %s %s margin %.2f%n", big5 ? "Big5" : "GB", text, d.text(), d.ambiguous() ? "flagged" : "NOT flagged", d.margin());
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "set %s: %d cases (%d Big5 snippets not encodable in Big5, %d byte strings valid UTF-8: skipped); "
                + "new rule %.1f µs per decode%n%n", set, cases.size(), skippedUnencodable, validUtf8, nanos / 1e3 / Math.max(1, cases.size()));
        System.out.println("| chars | encoding | cases | old correct | new correct | new flagged | new wrong, not flagged |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (int[] b : BUCKETS) {
            for (boolean big5 : new boolean[] {true, false}) {
                List<Case> cs = cases.stream().filter(c -> c.big5() == big5 && c.len() >= b[0] && c.len() <= b[1]).toList();
                System.out.printf(Locale.ROOT, "| %d–%d | %s | %d | %s | %s | %s | %s |%n", b[0], b[1], big5 ? "Big5" : "GB18030", cs.size(),
                        pct(cs, Case::oldOk), pct(cs, Case::newOk), pct(cs, Case::flagged), pct(cs, c -> !c.newOk() && !c.flagged()));
            }
        }
        System.out.println();
        System.out.println("Margin sweep (flagged when margin < m), all lengths | 2–6 chars:");
        System.out.println("| m | flagged | wrong, not flagged | flagged (2–6) | wrong, not flagged (2–6) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        List<Case> shortCases = cases.stream().filter(c -> c.len() <= 6).toList();
        for (double m : MARGINS) {
            System.out.printf(Locale.ROOT, "| %.2f | %s | %s | %s | %s |%n", m, pct(cases, c -> c.margin() < m), pct(cases, c -> !c.newOk() && c.margin() >= m),
                    pct(shortCases, c -> c.margin() < m), pct(shortCases, c -> !c.newOk() && c.margin() >= m));
        }
    }

    /** Time per decode of the two legacy sample articles (as they are, and repeated 40 times), old rule vs {@link Decoder#decode} (warmed up). */
    private static void speed() throws Exception {
        for (String f : new String[] {"samples/08-ev-duties.gb18030.txt", "samples/09-japan-chips.big5.txt"}) {
            byte[] one = Files.readAllBytes(Path.of(f));
            for (int times : new int[] {1, 40}) {
            byte[] b = new byte[one.length * times]; // the article repeated: a normal-size article of 10-15 KB
            for (int k = 0; k < times; k++) System.arraycopy(one, 0, b, k * one.length, one.length);
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 2000; i++) oldRule(b);
                long t1 = System.nanoTime();
                for (int i = 0; i < 2000; i++) Decoder.decode(b, null);
                long t2 = System.nanoTime();
                if (round == 2) System.out.printf(Locale.ROOT, "%s (%d bytes): old %.1f µs, new %.1f µs per decode%n", f, b.length, (t1 - t0) / 2e6, (t2 - t1) / 2e6);
            }
            }
        }
    }

    private static String pct(List<Case> cs, java.util.function.Predicate<Case> p) {
        long n = cs.stream().filter(p).count();
        return cs.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f%% (%d)", 100.0 * n / cs.size(), n);
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Sentences of a one-character-a-line file (blank line between sentences). */
    static List<String> tsvSentences(Path p) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                if (sb.length() > 0) out.add(sb.toString());
                sb.setLength(0);
            } else {
                int tab = line.indexOf('\t');
                sb.append(tab < 0 ? line : line.substring(0, tab));
            }
        }
        if (sb.length() > 0) out.add(sb.toString());
        return out;
    }

    /** The sample articles' sentences (the legacy ones decoded in their known encodings). */
    static List<String> sampleSentences(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".txt")) continue;
                Charset cs = name.contains("gb18030") ? GB18030 : name.contains("big5") ? BIG5 : StandardCharsets.UTF_8;
                out.addAll(lines(List.of(new String(Files.readAllBytes(p), cs).split("[\n。！？；]"))));
            }
        }
        return out;
    }

    private static List<String> lines(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String l : raw) {
            String t = l.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    // ---- the old rule, as Decoder had it before: detector's guess first, highest plausibility wins ----

    static String oldRule(byte[] b) {
        String guess = detect(b);
        Charset first = "BIG5".equals(guess) || "EUC-TW".equals(guess) ? BIG5 : GB18030;
        Charset second = first == BIG5 ? GB18030 : BIG5;
        String best = null;
        double bestScore = -1;
        for (Charset cs : new Charset[] {first, second, BIG5_HKSCS}) {
            String text;
            try {
                text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                continue;
            }
            double score = plausibility(text);
            if (score > bestScore) {
                best = text;
                bestScore = score;
            }
        }
        return best;
    }

    private static double plausibility(String text) {
        int n = 0, good = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            n++;
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2000 && c <= 0x206F)) {
                good++;
            }
        }
        return n == 0 ? 0 : (double) good / n;
    }

    private static String detect(byte[] b) {
        UniversalDetector det = new UniversalDetector(null);
        det.handleData(b, 0, Math.min(b.length, 1 << 16));
        det.dataEnd();
        String s = det.getDetectedCharset();
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
