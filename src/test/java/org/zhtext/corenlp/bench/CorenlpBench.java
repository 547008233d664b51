package org.zhtext.corenlp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Lexicon;
import org.zhtext.core.Sentence;
import org.zhtext.core.SentenceSplitter;
import org.zhtext.corenlp.CorenlpModels;
import org.zhtext.corenlp.CorenlpRecognizer;
import org.zhtext.corenlp.CorenlpSegmenter;

/**
 * Throughput of the CoreNLP engines: {@code CorenlpBench [--ner] FILE...}. Splits the files into sentences,
 * loads the engine (timed), runs one warm-up pass over the first 50,000 chars, then times one pass over all
 * of it; prints load time, chars/s, sentences/s and the peak resident set (Linux VmHWM) on stdout.
 */
public final class CorenlpBench {
    private CorenlpBench() {}

    public static void main(String[] args) throws IOException {
        boolean ner = args.length > 0 && args[0].equals("--ner");
        List<String> sentences = new ArrayList<>();
        long chars = 0;
        for (int i = ner ? 1 : 0; i < args.length; i++) {
            String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
            for (Sentence s : SentenceSplitter.get().split(text)) {
                String t = s.text(text);
                if (t.isBlank()) continue;
                sentences.add(t);
                chars += t.length();
            }
        }
        CorenlpModels models = CorenlpModels.locate(null);
        long t0 = System.nanoTime();
        CorenlpSegmenter seg = ner ? null : new CorenlpSegmenter(models, Lexicon.empty());
        CorenlpRecognizer rec = ner ? new CorenlpRecognizer(models) : null;
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        Thread warmUp = new Thread(() -> { // another thread: the pipeline's per-thread cache never helps the timed pass
            long warm = 0;
            for (String s : sentences) {
                if (warm > 50_000) break;
                run(seg, rec, s);
                warm += s.length();
            }
        });
        warmUp.start();
        try {
            warmUp.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        long t1 = System.nanoTime();
        long units = 0;
        for (String s : sentences) units += run(seg, rec, s);
        double secs = (System.nanoTime() - t1) / 1e9;
        System.out.printf("engine=corenlp-%s chars=%d sentences=%d load_ms=%d seconds=%.1f chars_per_s=%.0f sentences_per_s=%.1f %s=%d peak_rss_mb=%d%n",
                ner ? "ner" : "segment", chars, sentences.size(), loadMs, secs, chars / secs, sentences.size() / secs,
                ner ? "mentions" : "words", units, peakRssMb());
    }

    /** Segments (or recognizes) one sentence; returns the number of words (or mentions). */
    private static int run(CorenlpSegmenter seg, CorenlpRecognizer rec, String s) {
        return seg != null ? seg.segment(s).size() : rec.recognize(s).size();
    }

    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
