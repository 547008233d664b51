package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.formatfixture.PipeSeparatedFormat;
import org.zhtext.output.RecordFormats;

/**
 * Output formats are plug-ins (issue 27): a format is one class ({@link PipeSeparatedFormat}, in a package of its own)
 * and one registration, and then every record command, its help, the {@code --errors} file and analyze's
 * {@code --output-dir} tables offer it, with nothing else changed.
 */
class PluginFormatTest {
    @TempDir Path dir;

    private Path article() throws Exception {
        Path a = dir.resolve("in/a.txt");
        Files.createDirectories(a.getParent());
        Files.writeString(a, "今年一季度营收增长12%，达到3.5亿元。\n出口额下降了8.1%。\n", StandardCharsets.UTF_8);
        return a;
    }

    @Test
    void aRegisteredFormatIsOfferedAndWrittenByEveryRecordCommand() throws Exception {
        Path a = article();
        Path bad = dir.resolve("in/b.txt");
        Files.write(bad, new byte[] {0, 1, 2, (byte) 0xff});
        try (AutoCloseable registered = RecordFormats.register(new PipeSeparatedFormat())) {
            assertTrue(Cli.run("figures", "--help").out().contains("jsonl, json, csv, tsv, psv."), "figures --help lists psv");
            assertTrue(Cli.run("segment", "--help").out().contains("jsonl, json, csv, tsv, psv, conllu, text"), "segment --help lists psv");

            // the same table as TSV with '|' for the tabs (no value here holds a tab or a '|')
            Cli.Result psv = Cli.run("figures", "-f", "psv", a.toString());
            Cli.Result tsv = Cli.run("figures", "-f", "tsv", a.toString());
            assertEquals(0, psv.code(), psv.err());
            assertEquals(tsv.out().replace('\t', '|'), psv.out());
            List<String> lines = psv.out().lines().toList();
            assertTrue(lines.get(0).startsWith("file|kind|text|start|end|value|"), lines.get(0));
            assertTrue(lines.size() >= 4, "header and at least three figures: " + lines);
            assertTrue(lines.stream().anyMatch(l -> l.contains("|percent|12%|")), psv.out());

            // the errors file by its extension, analyze's tables by theirs
            Path errors = dir.resolve("errors.psv"), tables = dir.resolve("tables");
            Cli.Result r = Cli.run("analyze", "--only", "document,figure", "-f", "psv", "--output-dir", tables.toString(),
                    a.toString(), bad.toString());
            assertEquals(ExitCode.SOME_FAILED, r.code(), r.err());
            assertEquals(Cli.run("figures", "-f", "psv", a.toString()).out(), Files.readString(tables.resolve("figures.psv")));
            assertTrue(Files.readString(tables.resolve("errors.psv")).startsWith("file|error\n" + bad + "|binary file"));
            Cli.run("figures", "-f", "psv", "--errors", errors.toString(), a.toString(), bad.toString());
            assertEquals("file|error\n" + bad + "|binary file (contains NUL bytes), not text\n", Files.readString(errors));
        }
        // unregistered: an unknown format again, named with the command's formats
        Cli.Result gone = Cli.run("figures", "-f", "psv", a.toString());
        assertEquals(ExitCode.USAGE, gone.code());
        assertTrue(gone.err().contains("figures writes jsonl, json, csv or tsv"), gone.err());
    }
}
