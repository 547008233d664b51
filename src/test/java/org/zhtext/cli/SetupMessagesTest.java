package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.engine.EngineProvider;
import org.zhtext.engine.ModelSet;
import org.zhtext.pipeline.EngineRegistry;

/**
 * Setup and usage errors about a setting, worded by the CLI with its options (the pipeline's errors name none),
 * and the help and version built from the registered engines.
 */
class SetupMessagesTest {
    @TempDir Path dir;

    private Cli.Result run(String... args) throws Exception {
        Path a = dir.resolve("a.txt");
        if (!Files.exists(a)) Files.writeString(a, "美国宣布加征关税。");
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = a.toString();
        return Cli.run(all);
    }

    @Test
    void eachSettingIsNamedByItsOption() throws Exception {
        Path missing = dir.resolve("missing.txt");
        Cli.Result lexicon = run("segment", "--lexicon", missing.toString());
        assertEquals(2, lexicon.code());
        assertEquals("zhtext: --lexicon: no such file: " + missing + "\n", lexicon.err());

        Cli.Result standard = run("segment", "--standard", "bogus");
        assertEquals(2, standard.code());
        assertEquals("zhtext: --standard: unknown segmentation standard: bogus (pku, msr, cityu, as, ud)\n", standard.err());

        Cli.Result dates = run("analyze", "--dates", missing.toString());
        assertEquals(2, dates.code());
        assertEquals("zhtext: --dates: no such file: " + missing + "\nTry 'zhtext analyze --help' for usage.\n", dates.err());

        Path none = dir.resolve("none");
        Cli.Result models = run("entities", "--engine", "corenlp", "--corenlp-models", none.toString());
        assertEquals(2, models.code());
        assertEquals("zhtext: no CoreNLP models in " + none + ": run `zhtext models fetch corenlp` (or pass --corenlp-models DIR)\n",
                models.err());

        Cli.Result engine = run("segment", "--engine", "jieba");
        assertEquals(2, engine.code());
        assertEquals("zhtext: unknown engine 'jieba' (hanlp, corenlp, toy)\n", engine.err());
    }

    @Test
    void inputErrorsNameTheirOptionInTheCliAndNoneInTheLibrary() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', 'b', (byte) 0xff, (byte) 0xfe, (byte) 0x80, 'c'});
        Cli.Result undecodable = Cli.run("figures", bad.toString());
        assertEquals(1, undecodable.code());
        assertTrue(undecodable.err().contains(bad + ": not text in UTF-8") && undecodable.err().contains("(use --encoding to name the encoding)"),
                undecodable.err());
        // the library's own wording names the setting, not an option
        org.zhtext.io.InputException e = org.junit.jupiter.api.Assertions.assertThrows(org.zhtext.io.InputException.class,
                () -> new org.zhtext.io.ArticleReader(null, 2, null).read("x.txt", "美国宣布加征关税。".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("too large: 27 bytes exceeds the max-chars setting 2", e.getMessage());
        assertEquals("too large: 27 bytes exceeds --max-chars 2", SettingMessages.oneLine(e));

        Cli.Result tooLarge = run("figures", "--max-chars", "2");
        assertEquals(1, tooLarge.code());
        assertTrue(tooLarge.err().contains("exceeds --max-chars 2"), tooLarge.err());

        Path missing = dir.resolve("list.txt");
        Cli.Result list = Cli.run("figures", "--files-from", missing.toString());
        assertEquals(2, list.code());
        assertTrue(list.err().startsWith("zhtext: no such file: " + missing + " (--files-from)\n"), list.err());
    }

    @Test
    void helpAndVersionListTheRegisteredEngines() {
        StringBuilder engines = new StringBuilder();
        for (EngineProvider p : EngineRegistry.providers()) {
            engines.append(engines.length() > 0 ? " | " : "").append(p.name()).append(" (")
                    .append(p == EngineRegistry.defaultProvider() ? "default: " : "").append(p.summary()).append(")");
        }
        for (String command : new String[] {"segment", "entities", "analyze"}) {
            String help = Cli.run(command, "--help").out().replaceAll("\\s+", " ");
            assertTrue(help.contains("-e, --engine=ENGINE " + engines + ". --lexicon=FILE"), command + ": " + help);
        }
        assertTrue(engines.toString().startsWith("hanlp (default: embedded) | corenlp (Stanford CoreNLP; needs 'zhtext models fetch corenlp'"),
                engines.toString());

        String fetch = Cli.run("models", "fetch", "--help").out().replaceAll("\\s+", ""); // the help wraps inside words
        for (ModelSet m : ModelsCommand.sets()) {
            assertTrue(fetch.contains(("'" + m.name() + "': " + m.summary() + " (or --dir).").replaceAll("\\s+", "")), fetch);
        }
        assertTrue(fetch.contains("SETcorenlp--dir=DIR"), fetch);
        Cli.Result unknown = Cli.run("models", "fetch", "foo");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("zhtext: unknown model set 'foo' (corenlp)\n"), unknown.err());

        String version = Cli.run("--version").out();
        for (EngineProvider p : EngineRegistry.providers()) {
            for (String line : p.versions()) assertTrue(version.contains(line + "\n"), line + " in " + version);
        }
        assertTrue(version.contains("HanLP portable-1.8.6\n") && version.contains("Stanford CoreNLP 4.5.10"), version);
    }
}
