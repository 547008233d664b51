package org.zhtext.figures.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.zhtext.figures.ExtractOptions;
import org.zhtext.figures.FigureExtractor;

/**
 * Throughput of {@link FigureExtractor} on generated news-like text (simplified and traditional sentences
 * written for this benchmark, with random figures), in chars per second per thread after warm-up.
 * Usage: {@code FigureBench [megabytes=6] [threads=1] [rounds=20]}; prints the median of the last half of the rounds; run by {@code bench/figures.sh}.
 */
public final class FigureBench {
    private static final String[] SENTENCES = {
            "美国总统%N日宣布，自%M月%D日起对价值%A亿美元的中国商品加征%P%的关税。",
            "商务部发言人表示，中方将采取必要措施，坚决维护自身的正当权益。",
            "据海关统计，%Y年前%M个月，我国货物贸易进出口总值%A.%Dl万亿元，同比增长%P.%D%。",
            "双方同意将关税休战延长%N天，至%M月%D日。",
            "其中，大豆进口量为%A万吨，平均价格为每吨%A美元，较去年同期下降%P%。",
            "分析人士认为，此举将对全球供应链产生深远影响，市场情绪依然谨慎。",
            "该公司%Y年营收达%A亿元人民币，净利润约%A.%D亿元，员工超过%A人。",
            "美國商務部%M月%D日公布，對進口鋼鐵和鋁分別徵收%P%和%P%的關稅。",
            "據統計，該平台擁有%A億用戶，日均訂單量接近%A萬單。",
            "會談持續了%N小時，雙方就市場准入、知識產權等議題交換了意見。",
            "油价周二上涨%P.%D%，布伦特原油期货报每桶%A.%D美元。",
            "报告指出，到%Y年，新能源汽车销量有望突破%A万辆，渗透率将超过%P%。",
            "今年%M月，消费者价格指数同比上涨%P.%D%，涨幅比上月扩大%D.%D个百分点。",
            "波音公司交付了%A架737MAX飞机，空客则交付了%A架A320neo。",
            "该法案将于%Y年%M月%D日生效，有效期%N年。",
            "第%N轮谈判在日内瓦举行，会议于下午3:30开始，持续近%N个月的磋商终于取得进展。",
            "欧盟委员会决定对中国电动汽车征收最高%P.%D%的反补贴税，为期%N年。",
            "台灣%M月出口金額達%A億美元，年增%P.%D%，創歷史新高。",
            "香港特区政府宣布，向每名合资格市民发放%A港元消费券。",
            "国际货币基金组织将今年全球经济增长预期下调至%D.%D%，并警告贸易紧张局势可能加剧。",
            "这些企业大多集中在沿海地区，主要生产电子产品、纺织品和家具。",
            "市场预计美联储将在%M月下旬的会议上降息%A个基点。",
    };

    private FigureBench() {
    }

    /** Generated text of about {@code chars} chars, deterministic. */
    public static String corpus(int chars) {
        Random rnd = new Random(7);
        StringBuilder b = new StringBuilder(chars + 200);
        while (b.length() < chars) {
            String t = SENTENCES[rnd.nextInt(SENTENCES.length)];
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c != '%' || i + 1 >= t.length()) {
                    b.append(c);
                    continue;
                }
                char k = t.charAt(++i);
                switch (k) {
                    case 'N' -> b.append(1 + rnd.nextInt(90));
                    case 'M' -> b.append(1 + rnd.nextInt(12));
                    case 'D' -> b.append(1 + rnd.nextInt(28));
                    case 'Y' -> b.append(2015 + rnd.nextInt(12));
                    case 'A' -> b.append(10 + rnd.nextInt(9990));
                    case 'P' -> b.append(1 + rnd.nextInt(200));
                    case '%' -> b.append('%');
                    default -> b.append('%').append(k);
                }
            }
            if (rnd.nextInt(6) == 0) b.append('\n');
        }
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String text = corpus(mb * 1024 * 1024 / 3); // ~3 UTF-8 bytes per Han char
        // split into article-sized documents (~2,000 chars), as the CLI sees them
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 2000) docs.add(text.substring(i, Math.min(text.length(), i + 2000)));
        FigureExtractor fx = new FigureExtractor();
        System.out.printf("corpus: %,d chars (%.1f MB UTF-8), %,d documents, threads %d%n", text.length(),
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6, docs.size(), threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Double> perThread = new ArrayList<>();
        try {
            for (int round = 0; round <= rounds; round++) {
                long t0 = System.nanoTime();
                List<Future<Long>> parts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int from = t;
                    parts.add(pool.submit(() -> {
                        long figures = 0;
                        for (int d = from; d < docs.size(); d += threads) {
                            figures += fx.extract(docs.get(d), ExtractOptions.DEFAULTS).figures().size();
                        }
                        return figures;
                    }));
                }
                long figures = 0;
                for (Future<Long> f : parts) figures += f.get();
                double sec = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s %d: %.3f s, %,d figures, %,.0f chars/s total, %,.0f chars/s per thread%n",
                        round == 0 ? "warm-up" : "round", round, sec, figures, text.length() / sec, text.length() / sec / threads);
                if (round > rounds / 2) perThread.add(text.length() / sec / threads);
            }
            perThread.sort(null);
            System.out.printf("steady state (median of rounds %d..%d): %,.0f chars/s per thread%n", rounds / 2 + 1, rounds,
                    perThread.get(perThread.size() / 2));
        } finally {
            pool.shutdown();
        }
    }
}
