package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engines are plug-ins (issue 27): an engine is a package of its own ({@code enginefixture}: a segmenter that makes
 * each character a word, a recognizer that finds nothing, one option) and one line in a registration file (the test
 * class path's), and then {@code --engine}, its help, {@code --version} and the pipeline offer it, with nothing else
 * changed; the default engine stays zhtext's first.
 */
class PluginEngineTest {
    @TempDir Path dir;

    private Path article() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "今天 下雨。\n明天晴𠀀。\n", StandardCharsets.UTF_8);
        return a;
    }

    /** Each code point that is not a space one token: text, start and end (code points into the original). */
    private static final List<String> TOKENS = List.of(
            "\"text\":\"今\",\"start\":0,\"end\":1,\"pos\":\"x\"", "\"text\":\"天\",\"start\":1,\"end\":2,\"pos\":\"x\"",
            "\"text\":\"下\",\"start\":3,\"end\":4,\"pos\":\"x\"", "\"text\":\"雨\",\"start\":4,\"end\":5,\"pos\":\"x\"",
            "\"text\":\"。\",\"start\":5,\"end\":6,\"pos\":\"x\"", "\"text\":\"明\",\"start\":7,\"end\":8,\"pos\":\"x\"",
            "\"text\":\"天\",\"start\":8,\"end\":9,\"pos\":\"x\"", "\"text\":\"晴\",\"start\":9,\"end\":10,\"pos\":\"x\"",
            "\"text\":\"𠀀\",\"start\":10,\"end\":11,\"pos\":\"x\"", "\"text\":\"。\",\"start\":11,\"end\":12,\"pos\":\"x\"");

    private static void assertTokens(List<String> lines, String what) {
        assertEquals(TOKENS.size(), lines.size(), what + ": " + lines);
        for (int i = 0; i < TOKENS.size(); i++) assertTrue(lines.get(i).contains(TOKENS.get(i)), what + " " + i + ": " + lines.get(i));
    }

    @Test
    void aRegisteredEngineSegmentsThroughTheCommandLine() throws Exception {
        Path a = article();
        Cli.Result seg = Cli.run("segment", "--engine", "toy", a.toString());
        assertEquals(0, seg.code(), seg.err());
        assertTokens(seg.out().lines().toList(), "segment");

        Cli.Result all = Cli.run("analyze", "--engine", "toy", "--only", "token,entity", a.toString());
        assertEquals(0, all.code(), all.err());
        List<String> lines = all.out().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"record\":\"token\"")), "tokens only, no entity: " + lines);
        assertTokens(lines, "analyze");

        // its option reaches it, and its setup check words the error with the option
        Cli.Result tagged = Cli.run("segment", "--engine", "toy", "--toy-tag", "zz", a.toString());
        assertEquals(0, tagged.code(), tagged.err());
        assertTrue(tagged.out().lines().allMatch(l -> l.contains("\"pos\":\"zz\"")), tagged.out());
        Cli.Result bad = Cli.run("segment", "--engine", "toy", "--toy-tag", "Z1", a.toString());
        assertEquals(ExitCode.USAGE, bad.code(), bad.err());
        assertTrue(bad.err().contains("not a tag (lower-case letters): 'Z1'"), bad.err());
    }

    @Test
    void helpAndVersionListItAfterZhtextsOwnEngines() {
        String help = Cli.run("segment", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("corenlp (Stanford CoreNLP") && help.contains(") | toy (test fixture)."), help);
        assertTrue(help.contains("-e, --engine=ENGINE hanlp (default: embedded) | "), "the default is still zhtext's first: " + help);
        assertTrue(help.contains("--toy-tag=TAG The tag of every word of the toy engine (default: x)."), help);
        assertTrue(Cli.run("--version").out().contains("Toy engine 1\n"));
    }
}
