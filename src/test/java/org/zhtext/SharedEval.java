package org.zhtext;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Third-party gold data under {@code ${zhtext.shared}/eval} (Maven sets {@code zhtext.shared} to
 * {@code ../shared}): a file located, or the calling test skipped with a line on stderr saying so.
 */
public final class SharedEval {
    private SharedEval() {}

    /**
     * The file at {@code path} under the eval folder; when it is absent, prints
     * {@code "<test>: <what> absent (zhtext.shared=...), <skipped>"} on stderr and skips the test.
     */
    public static Path require(String test, String what, String skipped, String... path) {
        String shared = System.getProperty("zhtext.shared");
        Path p = shared == null ? null : Path.of(shared, "eval").resolve(String.join("/", path));
        boolean present = p != null && Files.isRegularFile(p);
        if (!present) System.err.println(test + ": " + what + " absent (zhtext.shared=" + shared + "), " + skipped);
        Assumptions.assumeTrue(present, what + " absent: " + p);
        return p;
    }
}
