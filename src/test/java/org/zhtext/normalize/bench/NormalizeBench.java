package org.zhtext.normalize.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * Throughput of {@link ChineseConverter} against bare OpenCC4j on ≥ 5 MB of generated traditional text (run by
 * {@code bench/normalize.sh}). Not a test: prints chars/s (UTF-16 chars of input per second).
 */
public final class NormalizeBench {
    private static final String[] SENTENCES = {
        "美國財政部長表示，對中國商品加徵的關稅將從下個月起提高到百分之二十五。",
        "商務部發言人回應說，中方將採取必要措施，堅決維護自身的正當權益。",
        "臺灣的半導體出口在第三季度增長了百分之十二，主要來自人工智慧晶片的需求。",
        "香港恆生指數今日收市下跌三百點，成交額為一千二百億港元。",
        "經濟學家認為，關稅戰會推高進口商品價格，並拖累全球經濟增長。",
        "雙方代表團在日內瓦舉行了為期兩天的談判，會後發表聯合聲明。",
        "這家公司的總經理發現，供應鏈的調整需要更多時間和資金。",
        "歐盟委員會宣佈對電動汽車徵收反補貼稅，稅率最高達百分之三十五點三。",
    };

    private NormalizeBench() {}

    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String[] docs = corpus(mb * 1024 * 1024 / 2); // UTF-16 chars: 2 bytes each
        long chars = 0;
        for (String d : docs) chars += d.length();
        System.out.printf("corpus: %d documents, %d chars (%.1f MB UTF-16)%n", docs.length, chars, chars * 2 / 1e6);
        ChineseConverter simp = ChineseConverter.get(Target.SIMPLIFIED, false);
        ChineseConverter trad = ChineseConverter.get(Target.TRADITIONAL, false);
        String[] simplified = new String[docs.length];
        for (int i = 0; i < docs.length; i++) simplified[i] = ZhConverterUtil.toSimple(docs[i]);
        run("ChineseConverter(SIMPLIFIED)  trad->simp", docs, chars, s -> simp.convert(s).text());
        run("OpenCC4j toSimple             trad->simp", docs, chars, ZhConverterUtil::toSimple);
        run("ChineseConverter(TRADITIONAL) simp->trad", simplified, chars, s -> trad.convert(s).text());
        run("OpenCC4j toTraditional        simp->trad", simplified, chars, ZhConverterUtil::toTraditional);
    }

    private static String[] corpus(long targetChars) {
        Random rnd = new Random(42);
        java.util.List<String> docs = new java.util.ArrayList<>();
        long n = 0;
        while (n < targetChars) {
            StringBuilder b = new StringBuilder();
            int sentences = 10 + rnd.nextInt(30);
            for (int i = 0; i < sentences; i++) {
                b.append(SENTENCES[rnd.nextInt(SENTENCES.length)]);
                if (rnd.nextInt(6) == 0) b.append("\r\n");
            }
            docs.add(b.toString());
            n += b.length();
        }
        return docs.toArray(new String[0]);
    }

    private static void run(String label, String[] docs, long chars, UnaryOperator<String> f) {
        long sink = 0;
        for (int w = 0; w < 2; w++) for (String d : docs) sink += f.apply(d).length(); // warm-up
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            for (String d : docs) sink += f.apply(d).length();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("%-42s %6.2f M chars/s  (best of 3: %.3f s)%s%n", label, chars / best / 1e6, best,
                sink == 42 ? " " : "");
    }
}
