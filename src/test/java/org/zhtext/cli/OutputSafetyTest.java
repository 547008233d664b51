package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output safety through the real commands: --excel neutralizes formula-looking cells; per-input output folders
 * never write outside DIR (../ in --files-from, symlinked folders) and never over an input; a closed stdout
 * ends the run quietly.
 */
class OutputSafetyTest {
    @TempDir Path tmp;

    @Test
    void excelCsvNeutralizesEveryFormulaLookingCell() throws IOException {
        Path in = tmp.resolve("formulas.txt");
        Files.writeString(in, "=SUM(A1:A9) 与 +1+1 以及 @SUM(1) 和 -2+3 关税上调25%。\n", StandardCharsets.UTF_8);
        Cli.Result plain = Cli.run("segment", "--format", "csv", tmp.toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(cells(plain.out()).anyMatch(c -> c.startsWith("=")), "without --excel the token '=' is written as is");

        Cli.Result r = Cli.run("segment", "--format", "csv", "--excel", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("\uFEFF"), "BOM for spreadsheets");
        List<String> all = cells(r.out().substring(1)).toList();
        assertTrue(all.size() > 20);
        for (String c : all) assertFalse(!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0, "live formula cell: " + c);
        assertTrue(all.contains("'="), all.toString());

        Cli.Result a = Cli.run("analyze", "--format", "csv", "--excel", "--only", "document,figure", "--reference-date", "2025-09-13", tmp.toString());
        assertEquals(0, a.code(), a.err());
        for (String c : cells(a.out().substring(1)).toList()) assertFalse(!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0, c);
    }

    private static Stream<String> cells(String csv) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        return records.stream().flatMap(CSVRecord::stream);
    }

    @Test
    void filesFromWithDotDotStaysInsideTheOutputFolder() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("a/b"));
        Files.writeString(src.resolve("x.txt"), "關稅", StandardCharsets.UTF_8);
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, tmp.resolve("a/b/../b/x.txt") + "\n" + tmp.resolve("a/b/../../a/b/x.txt") + "\n");
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("normalize", "--output-dir", out.toString(), "--files-from", list.toString());
        // the two entries name the same file: refused, nothing is written over anything
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("would both be written to x.txt"), r.err());

        Files.writeString(list, tmp.resolve("a/b/../b/x.txt") + "\n");
        r = Cli.run("normalize", "--output-dir", out.toString(), "--files-from", list.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("关税", Files.readString(out.resolve("x.txt")));
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(java.util.Set.of(out.resolve("x.txt"), src.resolve("x.txt")),
                    s.filter(p -> p.getFileName().toString().equals("x.txt")).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void aSymlinkedFolderInsideTheOutputFolderDoesNotLeadOutside() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), "關稅", StandardCharsets.UTF_8);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("sub"), elsewhere);
        Cli.Result r = Cli.run("normalize", "--output-dir", out.toString(), tmp.resolve("in").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("in/sub/a.txt: output path would leave"), r.err());
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(0, s.count(), "nothing written through the symlink");
        }
        // --emit-text writes below DIR at the file column (here absolute: its leading / dropped)
        Path inputFolder = tmp.resolve("in");
        Path textFolder = out.resolve(inputFolder.getRoot().relativize(inputFolder)).resolve("sub");
        Files.createDirectories(textFolder.getParent());
        Files.createSymbolicLink(textFolder, elsewhere);
        r = Cli.run("analyze", "--only", "document", "--emit-text", out.toString(), inputFolder.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("in/sub/a.txt: output path would leave"), r.err());
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(0, s.count(), "--emit-text wrote nothing through the symlink");
        }
    }

    @Test
    void outputsNeverReplaceAnInput() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path article = in.resolve("a.txt");
        Files.writeString(article, "關稅上調25%。", StandardCharsets.UTF_8);
        // the output folder is the input folder: the converted copy would be the input itself; refused before anything is written
        Cli.Result r = Cli.run("normalize", "--output-dir", in.toString(), in.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--output-dir: refusing to write " + article.toAbsolutePath() + " (for " + article + "): it is one of the inputs"), r.err());
        assertEquals("關稅上調25%。", Files.readString(article));
        // -o, --errors and analyze's tables naming an input: a usage error before anything is written
        for (String[] args : List.of(new String[] {"figures", "-o", article.toString(), in.toString()},
                new String[] {"figures", "--errors", article.toString(), in.toString()},
                new String[] {"analyze", "--only", "document", "--glob", "*.*", "--output-dir", in.toString(), in.toString()})) {
            if (args[0].equals("analyze")) Files.writeString(in.resolve("documents.jsonl"), "not a table\n");
            r = Cli.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("it is one of the inputs"), r.err());
            assertEquals("關稅上調25%。", Files.readString(article));
        }
        assertEquals("not a table\n", Files.readString(in.resolve("documents.jsonl")));
    }

    @Test
    void aClosedStdoutEndsTheRunQuietly() throws IOException {
        for (int i = 0; i < 50; i++) Files.writeString(tmp.resolve(i + ".txt"), "关税上调25%，涉及80亿美元。\n".repeat(20));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // a reader that takes one line and goes away, like `| head -1`
        OutputStream head = new OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 100) throw new IOException("Broken pipe");
            }
        };
        Streams s = new Streams(new ByteArrayInputStream(new byte[0]), new GuardedOutputStream(head),
                new PrintStream(err, true, StandardCharsets.UTF_8), true, false);
        int code = Main.execute(s, "figures", "-j", "2", tmp.toString());
        assertEquals(0, code);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing on stderr");
        assertThrows(BrokenPipe.class, () -> new GuardedOutputStream(head).write(1));
    }
}
