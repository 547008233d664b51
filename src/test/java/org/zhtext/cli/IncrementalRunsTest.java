package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code analyze --skip-unchanged} with files (docs/RELIABILITY.md, "Incremental runs"): the tables of a run that skips
 * unchanged inputs hold every input's records (carried over from the previous tables), byte for byte what a full run
 * writes; a changed, new or deleted input changes exactly its own records; tables that cannot be trusted make the run
 * process everything again instead of losing records.
 */
class IncrementalRunsTest {
    private static final List<String> TABLES = List.of("documents", "tokens", "entities", "figures", "tariffs", "errors");
    @TempDir Path dir;

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.sorted().toList()) Files.copy(p, in.resolve(p.getFileName()));
        }
        // names a CSV must quote, and one a spreadsheet would run (Excel mode prefixes it)
        Files.writeString(in.resolve("a,\"quoted\" name.txt"), "美国宣布自2025年8月1日起对巴西商品加征50%关税。");
        Files.writeString(in.resolve("=b.txt"), "中方表示，将对美国大豆征收10%的关税。");
        return in;
    }

    private Cli.Result analyze(String format, Path out, Path state, Path in, String... more) {
        List<String> args = new ArrayList<>(List.of("analyze", "--format", format, "--output-dir", out.toString()));
        if (state != null) args.addAll(List.of("--skip-unchanged", state.toString()));
        args.addAll(List.of(more));
        args.add(in.toString());
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static Map<String, byte[]> tables(Path out, String format) throws IOException {
        Map<String, byte[]> t = new TreeMap<>();
        for (String name : TABLES) t.put(name, Files.readAllBytes(out.resolve(name + "." + format)));
        return t;
    }

    private static void assertSameTables(Map<String, byte[]> want, Map<String, byte[]> got, String what) {
        for (String name : TABLES) {
            assertEquals(new String(want.get(name), StandardCharsets.UTF_8), new String(got.get(name), StandardCharsets.UTF_8), what + ": " + name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "tsv", "jsonl", "json"})
    void aSecondRunKeepsEveryRowAndAThirdUpdatesExactlyTheChangedArticles(String format) throws IOException {
        Path in = corpus();
        Path out = dir.resolve("out");
        Path state = dir.resolve("state.json");
        analyze(format, out, state, in);
        Map<String, byte[]> first = tables(out, format);
        int articles = (int) Files.list(in).count();
        assertTrue(new String(first.get("tokens"), StandardCharsets.UTF_8).contains("关税"), "the first run wrote tokens");

        Cli.Result second = analyze(format, out, state, in);
        assertTrue(second.err().contains(articles + " unchanged inputs skipped"), second.err());
        assertTrue(second.err().contains("carried over"), second.err());
        assertSameTables(first, tables(out, format), "second run, nothing changed");

        // one article changed, one deleted, one new
        Path changed = in.resolve("02-soybeans.txt");
        Files.writeString(changed, Files.readString(changed) + "\n据悉，美方还将对中国钢铁加征25%关税。\n");
        Files.delete(in.resolve("05-shipping-fees.txt"));
        Files.writeString(in.resolve("11-new.txt"), "欧盟宣布将于2026年1月1日起对电动汽车征收10%关税。");
        Cli.Result third = analyze(format, out, state, in);
        assertTrue(third.err().contains((articles - 2) + " unchanged inputs skipped"), third.err());
        assertTrue(third.err().contains("2 articles"), "only the changed and the new article are analyzed: " + third.err());
        Map<String, byte[]> incremental = tables(out, format);

        Path fullOut = dir.resolve("full");
        analyze(format, fullOut, null, in);
        assertSameTables(tables(fullOut, format), incremental, "third run against a full run");
        String figures = new String(incremental.get("figures"), StandardCharsets.UTF_8);
        assertTrue(figures.contains("25%"), "the changed article's new figure");
        assertFalse(figures.contains("05-shipping-fees"), "the deleted article's rows are dropped");
        assertTrue(figures.contains("11-new"), "the new article's rows");
        assertTrue(new String(incremental.get("tariffs"), StandardCharsets.UTF_8).contains("11-new"), "the new article's tariff event");
        // the unchanged articles' rows are the first run's, in the same order
        String before = new String(first.get("tokens"), StandardCharsets.UTF_8);
        String after = new String(incremental.get("tokens"), StandardCharsets.UTF_8);
        for (String kept : List.of("01-tariff-talks.txt", "09-japan-chips.big5.txt", "=b.txt")) {
            assertEquals(linesOf(before, kept), linesOf(after, kept), kept);
            assertFalse(linesOf(after, kept).isEmpty(), kept);
        }
        assertNotEquals(linesOf(before, "02-soybeans.txt"), linesOf(after, "02-soybeans.txt"));
    }

    private static List<String> linesOf(String table, String file) {
        return table.lines().filter(l -> l.contains(file)).toList();
    }

    @Test
    void excelModeAndTheMixedStreamOfDashOAreCarriedToo() throws IOException {
        Path in = corpus();
        for (String format : List.of("csv", "jsonl")) {
            Path file = dir.resolve("all." + format);
            Path state = dir.resolve("state-" + format + ".json");
            Cli.Result first = Cli.run("analyze", "--format", format, "--excel", "-o", file.toString(), "--skip-unchanged", state.toString(), in.toString());
            assertEquals(0, first.code(), first.err());
            byte[] firstBytes = Files.readAllBytes(file);
            Files.writeString(in.resolve("=b.txt"), "中方表示，将对美国大豆征收15%的关税。");
            Cli.Result second = Cli.run("analyze", "--format", format, "--excel", "-o", file.toString(), "--skip-unchanged", state.toString(), in.toString());
            assertEquals(0, second.code(), second.err());
            assertTrue(second.err().contains("unchanged inputs skipped"), second.err());
            Path full = dir.resolve("full." + format);
            assertEquals(0, Cli.run("analyze", "--format", format, "--excel", "-o", full.toString(), in.toString()).code());
            assertEquals(Files.readString(full), Files.readString(file), format);
            assertNotEquals(new String(firstBytes, StandardCharsets.UTF_8), Files.readString(file));
            Files.writeString(in.resolve("=b.txt"), "中方表示，将对美国大豆征收10%的关税。");
        }
    }

    @Test
    void tablesThatChangedOrVanishedAreNeverTrustedAndNothingIsLost() throws IOException {
        Path in = corpus();
        Path out = dir.resolve("out");
        Path state = dir.resolve("state.json");
        analyze("csv", out, state, in);
        Map<String, byte[]> first = tables(out, "csv");

        Files.delete(out.resolve("figures.csv"));
        Cli.Result missing = analyze("csv", out, state, in);
        assertTrue(missing.err().contains("figures.csv is missing; every input is processed again"), missing.err());
        assertFalse(missing.err().contains("unchanged inputs skipped"), missing.err());
        assertSameTables(first, tables(out, "csv"), "after a table vanished");

        // a table edited by hand (cut short): its records are not trusted
        Path tokens = out.resolve("tokens.csv");
        byte[] t = Files.readAllBytes(tokens);
        Files.write(tokens, java.util.Arrays.copyOf(t, t.length / 2));
        Cli.Result edited = analyze("csv", out, state, in);
        assertTrue(edited.err().contains("tokens.csv has changed since"), edited.err());
        assertSameTables(first, tables(out, "csv"), "after a table was edited");

        // the same state used for another output folder: nothing there to carry from
        Path other = dir.resolve("other");
        Cli.Result elsewhere = analyze("csv", other, state, in);
        assertTrue(elsewhere.err().contains("was not written by the run that saved"), elsewhere.err());
        assertSameTables(first, tables(other, "csv"), "another output folder");
    }

    @Test
    void anEditedLexiconOrDatesFileMeansNothingIsUnchanged() throws IOException {
        Path in = corpus();
        Path out = dir.resolve("out");
        Path state = dir.resolve("state.json");
        Path dates = dir.resolve("dates.csv");
        Files.writeString(dates, "file,date\n04-rare-earths.txt,2025-05-01\n");
        analyze("jsonl", out, state, in, "--dates", dates.toString());
        assertTrue(analyze("jsonl", out, state, in, "--dates", dates.toString()).err().contains("unchanged inputs skipped"));
        Files.writeString(dates, "file,date\n04-rare-earths.txt,2024-05-01\n");
        Cli.Result r = analyze("jsonl", out, state, in, "--dates", dates.toString());
        assertFalse(r.err().contains("unchanged inputs skipped"), r.err());
        assertTrue(Files.readString(out.resolve("documents.jsonl")).contains("2024-05-01"));
    }

    @Test
    void aFailedInputIsProcessedAgainAndItsErrorRowIsNotCarried() throws IOException {
        Path in = corpus();
        Path bad = in.resolve("zz-binary.txt");
        Files.write(bad, new byte[] {'a', 0, 'b'});
        Path out = dir.resolve("out");
        Path state = dir.resolve("state.json");
        Cli.Result first = Cli.run("analyze", "--format", "csv", "--output-dir", out.toString(), "--skip-unchanged", state.toString(), in.toString());
        assertEquals(1, first.code());
        Files.writeString(bad, "美国对进口汽车加征25%关税。");
        Cli.Result second = analyze("csv", out, state, in);
        assertTrue(second.err().contains("1 articles"), second.err());
        assertEquals("file,error\r\n", Files.readString(out.resolve("errors.csv")));
        Path full = dir.resolve("full");
        analyze("csv", full, null, in);
        assertSameTables(tables(full, "csv"), tables(out, "csv"), "after the bad input was fixed");
    }
}
