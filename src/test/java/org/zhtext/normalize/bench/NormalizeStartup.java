package org.zhtext.normalize.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * Cold start of one converter in a fresh JVM (run by {@code bench/normalize.sh}): milliseconds from the first
 * call to the end of the first conversion, which loads the dictionaries the target needs. Argument: a target
 * name, optionally followed by {@code phrases}, or {@code opencc4j} for bare OpenCC4j's {@code toSimple}.
 */
public final class NormalizeStartup {
    private NormalizeStartup() {}

    public static void main(String[] args) {
        String sample = "美國財政部長表示，關稅將從下個月起提高到百分之二十五，隨著談判繼續。";
        long t0 = System.nanoTime();
        String out;
        if (args[0].equals("opencc4j")) {
            out = ZhConverterUtil.toSimple(sample);
        } else {
            boolean phrases = args.length > 1 && args[1].equals("phrases");
            out = ChineseConverter.get(Target.parse(args[0]), phrases).convert(sample).text();
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("cold start %-22s %7.1f ms  (%s)%n", String.join(" ", args), ms, out.substring(0, 8));
    }
}
