package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * --max-chars refuses an article past the limit with a one-line error (and the run goes on); adversarial
 * 1 MB inputs (digits, 年, %, and mixes that almost match the figure rules) finish. The timeout is a hang
 * guard for catastrophic backtracking (a linear scan takes well under a second here), not a speed target.
 */
class ResourceLimitsTest {
    @TempDir Path tmp;

    @Test
    void maxCharsRefusesTheLongArticleAndKeepsTheOthers() throws Exception {
        Files.writeString(tmp.resolve("a-long.txt"), "关税上调25%。".repeat(200));
        Files.writeString(tmp.resolve("b-short.txt"), "关税上调25%。");
        Cli.Result r = Cli.run("figures", "--max-chars", "1000", tmp.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("zhtext: " + tmp + "/a-long.txt: too large: 1600 characters exceeds --max-chars 1000"), r.err());
        assertTrue(r.out().contains("b-short.txt") && !r.out().contains("a-long.txt"), r.out());
        assertEquals(2, Cli.run("figures", "--max-chars", "0", tmp.toString()).code());
    }

    @Test
    void defaultMaxCharsIsAtLeast64Million() {
        Cli.Result r = Cli.run("figures", "--help");
        assertTrue(r.out().replaceAll("\\s+", " ").contains("(default: 64000000"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "年", "%", "1年", "1.", "１", "一", "万", "1,", "1至", "-1", "9月", "每"})
    void oneMegabyteOfAdversarialTextFinishes(String unit) throws Exception {
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < (1 << 20)) sb.append(unit);
        Path file = tmp.resolve("adversarial.txt");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.run("figures", "--format", "csv", file.toString()),
                "figures on 1 MB of '" + unit + "' did not finish: catastrophic backtracking?");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("file,kind,text"), "CSV header even without figures: " + r.out().substring(0, Math.min(200, r.out().length())));
    }
}
