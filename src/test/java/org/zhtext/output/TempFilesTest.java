package org.zhtext.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files left by a killed run are removed by the next run that writes the same output, and only those. */
class TempFilesTest {
    @TempDir Path dir;

    @Test
    void aDeadProcessesTemporaryFilesAreRemovedALiveOnesAreKept() throws Exception {
        Path target = dir.resolve("tokens.csv");
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long dead = p.pid();
        Path mine = TempFiles.create(target);
        String host = mine.getFileName().toString().replaceAll("^\\.tokens\\.csv\\.(\\w+)-\\d+\\.\\d+\\.part$", "$1");
        Path ofDead = Files.createFile(dir.resolve(".tokens.csv." + host + "-" + dead + ".123.part"));
        Path ofOtherHost = Files.createFile(dir.resolve(".tokens.csv.elsewhere-" + dead + ".123.part"));
        Path oldOfOtherHost = Files.createFile(dir.resolve(".tokens.csv.elsewhere-" + dead + ".456.part"));
        Files.setLastModifiedTime(oldOfOtherHost, FileTime.from(Instant.now().minus(TempFiles.MAX_AGE).minus(Duration.ofMinutes(1))));
        Path ofOtherTable = Files.createFile(dir.resolve(".figures.csv." + host + "-" + dead + ".123.part"));
        Path notOurs = Files.createFile(dir.resolve(".tokens.csv.notes.part"));

        List<Path> removed = TempFiles.removeStale(target);

        assertEquals(2, removed.size(), removed.toString());
        assertFalse(Files.exists(ofDead), "a dead process of this machine");
        assertFalse(Files.exists(oldOfOtherHost), "older than the maximum age");
        assertTrue(Files.exists(mine), "this process's own");
        assertTrue(Files.exists(ofOtherHost), "another machine's recent file: it may be writing it");
        assertTrue(Files.exists(ofOtherTable), "another output's: its own run cleans it");
        assertTrue(Files.exists(notOurs), "a name zhtext does not make");
    }

    @Test
    void newTemporaryFilesAreDistinctOwnerOnlyAndNamedAsRemoveStaleReadsThem(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path target = dir.resolve("tokens.csv");
        java.util.Set<Path> made = new java.util.HashSet<>();
        for (int i = 0; i < 50; i++) made.add(TempFiles.create(target));
        assertEquals(50, made.size());
        String pid = Long.toString(ProcessHandle.current().pid());
        for (Path p : made) {
            assertTrue(Files.isRegularFile(p) && Files.size(p) == 0, p.toString());
            assertTrue(p.getFileName().toString().matches("\\.tokens\\.csv\\.\\w+-" + pid + "\\.[0-9]+\\.part"), p.toString());
            if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
            }
        }
        assertEquals(List.of(), TempFiles.removeStale(target), "this live process's files stay");
    }
}
