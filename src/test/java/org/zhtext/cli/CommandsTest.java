package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The other commands through the real CLI: formats, options and setup errors. */
class CommandsTest {
    @TempDir Path dir;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void hanlpLoadsAheadOnlyForRunsThatUseIt() {
        assertTrue(Main.usesDefaultEngine(new String[] {"analyze", "samples/"}));
        assertTrue(Main.usesDefaultEngine(new String[] {"segment", "--format", "conllu", "a.txt"}));
        assertTrue(Main.usesDefaultEngine(new String[] {"analyze", "--only", "document,entity", "samples/"}));
        assertTrue(Main.usesDefaultEngine(new String[] {"analyze", "--only=figure", "--only=token", "samples/"}));
        assertFalse(Main.usesDefaultEngine(new String[] {}));
        assertFalse(Main.usesDefaultEngine(new String[] {"figures", "samples/"}));
        assertFalse(Main.usesDefaultEngine(new String[] {"normalize", "samples/"}));
        assertFalse(Main.usesDefaultEngine(new String[] {"analyze", "--only", "figure,document", "samples/"}));
        assertFalse(Main.usesDefaultEngine(new String[] {"analyze", "--only=figure", "samples/"}));
        assertFalse(Main.usesDefaultEngine(new String[] {"entities", "--engine", "corenlp", "samples/"}));
        assertFalse(Main.usesDefaultEngine(new String[] {"segment", "-ecorenlp", "samples/"}));
        assertFalse(Main.usesDefaultEngine(new String[] {"analyze", "--help"}));
        // the trained tagger's model too, when the run wants its entities
        assertTrue(Main.usesTrainedTagger(new String[] {"analyze", "samples/"}));
        assertTrue(Main.usesTrainedTagger(new String[] {"entities", "--ner", "model", "a.txt"}));
        assertTrue(Main.usesTrainedTagger(new String[] {"analyze", "--only=token", "--only=entity", "samples/"}));
        assertFalse(Main.usesTrainedTagger(new String[] {"analyze", "--only", "token,figure", "samples/"}));
        assertFalse(Main.usesTrainedTagger(new String[] {"entities", "--ner", "rules", "a.txt"}));
        assertFalse(Main.usesTrainedTagger(new String[] {"analyze", "--ner=rules", "samples/"}));
        assertFalse(Main.usesTrainedTagger(new String[] {"segment", "a.txt"}));
        assertFalse(Main.usesTrainedTagger(new String[] {"entities", "--engine", "corenlp", "a.txt"}));
        assertFalse(Main.usesTrainedTagger(new String[] {"figures", "samples/"}));
        // the engine's own recognizers only when its entities are wanted and do not come from the tagger
        assertTrue(Main.wantsEntities(new String[] {"analyze", "--ner=rules", "samples/"}));
        assertTrue(Main.wantsEntities(new String[] {"entities", "a.txt"}));
        assertFalse(Main.wantsEntities(new String[] {"segment", "a.txt"}));
        assertFalse(Main.wantsEntities(new String[] {"analyze", "--only", "token,figure", "samples/"}));
    }

    @Test
    void aSubcommandBuiltAloneHasTheSameModelAsInTheFullTree() {
        // Main builds only the named subcommand (faster start); its options and help must not change
        Streams none = new Streams(new java.io.ByteArrayInputStream(new byte[0]), new java.io.ByteArrayOutputStream(),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), false, false);
        picocli.CommandLine full = Main.commandLine(none);
        assertEquals(10, full.getSubcommands().size(), full.getSubcommands().keySet().toString());
        for (String name : full.getSubcommands().keySet()) {
            picocli.CommandLine alone = Main.commandLine(none, name, "--help");
            assertEquals(java.util.Set.of(name), alone.getSubcommands().keySet());
            assertEquals(full.getSubcommands().get(name).getUsageMessage(), alone.getSubcommands().get(name).getUsageMessage(), name);
        }
    }

    @Test
    void segmentTextConlluAndUdTags() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "美國財政部長貝森特表示，關稅將提高。\n中美雙方同意延長休戰。");
        Cli.Result text = Cli.run("segment", "--format", "text", dir.resolve("a.txt").toString());
        assertEquals(0, text.code(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals(2, lines.size(), text.out());
        assertTrue(lines.get(0).contains("貝森特"), "original script and a lexicon name kept whole: " + lines.get(0));
        assertEquals("美國財政部長貝森特表示，關稅將提高。", lines.get(0).replace(" ", ""));
        assertEquals("中美雙方同意延長休戰。", lines.get(1).replace(" ", ""));

        Cli.Result conllu = Cli.run("segment", "--format", "conllu", dir.resolve("a.txt").toString());
        assertTrue(conllu.out().contains("# text = 美國財政部長貝森特表示，"), conllu.out());
        assertTrue(conllu.out().lines().anyMatch(l -> l.matches("\\d+\t貝森特\t_\tPROPN\tnr\\w*\t.*")), conllu.out());

        Cli.Result ud = Cli.run("segment", "--tagset", "ud", dir.resolve("a.txt").toString());
        for (String l : ud.out().split("\n")) {
            String pos = json.readTree(l).get("pos").asText();
            assertTrue(pos.matches("[A-Z]+"), "UPOS expected: " + l);
        }
    }

    @Test
    void entitiesUniqueCountsMentions() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "贝森特与格里尔会面。贝森特（Scott Bessent）表示满意。");
        Cli.Result r = Cli.run("entities", "--unique", "--format", "csv", dir.resolve("a.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("file,type,normalized,count\r\n"), r.out());
        assertTrue(r.out().contains(",person,贝森特,2\r\n"), r.out());
        assertTrue(r.out().contains(",person,Scott Bessent,1\r\n"), r.out());
    }

    @Test
    void countryAbbreviationsCanBeTurnedOff() {
        String text = "中美关系稳定，美国表示欢迎。";
        Cli.Result on = Cli.runWithStdin(text, "entities", "--format", "tsv");
        assertEquals(0, on.code(), on.err());
        assertTrue(on.out().contains("\tlocation\t中\t0\t1\t"), on.out());
        Cli.Result off = Cli.runWithStdin(text, "entities", "--no-country-abbreviations", "--format", "tsv");
        assertEquals(0, off.code(), off.err());
        assertFalse(off.out().contains("\t中\t0\t1\t"), off.out());
        assertTrue(off.out().contains("\tlocation\t美国\t"), off.out());
        Cli.Result analyze = Cli.runWithStdin(text, "analyze", "--no-country-abbreviations");
        assertEquals(0, analyze.code(), analyze.err());
        assertFalse(analyze.out().contains("\"record\":\"entity\",\"file\":\"-\",\"type\":\"location\",\"text\":\"中\""), analyze.out());
        assertTrue(analyze.out().contains("\"text\":\"美国\""), analyze.out());
    }

    @Test
    void theMsraGuidelineKeepsOneCountryAbbreviationsAndMinistriesInTitles() {
        // sentences written for this test: one-country abbreviations (X方, 对X, 赴X, 访X) and a ministry before 长
        String text = "韩方对此表示遗憾，日本外务大臣下月赴华，德国财政部长也将访美。";
        Cli.Result zhtext = Cli.runWithStdin(text, "entities", "--format", "tsv");
        assertEquals(0, zhtext.code(), zhtext.err());
        assertFalse(zhtext.out().contains("\tlocation\t韩\t0\t1\t"), zhtext.out());
        assertFalse(zhtext.out().contains("\t德国财政部\t"), zhtext.out());
        assertTrue(zhtext.out().contains("\tlocation\t德国\t"), zhtext.out());
        Cli.Result msra = Cli.runWithStdin(text, "entities", "--entity-guideline", "msra", "--format", "tsv");
        assertEquals(0, msra.code(), msra.err());
        assertTrue(msra.out().contains("\tlocation\t韩\t0\t1\t"), msra.out());
        assertTrue(msra.out().contains("\torganization\t德国财政部\t"), msra.out());
        assertTrue(msra.out().split("\tlocation\t.\t", -1).length - 1 >= 3, "韩, 华, 美: " + msra.out());
        Cli.Result analyze = Cli.runWithStdin(text, "analyze", "--entity-guideline", "msra");
        assertEquals(0, analyze.code(), analyze.err());
        assertTrue(analyze.out().contains("\"type\":\"location\",\"text\":\"韩\""), analyze.out());
        Cli.Result bad = Cli.runWithStdin(text, "entities", "--entity-guideline", "pku");
        assertEquals(2, bad.code(), bad.err());
    }

    @Test
    void corenlpWithoutModelsIsASetupError() {
        Cli.Result r = Cli.runWithStdin("关税", "segment", "--engine", "corenlp", "--corenlp-models", dir.resolve("none").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("zhtext models fetch corenlp"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        Cli.Result bad = Cli.runWithStdin("关税", "segment", "--engine", "jieba");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown engine 'jieba'"), bad.err());
    }

    @Test
    void referenceDatesFromACsvTable() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "美方宣布自10月1日起加征关税。");
        Files.writeString(dir.resolve("b.txt"), "美方宣布自10月1日起加征关税。");
        Files.writeString(dir.resolve("dates.csv"), "\uFEFFfile,date\r\nb.txt,2024-12-30\r\n");
        Cli.Result r = Cli.run("analyze", "--only", "document,figure", "--dates", dir.resolve("dates.csv").toString(),
                "--reference-date", "2025-09-01", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> recs = r.out().lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertEquals("2025-09-01", recs.get(0).get("reference_date").asText());
        assertEquals("option", recs.get(0).get("reference_date_source").asText());
        assertEquals("2025-10-01", recs.get(1).get("value").asText());
        assertEquals("2024-12-30", recs.get(2).get("reference_date").asText(), "the --dates row wins, found by base name");
        assertEquals("2024-10-01", recs.get(3).get("value").asText());
    }

    @Test
    void htmlArticlesAreReducedToTheirText() throws Exception {
        Files.writeString(dir.resolve("p.html"), "<html><head><title>关税新闻</title><script>var x='20%';</script></head>"
                + "<body><nav>首页 50%</nav><article><h1>关税新闻</h1><p>美方加征25%关税。</p></article><footer>版权 30%</footer></body></html>");
        Path texts = dir.resolve("texts");
        Cli.Result r = Cli.run("analyze", "--only", "figure", "--emit-text", texts.toString(), dir.toString());
        assertEquals(0, r.code(), r.err());
        Path p = dir.resolve("p.html");
        assertEquals("关税新闻\n美方加征25%关税。\n", Files.readString(texts.resolve(p.getRoot().relativize(p) + ".txt")));
        List<String> values = r.out().lines().map(l -> {
            try {
                return json.readTree(l).get("text").asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertEquals(List.of("25%"), values, "script, navigation and footer text are not analyzed");
    }

    @Test
    void skipUnchangedProcessesOnlyNewOrChangedInputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "加征20%关税。");
        Files.writeString(in.resolve("b.txt"), "加征30%关税。");
        Path state = dir.resolve("state.json");
        Cli.Result first = Cli.run("analyze", "--only", "figure", "--skip-unchanged", state.toString(), in.toString());
        assertEquals(2, first.out().lines().count(), first.out());
        Files.writeString(in.resolve("b.txt"), "加征35%关税。");
        Cli.Result second = Cli.run("analyze", "--only", "figure", "--skip-unchanged", state.toString(), in.toString());
        assertEquals(0, second.code(), second.err());
        assertEquals(1, second.out().lines().count(), second.out());
        assertTrue(second.out().contains("35%"));
        assertTrue(second.err().contains("1 unchanged inputs skipped"), second.err());
        Cli.Result otherSettings = Cli.run("analyze", "--only", "figure", "--tariff-only", "--skip-unchanged", state.toString(), in.toString());
        assertEquals(2, otherSettings.out().lines().count(), "other settings: nothing is skipped");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("analyze", "--only", "words", "samples").code());
        assertEquals(2, Cli.run("figures", "--kinds", "speed", "samples").code());
        assertEquals(2, Cli.run("figures", "--reference-date", "2025/09/01", "samples").code());
        assertEquals(2, Cli.run("frobnicate").code());
        Cli.Result none = Cli.run("figures");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no input"), none.err());
    }

    @Test
    void evalSegmentScoresAGoldFile() throws Exception {
        Files.writeString(dir.resolve("gold.txt"), "美方  宣布  加征  关税  。\r\n贝森特  表示  满意  。\r\n");
        Files.writeString(dir.resolve("input.txt"), "美方宣布加征关税。\r\n贝森特表示满意。\r\n");
        Cli.Result r = Cli.run("eval", "segment", "--gold", dir.resolve("gold.txt").toString(), "--input", dir.resolve("input.txt").toString());
        assertEquals(0, r.code(), r.err());
        String[] row = r.out().lines().skip(1).findFirst().orElseThrow().trim().split("\\s+");
        assertEquals("2", row[1], r.out());
        double f1 = Double.parseDouble(row[4]);
        assertTrue(f1 > 0.5 && f1 <= 1.0, r.out());
        assertEquals(2, Cli.run("eval", "segment", "--gold", dir.resolve("missing").toString()).code());
    }

    @Test
    void modelsStatusNamesTheFolders() {
        Cli.Result r = Cli.run("models", "status");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("lexicon/news-names.txt") && r.out().contains("corenlp:"), r.out());
    }

    @Test
    void versionNamesTheEngines() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code());
        for (String s : List.of("zhtext", "HanLP", "OpenCC4j", "CoreNLP", "Java")) assertTrue(r.out().contains(s), r.out());
    }
}
