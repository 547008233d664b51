package org.zhtext.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Differential test of {@link ChineseNumbers#scan} against {@link LegacyNumberScan}, the verbatim copy of the
 * scan before it was split into parse steps: same end and same {@link ChineseNumbers.NumScan} fields at every
 * start position, in whole and running-text mode, for the figure tables, the public eval texts (when
 * {@code ../shared/eval} is present), the samples, and 200,000 seeded random strings over the number alphabet.
 */
class ChineseNumbersScanDiffTest {
    private final ChineseNumbers.NumScan now = new ChineseNumbers.NumScan();
    private final ChineseNumbers.NumScan old = new ChineseNumbers.NumScan();
    private long compared;

    @Test
    void sameAsLegacyOnTablesEvalAndSamples() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/figures"))) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (!p.toString().endsWith(".tsv")) continue;
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#")) continue;
                    for (String cell : line.split("\t", -1)) if (!cell.isEmpty()) texts.add(cell);
                }
            }
        }
        int tables = texts.size();
        assertTrue(tables > 500, "figure tables read: " + tables);
        ObjectMapper json = new ObjectMapper();
        int eval = 0;
        for (String f : List.of("figures_cn2an/cn2an_cn2an.jsonl", "figures_cn2an/cn2an_an2cn.jsonl",
                "figures_cn2an/cn2an_transform_sentences.jsonl", "figures_duckling/duckling_zh.jsonl")) {
            Path p = Path.of("../shared/eval", f);
            if (!Files.exists(p)) {
                System.err.println("ChineseNumbersScanDiffTest: " + p + " absent, its texts are skipped");
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                n.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual()) texts.add(e.getValue().asText());
                    else if (e.getValue().isNumber()) texts.add(e.getValue().asText());
                });
                eval++;
            }
        }
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        for (String t : texts) everyStart(t, t.length());
        assertTrue(compared > 100_000, "scans compared: " + compared + " (eval rows " + eval + ")");
    }

    private static final String ALPHABET = "零〇○一二两兩三四五六七八九壹贰叁肆伍陆柒捌玖廿卅十拾百佰千仟万萬亿億兆"
            + "点點.．0123456789０１２３,，%多余餘几幾半分之个米克瓦赫年月日元 \u3000\u00a0a-的";

    @Test
    void sameAsLegacyOnRandomStrings() {
        SplittableRandom rnd = new SplittableRandom(20261206L);
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < 200_000; n++) {
            b.setLength(0);
            int len = 1 + rnd.nextInt(14);
            for (int k = 0; k < len; k++) {
                int pick = rnd.nextInt(10);
                // digits and units more often, so that long numbers form
                if (pick < 4) b.append("0123456789".charAt(rnd.nextInt(10)));
                else if (pick < 7) b.append("零一二两三五九十百千万亿".charAt(rnd.nextInt(12)));
                else b.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            String s = b.toString();
            everyStart(s, s.length());
            if (len > 2) everyStart(s, 1 + rnd.nextInt(len - 1)); // a limit inside the string
        }
        // long runs: the overflow paths
        for (String s : List.of("1".repeat(40) + "万", "一".repeat(40) + "万", "3." + "5".repeat(40),
                "三点" + "五".repeat(40), "1,234,567,890,123,456,789,012,345,678,901,234.5亿",
                "12345678901234567890.123456789012345678901亿", "二〇二五" + "零".repeat(30) + "年")) {
            everyStart(s, s.length());
        }
        assertTrue(compared > 1_000_000, "scans compared: " + compared);
    }

    private void everyStart(String s, int limit) {
        for (int from = 0; from < limit; from++) {
            for (boolean whole : new boolean[] {true, false}) {
                int e1 = LegacyNumberScan.scan(s, from, limit, old, whole);
                int e2 = ChineseNumbers.scan(s, from, limit, now, whole);
                int f = from;
                if (e1 != e2 || !fields(old).equals(fields(now))) {
                    String at = "'" + s.substring(f, limit) + "' from " + f + " whole=" + whole;
                    assertEquals(e1, e2, "end of " + at);
                    assertEquals(fields(old), fields(now), "fields of " + at);
                }
                compared++;
            }
        }
    }

    private static String fields(ChineseNumbers.NumScan r) {
        return (r.value == null ? "null" : r.value.unscaledValue() + "e-" + r.value.scale())
                + " plain=" + r.plainDigits + " direct=" + r.directDigits + " single=" + r.singleChineseDigit
                + " more=" + r.more + " trailing=" + r.trailingScale + " arabic=" + r.arabic
                + " integer=" + r.integer + " overflow=" + r.overflow;
    }
}
