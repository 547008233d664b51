package org.zhtext.ner;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Paired speed of two NER decoders in one JVM (issue 24): the {@code NerModel} of another zhtext build (a jar,
 * e.g. the previous commit's {@code target/zhtext.jar}, loaded in its own class loader) against this build's, over
 * the MSRA dev split's text, alternated round by round (which runs first alternates too), thread CPU time. With
 * {@code pipe}, each sentence is also segmented (HanLP, the pipeline's segmenter) before tagging, both sides: the two
 * largest parts of an {@code analyze} worker. Prints per round the chars/s of both and new/old throughput.
 * usage: {@code NerDecoderAB OLD_JAR OLD_MODEL NEW_MODEL [ROUNDS=12] [pipe]}; run by {@code bench/ner-ab.sh}.
 */
public final class NerDecoderAB {
    private NerDecoderAB() {}

    public static void main(String[] a) throws Exception {
        URLClassLoader oldJar = new URLClassLoader(new URL[] {Path.of(a[0]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> oldClass = oldJar.loadClass("org.zhtext.ner.NerModel");
        Object old;
        try (InputStream in = Files.newInputStream(Path.of(a[1]))) {
            old = oldClass.getMethod("load", InputStream.class).invoke(null, in);
        }
        Method oldTag = oldClass.getDeclaredMethod("tag", String.class, long[].class);
        oldTag.setAccessible(true);
        NerModel model;
        try (InputStream in = Files.newInputStream(Path.of(a[2]))) {
            model = NerModel.load(in);
        }
        int rounds = a.length > 3 ? Integer.parseInt(a[3]) : 12;
        boolean pipe = a.length > 4 && a[4].equals("pipe");
        Path train = Path.of(System.getenv().getOrDefault("ZHTEXT_SHARED", "../shared"), "train", "ner", "msra", "train.tsv");
        if (!Files.exists(train)) {
            System.err.println("NerDecoderAB: " + train + " absent, nothing measured");
            return;
        }
        List<String> text = new ArrayList<>();
        for (NerCorpus.Sentence s : NerCorpus.read(train)) if (NerCorpus.isDev(s.text())) text.add(s.text());
        List<long[]> keys = new ArrayList<>();
        long chars = 0;
        for (String s : text) {
            keys.add(NerFeatures.wordKeys(s, NerWords.segmenter().segment(s)));
            chars += s.length();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long[] ns = new long[2];
            for (int side : r % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
                long t0 = cpu.getCurrentThreadCpuTime(), labels = 0;
                for (int i = 0; i < text.size(); i++) {
                    String s = text.get(i);
                    long[] wk = pipe ? NerFeatures.wordKeys(s, NerWords.segmenter().segment(s)) : keys.get(i);
                    int[] tags = side == 0 ? (int[]) oldTag.invoke(old, s, wk) : model.tag(s, wk);
                    labels += tags.length;
                }
                if (labels != chars) throw new IllegalStateException("tag count");
                ns[side] = cpu.getCurrentThreadCpuTime() - t0;
            }
            System.out.printf(Locale.ROOT, "round %d%s: old %.0f K chars/s, new %.0f K chars/s, new/old %.2f%n", r, pipe ? " (segment + tag)" : "",
                    chars / (ns[0] / 1e6), chars / (ns[1] / 1e6), ns[0] / (double) ns[1]);
        }
    }
}
