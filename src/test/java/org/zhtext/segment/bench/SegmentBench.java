package org.zhtext.segment.bench;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.zhtext.core.Article;
import org.zhtext.core.Conversion;
import org.zhtext.core.Doc;
import org.zhtext.core.Lexicon;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;
import org.zhtext.segment.DocSegmenter;
import org.zhtext.hanlp.HanlpSegmenter;

/**
 * Throughput of DocSegmenter + HanlpSegmenter against bare HanLP {@code StandardTokenizer.segment} on the same
 * generated text (simplified and traditional articles built from sentences written for this benchmark), after
 * warm-up, single thread. Traditional articles are converted to simplified before timing: the converter is
 * measured by its own benchmark. Usage: {@code SegmentBench [megabytes]} (default 5).
 */
public final class SegmentBench {
    private static final String[] SENTENCES = {
        "美国财政部长贝森特周三表示，对等关税将于下月生效。",
        "商务部新闻发言人说，中方将采取必要措施维护自身正当权益。",
        "据海关总署统计，今年前8个月我国出口增长5.9%，达到16.6万亿元。",
        "欧盟委员会宣布对原产于中国的电动汽车征收反补贴税。",
        "该公司被列入实体清单后，其芯片进口受到出口管制的严格限制。",
        "分析人士认为，贸易摩擦将拖累全球经济增长约0.5个百分点。",
        "２０２５年９月１３日，双方在日内瓦举行了新一轮经贸磋商。",
        "卡斯帕罗夫在华盛顿会见了多位议员，讨论稀土供应问题。",
        "这一措施涉及约2000亿美元的中国商品，税率从10%提高到25%。",
        "世界贸易组织总干事呼吁各方通过对话解决分歧。",
    };

    public static void main(String[] args) {
        double mb = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        HanlpSegmenter.quietLogging(false);
        List<Doc> docs = generate((long) (mb * 1024 * 1024));
        long chars = docs.stream().mapToLong(d -> d.normalized().length()).sum();
        long bytes = docs.stream().mapToLong(d -> d.original().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        DocSegmenter seg;
        try {
            seg = new DocSegmenter(HanlpSegmenter.create(Lexicon.load(List.of())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB UTF-8, %d chars (half traditional)%n", docs.size(), bytes / 1048576.0, chars);
        for (int round = 0; round < 3; round++) {
            double bare = time(() -> docs.forEach(d -> StandardTokenizer.segment(d.normalized())), chars);
            double ours = time(() -> docs.forEach(seg::segment), chars);
            System.out.printf(Locale.ROOT, "round %d: bare HanLP %.0f chars/s, zhtext DocSegmenter %.0f chars/s, ratio %.2f%n",
                    round, bare, ours, ours / bare);
        }
    }

    private static double time(Runnable r, long chars) {
        long t0 = System.nanoTime();
        r.run();
        return chars / ((System.nanoTime() - t0) / 1e9);
    }

    private static List<Doc> generate(long targetBytes) {
        Random rnd = new Random(7);
        ChineseConverter s2t = ChineseConverter.get(Target.TRADITIONAL, false);
        ChineseConverter t2s = ChineseConverter.get(Target.SIMPLIFIED, false);
        List<Doc> docs = new ArrayList<>();
        long bytes = 0;
        while (bytes < targetBytes) {
            StringBuilder b = new StringBuilder();
            for (int p = 0; p < 8; p++) {
                for (int i = 0; i < 6; i++) b.append(SENTENCES[rnd.nextInt(SENTENCES.length)]);
                b.append('\n');
            }
            String text = b.toString();
            boolean traditional = docs.size() % 2 == 1;
            if (traditional) text = s2t.convertText(text);
            Conversion c = traditional ? t2s.convert(text) : DocSegmenter.unconverted(text);
            docs.add(new Doc(Article.of("bench-" + docs.size(), text), c));
            bytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return docs;
    }
}
