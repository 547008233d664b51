package org.zhtext.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resource files generated at build time and committed: the check that they are current, and their rewrite. */
final class GeneratedFiles {
    private GeneratedFiles() {}

    /**
     * The data lines of {@code file} (not blank, not {@code #} comments) must be {@code expected}; with the system
     * property {@code writeProperty} true, the file is first rewritten: {@code header} as comments, then the lines.
     * Returns the committed lines.
     */
    static List<String> check(Path file, List<String> expected, String writeProperty, String... header) throws IOException {
        if (Boolean.getBoolean(writeProperty)) {
            List<String> text = new ArrayList<>();
            for (String h : header) text.add("# " + h);
            text.addAll(expected);
            Files.write(file, text, StandardCharsets.UTF_8);
        }
        List<String> committed = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) if (!line.startsWith("#") && !line.isBlank()) committed.add(line);
        assertEquals(expected, committed, file + " is stale: regenerate it with -D" + writeProperty + "=true");
        return committed;
    }
}
