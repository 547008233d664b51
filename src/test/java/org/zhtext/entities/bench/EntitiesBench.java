package org.zhtext.entities.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.zhtext.core.Article;
import org.zhtext.core.Doc;
import org.zhtext.core.Lexicon;
import org.zhtext.entities.DocEntities;
import org.zhtext.entities.EntityRules;
import org.zhtext.hanlp.HanlpRecognizer;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/**
 * Throughput of the default entity pipeline (conversion to simplified, sentences, HanLP, rules) on articles
 * made of the MSRA test sentences (text only, 20 sentences an article), after a warm-up pass.
 * Usage: {@code EntitiesBench [bio-file] [threads]}; run by {@code bench/entities.sh}.
 */
public final class EntitiesBench {
    public static void main(String[] args) throws Exception {
        Path bio = Path.of(args.length > 0 ? args[0] : "../shared/eval/ner_msra/msra_test_bio.txt");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<String> articles = articles(bio);
        long chars = articles.stream().mapToLong(String::length).sum();

        long t0 = System.nanoTime();
        Lexicon lexicon = Lexicon.load(List.of());
        DocEntities entities = new DocEntities(HanlpRecognizer.create(lexicon), EntityRules.with(lexicon));
        ChineseConverter converter = ChineseConverter.get(Target.SIMPLIFIED, false);
        double setup = (System.nanoTime() - t0) / 1e9;

        for (int w = 0; w < 3; w++) run(articles, entities, converter, threads); // warm-up
        long t1 = System.nanoTime();
        long found = run(articles, entities, converter, threads);
        double secs = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "setup %.2f s; %d articles, %d chars, %d entities; threads %d: %.2f s, %.0f chars/s, %.0f articles/s%n",
                setup, articles.size(), chars, found, threads, secs, chars / secs, articles.size() / secs);
    }

    private static long run(List<String> articles, DocEntities entities, ChineseConverter converter, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                String text = articles.get(i);
                String name = "a" + i;
                futures.add(pool.submit(() -> entities.extract(new Doc(Article.of(name, text), converter.convert(text))).size()));
            }
            long n = 0;
            for (Future<Integer> f : futures) n += f.get();
            return n;
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> articles(Path bio) throws Exception {
        List<String> out = new ArrayList<>();
        StringBuilder article = new StringBuilder();
        int sentences = 0;
        for (String line : Files.readAllLines(bio, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                article.append(line, 0, tab);
            } else if (++sentences % 20 == 0) {
                out.add(article.toString());
                article.setLength(0);
            } else {
                article.append('\n');
            }
        }
        if (article.length() > 0) out.add(article.toString());
        return out;
    }
}
