package org.zhtext.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.core.Versions;

/** The start-up guard on HanLP's version: the check itself, the real class path, and a wrong HanLP end to end. */
class HanlpVersionTest {
    @TempDir Path dir;

    @Test
    void onlyTheReproducedReleasePasses() {
        assertNull(HanlpVersion.mismatch("portable-1.8.6"));
        for (String other : List.of("portable-1.8.7", "portable-1.8.5", "1.8.6", "portable-1.8.6-SNAPSHOT", "")) {
            String error = HanlpVersion.mismatch(other);
            assertTrue(error != null && error.contains("HanLP portable-1.8.6 expected") && error.contains("found HanLP " + other),
                    other + ": " + error);
            assertFalse(error.contains("\n"), "one line: " + error);
        }
        String unknown = HanlpVersion.mismatch(null);
        assertTrue(unknown.contains("portable-1.8.6 expected") && unknown.contains("without version information"), unknown);
    }

    @Test
    void theClassPathHasTheReproducedRelease() {
        assertEquals(HanlpVersion.EXPECTED, HanlpVersion.onClassPath());
        HanlpVersion.require(); // no exception
        // the pom's HanLP dependency (recorded at build time): bumping it without reviewing HanlpPass fails here
        assertEquals(Versions.of("hanlp"), HanlpVersion.EXPECTED);
        assertEquals(List.of("HanLP " + HanlpVersion.EXPECTED), new HanlpProvider().versions());
    }

    /** zhtext run with a HanLP jar that says it is another release: exit 2, one line naming both versions. */
    @Test
    void anotherHanlpOnTheClassPathIsASetupError() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = List.of(cp.split(File.pathSeparator));
        String jar = entries.stream().filter(e -> e.contains("hanlp-portable")).findFirst().orElseThrow(() -> new AssertionError(cp));
        Path other = dir.resolve("hanlp-portable-1.8.7.jar");
        Files.copy(Path.of(jar), other);
        try (FileSystem zip = FileSystems.newFileSystem(other)) {
            Files.writeString(zip.getPath(HanlpVersion.POM), "version=portable-1.8.7\ngroupId=com.hankcs\nartifactId=hanlp\n");
        }
        String classPath = entries.stream().map(e -> e.equals(jar) ? other.toString() : e).collect(Collectors.joining(File.pathSeparator));
        Files.writeString(dir.resolve("a.txt"), "美国宣布加征关税。");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "org.zhtext.cli.Main", "segment", dir.resolve("a.txt").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertEquals(2, p.waitFor());
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("zhtext: HanLP portable-1.8.6 expected on the class path, found HanLP portable-1.8.7"), lines.get(0));
    }
}
