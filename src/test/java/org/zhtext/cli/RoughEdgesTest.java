package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user trips on, through the real CLI: the formats each command offers (help, error and what runs
 * agree), suggestions for a mistyped command or option, {@code -j} below 1, paths that hold no article, and
 * where {@code analyze --emit-text} writes each text.
 */
class RoughEdgesTest {
    private static final String ARTICLE = "2025年9月13日，美国对中国商品加征200%关税，涉及80亿美元进口额。\n";
    private static final List<String> ALL_FORMATS = List.of("jsonl", "json", "csv", "tsv", "text", "conllu");

    @TempDir Path dir;

    /** Every article command's formats, as its help must list them, in that order. */
    private static final Map<String, List<String>> FORMATS = Map.of(
            "normalize", List.of("text", "jsonl", "json", "csv", "tsv"),
            "segment", List.of("jsonl", "json", "csv", "tsv", "conllu", "text"),
            "entities", List.of("jsonl", "json", "csv", "tsv"),
            "figures", List.of("jsonl", "json", "csv", "tsv"),
            "analyze", List.of("jsonl", "json", "csv", "tsv"));

    @Test
    void eachCommandListsAcceptsAndNamesExactlyItsFormats() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        for (Map.Entry<String, List<String>> e : FORMATS.entrySet()) {
            String cmd = e.getKey();
            List<String> formats = e.getValue();
            Cli.Result help = Cli.run(cmd, "--help");
            assertEquals(0, help.code());
            Matcher m = Pattern.compile("--format=FORMAT\\s+(.*?)(?: \\(|\\. Default)", Pattern.DOTALL).matcher(help.out());
            assertTrue(m.find(), help.out());
            assertEquals(formats, List.of(m.group(1).replaceAll("\\s+", " ").split(", ")), cmd + " help");

            String named = String.join(", ", formats.subList(0, formats.size() - 1)) + " or " + formats.get(formats.size() - 1);
            for (String f : ALL_FORMATS) {
                Cli.Result r = Cli.run(cmd, "--format", f, article.toString());
                if (formats.contains(f)) {
                    assertEquals(0, r.code(), cmd + " --format " + f + ": " + r.err());
                    assertFalse(r.out().isEmpty(), cmd + " --format " + f);
                } else {
                    assertEquals(2, r.code(), cmd + " --format " + f);
                    assertEquals("zhtext: --format " + f + ": " + cmd + " writes " + named, r.err().lines().findFirst().orElseThrow());
                    assertEquals("", r.out());
                }
            }
            // an unknown format is named the same way, and before the inputs are looked at
            Cli.Result xml = Cli.run(cmd, "--format", "xml", dir.resolve("missing").toString());
            assertEquals(2, xml.code());
            assertEquals("zhtext: --format xml: " + cmd + " writes " + named, xml.err().lines().findFirst().orElseThrow());
        }
    }

    @Test
    void mistypedCommandsAndOptionsGetSuggestions() {
        assertFirstLine("zhtext: unknown command 'figure'. Did you mean: figures?", 2, "figure", "samples/");
        assertFirstLine("zhtext: unknown command 'entity'. Did you mean: entities?", 2, "entity", "samples/");
        assertFirstLine("zhtext: unknown command 'normalise'. Did you mean: normalize?", 2, "normalise");
        assertFirstLine("zhtext: unknown command 'frobnicate'", 2, "frobnicate");
        assertFirstLine("zhtext: 'samples' is not a command: name one first, e.g. zhtext analyze samples", 2, "samples");
        assertFirstLine("zhtext: 'zhtext models' has no command 'stats'. Did you mean: status?", 2, "models", "stats");
        assertFirstLine("zhtext: unknown option '--formt'. Did you mean: --format?", 2, "figures", "--formt", "csv", "samples/");
        assertFirstLine("zhtext: unknown option '--tarif-only'. Did you mean: --tariff-only?", 2, "analyze", "--tarif-only", "samples/");
        assertFirstLine("zhtext: unknown option '--emit'. Did you mean: --emit-text?", 2, "analyze", "--emit", "t", "samples/");
        assertFirstLine("zhtext: unknown option '--emit'", 2, "figures", "--emit", "t", "samples/");
        Cli.Result r = Cli.run("figure", "samples/");
        assertEquals("Try 'zhtext --help' for usage.", r.err().lines().skip(1).findFirst().orElseThrow());
        assertEquals(2, r.err().lines().count(), r.err());
    }

    @Test
    void suggestionsAreOnlyCloseWords() {
        assertEquals(List.of("figures"), ParseErrors.close("figure", List.of("figures", "segment")));
        assertEquals(List.of(), ParseErrors.close("frobnicate", List.of("generate-completion")));
        assertEquals(List.of("eval"), ParseErrors.close("evaluate", List.of("eval", "analyze")));
        assertEquals(1, ParseErrors.distance("segmnet", "segment"), "a swap of neighbours is one edit");
        assertEquals(3, ParseErrors.distance("entity", "entities"));
    }

    @Test
    void threadsMustBeAtLeastOne() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        for (String j : List.of("0", "-1", "-8")) {
            assertFirstLine("zhtext: Invalid value for option '--threads': '" + j + "' is less than 1 (at least one worker thread is needed)", 2,
                    "figures", "-j", j, article.toString());
            assertFirstLine("zhtext: Invalid value for option '--threads': '" + j + "' is less than 1 (at least one worker thread is needed)", 2,
                    "analyze", "--threads=" + j, article.toString());
        }
        assertFirstLine("zhtext: Invalid value for option '--threads': 'two' is not a whole number", 2, "segment", "-j", "two", article.toString());
        Cli.Result one = Cli.run("figures", "-j", "1", article.toString());
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), Cli.run("figures", "-j", "3", article.toString()).out());
        // the largest int: the reorder window (4 per thread) must not overflow
        Cli.Result most = Cli.run("figures", "-j", String.valueOf(Integer.MAX_VALUE), article.toString());
        assertEquals(0, most.code(), most.err());
        assertEquals(one.out(), most.out());
    }

    @Test
    void pathsWithoutArticlesAreAFailureNamingThePaths() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path pdfs = Files.createDirectories(dir.resolve("pdfs/sub"));
        Files.write(pdfs.resolve("a.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Path list = Files.writeString(dir.resolve("list.txt"), "\n");
        Path out = dir.resolve("out.csv");
        for (String cmd : FORMATS.keySet()) {
            Cli.Result r = Cli.run(cmd, "-o", out.toString(), empty.toString(), dir.resolve("pdfs").toString());
            assertEquals(1, r.code(), cmd + ": " + r.err());
            assertEquals("zhtext: no input files found under " + empty + ", " + dir.resolve("pdfs")
                    + " (looked for *.txt, *.html, *.htm; choose others with --glob)\n", r.err(), cmd);
            assertEquals("", r.out());
            assertFalse(Files.exists(out), "nothing written");
        }
        assertFirstLine("zhtext: no input files found under " + empty + " (looked for *.md)", 1, "figures", "--glob", "*.md", empty.toString());
        assertFirstLine("zhtext: no input files found in --files-from " + list
                + " (looked for *.txt, *.html, *.htm; choose others with --glob)", 1, "entities", "--files-from", list.toString());
        // stdin is an input, even when empty; a glob that matches makes the folder an input again
        Cli.Result stdin = Cli.runWithStdin("", "figures", "-");
        assertEquals(0, stdin.code(), stdin.err());
        Cli.Result pdf = Cli.run("figures", "--glob", "*.pdf", dir.resolve("pdfs").toString());
        assertEquals(0, pdf.code(), pdf.err());
    }

    @Test
    void emitTextWritesTheFileColumnAsATxtFile() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/a.txt"), ARTICLE);
        Files.writeString(dir.resolve("in/a.txt.txt"), "关税" + ARTICLE);
        Files.writeString(dir.resolve("in/a.html"), "<html><body><p>" + ARTICLE + "</p></body></html>");
        Files.writeString(in.resolve("b.htm"), "<p>钢铁出口增长了5.2%。</p>");
        Path texts = dir.resolve("texts");
        // an absolute folder: the file column is absolute, its text below DIR without the leading / (a relative
        // folder keeps its prefix: AnalyzeCommandTest finds samples/NAME's text at DIR/samples/NAME.txt)
        Cli.Result r = Cli.run("analyze", "--only", "document", "--emit-text", texts.toString(), dir.resolve("in").toString());
        assertEquals(0, r.code(), r.err());
        List<String> files = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            String file = line.replaceAll(".*\"file\":\"([^\"]*)\".*", "$1");
            files.add(file);
            Path text = texts.resolve(file.replaceFirst("^/+", "") + (file.endsWith(".txt") ? "" : ".txt"));
            assertTrue(Files.isRegularFile(text), file + " → " + text);
        }
        assertEquals(4, files.size(), r.out());
        assertEquals(ARTICLE, Files.readString(texts.resolve(rootless(dir.resolve("in/a.txt")))), "a .txt name is kept");
        assertEquals("关税" + ARTICLE, Files.readString(texts.resolve(rootless(dir.resolve("in/a.txt.txt")))));
        assertEquals(ARTICLE.strip(), Files.readString(texts.resolve(rootless(dir.resolve("in/a.html")) + ".txt")).strip(), "HTML reduced to its text");
        try (Stream<Path> s = Files.walk(texts)) {
            assertEquals(4, s.filter(Files::isRegularFile).count(), "one text per input, none shared");
        }
        // stdin is "-" in records: its text is -.txt
        Cli.Result stdin = Cli.runWithStdin(ARTICLE, "analyze", "--only", "document", "--emit-text", texts.toString(), "-");
        assertEquals(0, stdin.code(), stdin.err());
        assertEquals(ARTICLE, Files.readString(texts.resolve("-.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void emitTextNeverMapsTwoInputsToOneFileNorLeavesItsFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/x.txt"));
        Files.writeString(dir.resolve("in/a.txt"), ARTICLE);
        Files.writeString(dir.resolve("in/x"), ARTICLE);
        Files.writeString(in.resolve("y.txt"), ARTICLE);
        Path texts = dir.resolve("texts");
        // one file named twice (the second through ..): the same file column after folding, refused
        String a = dir.resolve("in/a.txt").toString();
        String aAgain = dir.resolve("in/x.txt/../a.txt").toString();
        Cli.Result r = Cli.run("analyze", "--only", "document", "--emit-text", texts.toString(), a, aAgain);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("zhtext: --emit-text: " + a + " and " + aAgain + " would both be written to "), r.err());
        assertFalse(Files.exists(texts), "nothing written");
        // in/x → in/x.txt, a file where in/x.txt/y.txt needs a folder
        r = Cli.run("analyze", "--only", "document", "--emit-text", texts.toString(), dir.resolve("in/x").toString(), dir.resolve("in").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("which " + dir.resolve("in/x.txt/y.txt") + " needs as a folder"), r.err());
        // the text of in/a.txt below / would replace the input itself
        r = Cli.run("analyze", "--only", "document", "--emit-text", dir.getRoot().toString(), a);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("it is one of the inputs"), r.err());
        assertEquals(ARTICLE, Files.readString(dir.resolve("in/a.txt")));
        // in/x and in/x.txt: both texts would be in/x.txt
        Files.writeString(dir.resolve("in/y"), ARTICLE);
        Files.writeString(dir.resolve("in/y.txt"), ARTICLE);
        r = Cli.run("analyze", "--only", "document", "--emit-text", texts.toString(), dir.resolve("in/y").toString(), dir.resolve("in/y.txt").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("would both be written to"), r.err());
        // a path with leading ../ parts: they are dropped, the text stays below DIR
        Path cwdRelative = Path.of("").toAbsolutePath().relativize(dir.resolve("in/a.txt"));
        assertEquals(Path.of("in/a.txt"), OutputPaths.textCopy(new org.zhtext.io.Input("../in/a.txt", null, null)));
        assertEquals(Path.of("data/a.TXT"), OutputPaths.textCopy(new org.zhtext.io.Input("/data/./a.TXT", null, null)));
        assertEquals(Path.of("a.txt"), OutputPaths.textCopy(new org.zhtext.io.Input("x/../../../a.txt", null, null)));
        assertEquals(Path.of("b.html.txt"), OutputPaths.textCopy(new org.zhtext.io.Input("b.html", null, null)));
        assertEquals(Path.of("c.txt"), OutputPaths.textCopy(new org.zhtext.io.Input("c", null, null)));
        assertEquals(Path.of("-.txt"), OutputPaths.textCopy(new org.zhtext.io.Input("-", null, null)));
        r = Cli.run("analyze", "--only", "document", "--emit-text", texts.toString(), cwdRelative.toString());
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> s = Files.walk(texts)) {
            List<Path> written = s.filter(Files::isRegularFile).toList();
            assertEquals(1, written.size(), written.toString());
            assertTrue(written.get(0).startsWith(texts) && written.get(0).toString().endsWith("in/a.txt"), written.toString());
        }
    }

    private static String rootless(Path p) {
        return p.getRoot().relativize(p).toString();
    }

    private static void assertFirstLine(String expected, int code, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(code, r.code(), String.join(" ", args) + ": " + r.err());
        assertEquals(expected, r.err().lines().findFirst().orElse(""), String.join(" ", args));
    }
}
