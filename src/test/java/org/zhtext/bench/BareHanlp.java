package org.zhtext.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baseline of bench/analyze.sh: bare HanLP over the same corpus, one thread — t2s conversion
 * (HanLP.convertToSimplifiedChinese) plus segmentation with the person, place and organization recognizers on,
 * nothing written. Prints articles, chars and seconds (JVM start excluded; the script times the whole run).
 */
public final class BareHanlp {
    private BareHanlp() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        HanLP.Config.enableDebug(false);
        Segment seg = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true);
        long t0 = System.nanoTime();
        long chars = 0, terms = 0;
        for (Path p : files) {
            String text = Files.readString(p);
            chars += text.length();
            terms += seg.seg(HanLP.convertToSimplifiedChinese(text)).size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("bare HanLP: %d articles, %d chars, %d terms, %.2f s, %.0f chars/s%n", files.size(), chars, terms, secs, chars / secs);
    }
}
