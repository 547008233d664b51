package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    static final Path SAMPLES = Path.of("samples");
    @TempDir Path dir;

    @Test
    void outputDirHasTheFiveTablesWithHeaders() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("analyze", "--format", "csv", "--output-dir", out.toString(), SAMPLES.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("articles, 0 failed"), r.err());
        for (String t : List.of("documents", "tokens", "entities", "figures", "errors")) {
            assertTrue(Files.isRegularFile(out.resolve(t + ".csv")), t);
        }
        List<String> docs = Files.readAllLines(out.resolve("documents.csv"));
        assertEquals("file,script,chars,sentences,reference_date,reference_date_source,error", docs.get(0));
        try (Stream<Path> s = Files.list(SAMPLES)) {
            assertEquals(s.count(), docs.size() - 1, "one document row per sample");
        }
        assertEquals(List.of("file,error"), Files.readAllLines(out.resolve("errors.csv")));
        try (Stream<Path> s = Files.list(out)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void everyRecordSlicesTheOriginalText() throws Exception {
        Path texts = dir.resolve("texts");
        Cli.Result r = Cli.run("analyze", "--emit-text", texts.toString(), SAMPLES.toString());
        assertEquals(0, r.code(), r.err());
        ObjectMapper json = new ObjectMapper();
        int spans = 0;
        for (String line : r.out().split("\n")) {
            JsonNode n = json.readTree(line);
            if (!n.has("start") || n.get("start").isNull()) continue;
            String file = n.get("file").asText();
            // DIR/FILE.txt, FILE the record's file column without a leading /
            String text = Files.readString(texts.resolve(file.replaceFirst("^/+", "") + (file.endsWith(".txt") ? "" : ".txt")), StandardCharsets.UTF_8);
            int[] cps = text.codePoints().toArray();
            String slice = new String(cps, n.get("start").asInt(), n.get("end").asInt() - n.get("start").asInt());
            assertEquals(n.get("text").asText(), slice, line);
            spans++;
        }
        assertTrue(spans > 500, "spans checked: " + spans);
        assertTrue(Files.readString(texts.resolve("samples/10-steel-web.html.txt")).startsWith("钢铁"), "the input's path kept, .txt appended");
    }

    @Test
    void legacyEncodedTwinsGiveTheSameFigures() throws Exception {
        String trad = Files.readString(SAMPLES.resolve("06-taiwan-trad.txt"));
        Files.writeString(dir.resolve("a-utf8.txt"), trad);
        Files.write(dir.resolve("b-big5.txt"), trad.getBytes(Charset.forName("x-windows-950")));
        String simp = new String(Files.readAllBytes(SAMPLES.resolve("08-ev-duties.gb18030.txt")), Charset.forName("GB18030"));
        Files.writeString(dir.resolve("c-utf8.txt"), simp);
        Files.write(dir.resolve("d-gb.txt"), simp.getBytes(Charset.forName("GB18030")));
        Cli.Result r = Cli.run("figures", "--format", "csv", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = List.of(r.out().split("\r\n"));
        assertEquals(figuresOf(rows, "a-utf8.txt"), figuresOf(rows, "b-big5.txt"));
        assertEquals(figuresOf(rows, "c-utf8.txt"), figuresOf(rows, "d-gb.txt"));
        assertFalse(figuresOf(rows, "a-utf8.txt").isEmpty());
    }

    private static List<String> figuresOf(List<String> rows, String name) {
        List<String> out = new ArrayList<>();
        for (String row : rows) if (row.contains("/" + name + ",")) out.add(row.substring(row.indexOf(',')));
        return out;
    }

    @Test
    void failedInputsBecomeErrorAndDocumentRecords() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "美方宣布加征20%关税。");
        Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff});
        Cli.Result r = Cli.run("analyze", "--only", "document,figure", dir.toString());
        assertEquals(1, r.code());
        assertEquals("zhtext: " + dir + "/bad.txt: binary file (contains NUL bytes), not text", r.err().lines().findFirst().orElse(""));
        ObjectMapper json = new ObjectMapper();
        List<String> kinds = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            JsonNode n = json.readTree(line);
            kinds.add(n.get("record").asText() + ":" + Path.of(n.get("file").asText()).getFileName());
        }
        assertEquals(List.of("document:bad.txt", "error:bad.txt", "document:good.txt", "figure:good.txt"), kinds);
    }

    @Test
    void outputIsIdenticalForAnyThreadCount() throws Exception {
        Cli.Result one = Cli.run("analyze", "--threads", "1", SAMPLES.toString());
        Cli.Result four = Cli.run("analyze", "--threads", "4", SAMPLES.toString());
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), four.out());

        Path corpus = generate(dir.resolve("corpus"), 500);
        Cli.Result a = Cli.run("analyze", "--threads", "1", "--format", "csv", corpus.toString());
        Cli.Result b = Cli.run("analyze", "--threads", "4", "--format", "csv", corpus.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().length() > 100_000);
        assertEquals(a.out(), b.out(), "500 generated articles, 1 vs 4 threads");
    }

    @Test
    void tokensAndEntitiesAreThoseOfTheSegmentAndEntitiesCommands() throws Exception {
        // analyze gets both from one HanLP pass per sentence; segment and entities each run their own
        Path corpus = generate(dir.resolve("corpus"), 60);
        Cli.Result all = Cli.run("analyze", "--threads", "2", corpus.toString(), SAMPLES.toString());
        Cli.Result tokens = Cli.run("segment", "--threads", "2", corpus.toString(), SAMPLES.toString());
        Cli.Result entities = Cli.run("entities", "--threads", "2", corpus.toString(), SAMPLES.toString());
        assertEquals(0, all.code(), all.err());
        assertEquals(0, tokens.code(), tokens.err());
        assertEquals(0, entities.code(), entities.err());
        assertEquals(tokens.out(), records(all.out(), "token"));
        assertEquals(entities.out(), records(all.out(), "entity"));
        assertTrue(entities.out().split("\n").length > 500, "entities found");
    }

    /** The lines of one record kind, without their leading {@code record} field (as the single-kind commands print them). */
    private static String records(String jsonl, String kind) {
        StringBuilder sb = new StringBuilder();
        String prefix = "{\"record\":\"" + kind + "\",";
        for (String line : jsonl.split("\n")) {
            if (line.startsWith(prefix)) sb.append('{').append(line, prefix.length(), line.length()).append('\n');
        }
        return sb.toString();
    }

    /** Articles recombined from the samples' sentences (our own text), with a fixed seed. */
    static Path generate(Path out, int n) throws Exception {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> s = Files.list(SAMPLES)) {
            for (Path p : s.sorted().toList()) {
                if (!p.toString().endsWith(".txt") || p.toString().contains("gb18030") || p.toString().contains("big5")) continue;
                for (String x : Files.readString(p).split("(?<=[。！？])|\n")) if (x.strip().length() > 4) sentences.add(x.strip());
            }
        }
        Files.createDirectories(out);
        Random r = new Random(42);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int k = 2 + r.nextInt(12);
            for (int j = 0; j < k; j++) sb.append(sentences.get(r.nextInt(sentences.size()))).append(j % 3 == 2 ? "\n" : "");
            Files.writeString(out.resolve(String.format("%04d.txt", i)), sb.toString());
        }
        return out;
    }

    @Test
    void anHtmlPagesPublicationDateIsTheReferenceDateUnlessAnOptionGivesOne() throws Exception {
        // written for this test (2026-12-07): the page says when it was published; the text names no year
        java.nio.file.Path page = dir.resolve("page.html");
        java.nio.file.Files.writeString(page, "<html><head><title>关税</title><meta name=\"publishdate\" content=\"2025-09-14\">"
                + "</head><body><p>9月13日，美方宣布对中国电动汽车加征关税。</p></body></html>");
        Cli.Result r = Cli.run("analyze", "--only", "document,figure", "--format", "tsv", page.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\t2025-09-14\tpage\t"), r.out());
        assertTrue(r.out().contains("\t9月13日\t") && r.out().contains("\t2025-09-13\t"), r.out());
        Cli.Result o = Cli.run("analyze", "--only", "document", "--format", "tsv", "--reference-date", "2024-10-01", page.toString());
        assertTrue(o.out().contains("\t2024-10-01\toption\t"), o.out());
    }
}
