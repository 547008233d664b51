package org.zhtext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    @TempDir Path dir;

    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    private List<String> collect(List<String> globs, String... paths) throws Exception {
        return new InputCollector(globs, new PrintStream(warnings, true, StandardCharsets.UTF_8))
                .collect(List.of(paths), null, false).stream().map(Input::file).collect(Collectors.toList());
    }

    @Test
    void directoriesAreWalkedRecursivelyInSortedOrder() throws Exception {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.writeString(dir.resolve("b/sub/z.txt"), "z");
        Files.writeString(dir.resolve("b/a.txt"), "a");
        Files.writeString(dir.resolve("c.txt"), "c");
        Files.writeString(dir.resolve("a 空格.txt"), "x");
        Files.writeString(dir.resolve("skip.bin"), "x");
        Files.writeString(dir.resolve("page.html"), "<p>x</p>");
        String d = dir.toString();
        assertEquals(List.of(d + "/a 空格.txt", d + "/b/a.txt", d + "/b/sub/z.txt", d + "/c.txt", d + "/page.html"), collect(List.of(), d));
        assertEquals(List.of(d + "/b/a.txt", d + "/b/sub/z.txt", d + "/c.txt"), collect(List.of("?.txt"), d));
    }

    @Test
    void symlinkLoopsAreVisitedOnce() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/x.txt"), "x");
        Files.createSymbolicLink(dir.resolve("a/loop"), dir);
        List<String> files = collect(List.of(), dir.toString());
        assertEquals(List.of(dir + "/a/x.txt"), files);
        assertTrue(warnings.toString(StandardCharsets.UTF_8).contains("already visited"));
    }

    @Test
    void explicitFilesIgnoreGlobsAndMissingPathsAreUsageErrors() throws Exception {
        Files.writeString(dir.resolve("x.dat"), "x");
        assertEquals(List.of(dir + "/x.dat"), collect(List.of(), dir + "/x.dat"));
        UsageException e = assertThrows(UsageException.class, () -> collect(List.of(), dir + "/missing.txt"));
        assertTrue(e.getMessage().contains("missing.txt"));
    }

    @Test
    void filesFromListsPathsOnePerLine() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("b.txt"), "b");
        Path list = dir.resolve("list");
        Files.writeString(list, "\uFEFF" + dir.resolve("b.txt") + "\r\n\r\n" + dir.resolve("a.txt") + "\n");
        List<Input> in = new InputCollector(List.of(), System.err).collect(List.of(), list, false);
        assertEquals(List.of(dir + "/b.txt", dir + "/a.txt"), in.stream().map(Input::file).collect(Collectors.toList()));
    }

    @Test
    void stdinWhenNoPathAndStdinIsNotATerminal() throws Exception {
        List<Input> in = new InputCollector(List.of(), System.err).collect(List.of(), null, true);
        assertEquals(List.of(Input.stdin()), in);
        assertThrows(UsageException.class, () -> new InputCollector(List.of(), System.err).collect(List.of(), null, false));
    }
}
