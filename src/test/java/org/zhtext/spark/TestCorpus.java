package org.zhtext.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhtext.io.Decoder;

/**
 * A generated corpus of news-like articles, as bench/make-corpus.py makes them but in Java (the tests need no
 * Python): the sentences of samples/ recombined with a fixed seed, their amounts varied, simplified and traditional
 * kept apart. Laid out to exercise what the job must do as the CLI does: nested directories whose names sort
 * around file names ({@code x/} and {@code x.txt}, upper and lower case, a space, CJK names), UTF-8 with and without
 * a BOM, GB18030 and Big5 files, HTML pages, an empty file, a file that does not match the globs, and bad inputs:
 * UTF-8 with a corrupt byte and a binary file.
 */
final class TestCorpus {
    private static final Pattern SENTENCE = Pattern.compile("[^。！？\\n]+[。！？]");
    private static final Pattern TRADITIONAL = Pattern.compile("[這對與關稅於為據經門區們來時會]");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)(\\s*[年月日])?");
    private static final String[] DIRS = {"", "a/", "a/b/", "x/", "B/", "新闻/", "with space/"};

    private TestCorpus() {}

    /** Writes {@code n} generated articles and the special files below {@code dir}; returns the bad files' names. */
    static List<String> write(Path dir, Path samples, int n, long seed) throws IOException, org.zhtext.io.InputException {
        List<String> simplified = new ArrayList<>(), traditional = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path p : files.sorted().toList()) {
                if (!p.getFileName().toString().endsWith(".txt")) continue;
                String text = Decoder.decode(Files.readAllBytes(p), null).text();
                List<String> bucket = TRADITIONAL.matcher(text).find() ? traditional : simplified;
                Matcher m = SENTENCE.matcher(text);
                while (m.find()) {
                    if (!m.group().contains("示例")) bucket.add(m.group().strip());
                }
            }
        }
        Random rnd = new Random(seed);
        for (int i = 0; i < n; i++) {
            boolean trad = rnd.nextDouble() < 0.3;
            List<String> pool = trad ? traditional : simplified;
            StringBuilder text = new StringBuilder();
            int size = 200 + rnd.nextInt(1000);
            while (text.length() < size / 3) {
                int k = 1 + rnd.nextInt(3);
                for (int j = 0; j < k; j++) text.append(vary(pool.get(rnd.nextInt(pool.size())), rnd));
                text.append('\n');
            }
            String dirName = DIRS[i % DIRS.length];
            String body = text.toString();
            byte[] bytes;
            String name = String.format("%03d", i);
            switch (i % 11) {
                case 3 -> bytes = encodeOr(body, Charset.forName("GB18030"));
                case 5 -> bytes = trad ? encodeOr(body, Charset.forName("Big5")) : body.getBytes(StandardCharsets.UTF_8);
                case 7 -> {
                    bytes = html(body).getBytes(StandardCharsets.UTF_8);
                    name += i % 2 == 0 ? ".htm" : ".html";
                }
                case 9 -> bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body.getBytes(StandardCharsets.UTF_8));
                default -> bytes = body.getBytes(StandardCharsets.UTF_8);
            }
            if (!name.contains(".")) name += i % 13 == 0 ? "-新闻.txt" : ".txt";
            write(dir.resolve(dirName + name), bytes);
        }
        // names that sort around each other: x/ before x.txt (the walk compares names), Z before a
        write(dir.resolve("x.txt"), "美国将对进口钢铁加征25%的关税。\n".getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("Z.txt"), "欧盟称，今年前三季度出口增长3.5%。\n".getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("a/empty.txt"), new byte[0]);
        write(dir.resolve("a/notes.md"), "not an article: the default globs skip it".getBytes(StandardCharsets.UTF_8));
        // bad inputs: mostly UTF-8 with one corrupt byte, and binary
        byte[] good = "美国财政部表示，对进口钢铁加征的关税将于10月1日生效，涉及金额约120亿美元。".repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] corrupt = good.clone();
        corrupt[40] = (byte) 0xFF;
        write(dir.resolve("a/b/corrupt.txt"), corrupt);
        write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 0});
        return List.of("a/b/corrupt.txt", "binary.txt");
    }

    /** Amounts varied (not the numbers of dates: a number followed by 年/月/日 keeps its value). */
    private static String vary(String s, Random rnd) {
        Matcher m = AMOUNT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String rep = m.group();
            if (m.group(2) == null) {
                StringBuilder d = new StringBuilder();
                for (char c : m.group(1).toCharArray()) d.append(Character.isDigit(c) && rnd.nextBoolean() ? (char) ('1' + rnd.nextInt(9)) : c);
                rep = d.toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String html(String body) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>");
        sb.append(body.lines().findFirst().orElse("").replaceAll("[。！？].*", "")).append("</title><script>var x = '关税';</script></head>\n<body><nav>首页 | 新闻</nav>\n<article>\n");
        for (String line : body.split("\n")) sb.append("<p>").append(line).append("</p>\n");
        return sb.append("</article>\n<footer>版权所有</footer></body></html>\n").toString();
    }

    /** The text in a legacy encoding, or in UTF-8 when it has a character the encoding lacks. */
    private static byte[] encodeOr(String text, Charset cs) {
        try {
            ByteBuffer b = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void write(Path p, byte[] bytes) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }
}
