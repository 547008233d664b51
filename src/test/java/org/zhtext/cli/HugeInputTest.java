package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.pipeline.Windows;

/**
 * CI-sized versions of the huge inputs (bench/huge.sh runs the full 30 MB line and 20,000 articles under
 * -Xmx1g and reports peak memory): a 3 MB single-line article, processed in windows by figures and analyze,
 * with every span slicing the original and sentence numbers increasing across windows; and 2,000 small
 * articles, each with its document record, in input order.
 */
class HugeInputTest {
    @TempDir Path tmp;

    @Test
    void threeMegabyteSingleLineArticle() throws Exception {
        String sentence = "2025年9月13日，美国对中国商品加征200%关税，涉及80亿美元进口额，钢铁出口增长了5.2%。";
        StringBuilder sb = new StringBuilder();
        while (sb.length() * 3 < 3_000_000) sb.append(sentence);
        String text = sb.toString();
        assertTrue(text.length() > 2 * Windows.DEFAULT_SIZE, "long enough for several windows");
        Path file = tmp.resolve("one-line.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        Cli.Result fig = Cli.run("figures", file.toString());
        assertEquals(0, fig.code(), fig.err());
        int expectedPerSentence = 4;
        int sentences = text.length() / sentence.length();
        checkSpans(text, fig.out(), sentences * expectedPerSentence, "figure");

        Cli.Result an = Cli.run("analyze", "--only", "document,token,figure", file.toString());
        assertEquals(0, an.code(), an.err());
        JsonNode doc = BadInputsTest.records(an.out().lines().findFirst().orElseThrow()).get(0);
        assertEquals("document", doc.get("record").asText());
        assertEquals(text.length(), doc.get("chars").asInt());
        assertEquals(sentences, doc.get("sentences").asInt());
        assertEquals("2025-09-13", doc.get("reference_date").asText());
        checkSpans(text, an.out(), sentences * expectedPerSentence, "figure");
        checkSpans(text, an.out(), sentences * 10, "token");
    }

    /** Every record of {@code kind}: its span slices the original, its sentence never goes back, none lost. */
    private static void checkSpans(String text, String jsonl, int atLeast, String kind) throws Exception {
        int n = 0, lastSentence = 0, lastStart = -1;
        for (String line : (Iterable<String>) jsonl.lines()::iterator) {
            if (!line.contains("\"" + kind + "\"") && !line.startsWith("{\"file\"")) continue;
            JsonNode r = BadInputsTest.records(line).get(0);
            if (r.has("record") && !r.get("record").asText().equals(kind)) continue;
            int s = r.get("start").asInt(), e = r.get("end").asInt();
            assertEquals(text.substring(s, e), r.get("text").asText(), line); // the text is BMP-only: chars = code points
            assertTrue(r.get("sentence").asInt() >= lastSentence && s > lastStart, "order: " + line);
            lastSentence = r.get("sentence").asInt();
            lastStart = s;
            n++;
        }
        assertTrue(n >= atLeast, kind + " records: " + n + " < " + atLeast);
    }

    @Test
    void twoThousandSmallArticles() throws Exception {
        for (int i = 0; i < 2000; i++) {
            Path d = Files.createDirectories(tmp.resolve("d" + (i % 20)));
            Files.writeString(d.resolve(String.format("%04d.txt", i)), "第" + i + "篇：关税上调" + (i % 90 + 1) + "%，涉及" + i + "亿美元。\n");
        }
        Cli.Result r = Cli.run("analyze", "-j", "2", "--only", "document,figure", tmp.toString());
        assertEquals(0, r.code(), r.err());
        Set<String> files = new HashSet<>();
        String previous = "";
        for (JsonNode n : BadInputsTest.records(r.out())) {
            String file = n.get("file").asText();
            assertTrue(file.compareTo(previous) >= 0, "input order: " + file + " after " + previous);
            previous = file;
            if (n.get("record").asText().equals("document")) files.add(file);
        }
        assertEquals(2000, files.size());
    }
}
