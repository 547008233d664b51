package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short legacy file whose encoding is a guess is processed, and named once on stderr; a sure one is not. */
class ShortLegacyNoteTest {
    @TempDir
    Path dir;

    @Test
    void aGuessedEncodingIsNotedOnceAndTheRunGoesOn() throws Exception {
        Charset big5 = Charset.forName("x-windows-950");
        Files.write(dir.resolve("short.txt"), "5億".getBytes(big5));
        Files.write(dir.resolve("sure.txt"), "行政院表示，美方對臺灣商品課徵20%關稅。".getBytes(big5));
        Cli.Result r = Cli.run("normalize", "--to", "s", "-j", "2", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        String line = lines.get(0);
        assertTrue(line.startsWith("zhtext: " + dir.resolve("short.txt") + ": short or ambiguous legacy text: read as "), line);
        assertTrue(line.endsWith(" also decodes it; use --encoding to override)"), line);
        // both processed: the short file's text is in the output, read one way or the other
        assertTrue(r.out().contains("美方对台湾商品") && (r.out().contains("5亿") || r.out().contains("5货")), r.out());

        Cli.Result forced = Cli.run("normalize", "--to", "s", "--encoding", "x-windows-950", dir.toString());
        assertEquals(0, forced.code(), forced.err());
        assertFalse(forced.err().contains("ambiguous"), forced.err());
        assertTrue(forced.out().contains("5亿"), forced.out());
    }
}
