package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizeCommandTest {
    @TempDir Path dir;

    @Test
    void traditionalToSimplifiedAsJsonl() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "美方對台灣商品課徵關稅。", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("normalize", "--format", "jsonl", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(dir + "/a.txt", n.get("file").asText());
        assertEquals("traditional", n.get("script").asText());
        assertEquals("simplified", n.get("to").asText());
        assertEquals("美方对台湾商品课征关税。", n.get("text").asText());
        assertTrue(n.get("changed_chars").asInt() >= 5);
    }

    @Test
    void binaryAmongGoodFilesIsReportedAndTheRestWritten() throws Exception {
        Files.writeString(dir.resolve("1.txt"), "關稅", StandardCharsets.UTF_8);
        Files.write(dir.resolve("2.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3});
        Files.write(dir.resolve("3.txt"), "後來".getBytes(Charset.forName("Big5")));
        Cli.Result r = Cli.run("normalize", dir.toString());
        assertEquals(1, r.code());
        assertEquals("关税后来", r.out());
        String[] errLines = r.err().strip().split("\n");
        assertEquals(1, errLines.length, r.err());
        assertTrue(errLines[0].startsWith("zhtext: " + dir + "/2.txt: binary"), r.err());
    }

    @Test
    void bigFilesAreStreamedInOrderAmongSmallOnes() throws Exception {
        String line = "美方對台灣商品課徵關稅，後來雙方在日內瓦舉行談判。\n";
        String big = line.repeat(1 + (int) (NormalizeCommand.STREAM_BYTES / line.getBytes(StandardCharsets.UTF_8).length));
        Files.writeString(dir.resolve("1.txt"), "關稅", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2.txt"), big, StandardCharsets.UTF_8);
        Files.write(dir.resolve("3.txt"), big.getBytes(Charset.forName("Big5"))); // not UTF-8: read whole
        Files.writeString(dir.resolve("4.txt"), "後來", StandardCharsets.UTF_8);
        String converted = "美方对台湾商品课征关税，后来双方在日内瓦举行谈判。\n".repeat(big.length() / line.length());
        for (String threads : new String[] {"1", "2"}) {
            Cli.Result r = Cli.run("normalize", "-j", threads, dir.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("关税" + converted + converted + "后来", r.out());
        }
        // records: the one record of the file, as when read whole
        Cli.Result json = Cli.run("normalize", "-f", "jsonl", dir.resolve("2.txt").toString());
        assertEquals(0, json.code(), json.err());
        JsonNode n = new ObjectMapper().readTree(json.out());
        org.zhtext.core.Conversion whole = org.zhtext.normalize.ChineseConverter.simplified().convert(big);
        assertEquals(whole.text(), n.get("text").asText());
        assertEquals(whole.changedChars(), n.get("changed_chars").asInt());
        assertEquals("traditional", n.get("script").asText());
        assertEquals(1, json.out().strip().split("\n").length);
        // --output-dir: written into the file as converted
        Path out = dir.resolveSibling(dir.getFileName() + "-out");
        Cli.Result od = Cli.run("normalize", "--output-dir", out.toString(), dir.resolve("2.txt").toString());
        assertEquals(0, od.code(), od.err());
        try (var files = Files.walk(out)) {
            Path written = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            assertEquals(converted, Files.readString(written, StandardCharsets.UTF_8));
        }
        // --max-chars bounds streamed files only when given, with the message of a file read whole
        Cli.Result r = Cli.run("normalize", "--max-chars", "1000", dir.resolve("2.txt").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("too large: ") && r.err().contains(" exceeds --max-chars 1000"), r.err());
    }

    @Test
    void missingPathIsAUsageError() {
        Cli.Result r = Cli.run("normalize", dir.resolve("nope.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file or directory: " + dir.resolve("nope.txt")), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badTargetIsAUsageError() {
        Cli.Result r = Cli.runWithStdin("x", "normalize", "--to", "klingon");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--to"), r.err());
    }

    @Test
    void stdinIsReadWhenNoPathIsGiven() {
        Cli.Result r = Cli.runWithStdin("干部头发", "normalize", "--to", "traditional");
        assertEquals(0, r.code(), r.err());
        assertEquals("幹部頭髮", r.out());
    }

    @Test
    void outputDirKeepsRelativePathsAndNeverOverwritesInputs() throws Exception {
        Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/sub/x.txt"), "發展");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("normalize", "--output-dir", out.toString(), dir.resolve("in").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("发展", Files.readString(out.resolve("sub/x.txt")));
        // writing into the input's own folder must refuse to overwrite it: a usage error before anything is written
        Cli.Result again = Cli.run("normalize", "--output-dir", dir.resolve("in/sub").toString(), dir.resolve("in/sub/x.txt").toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("refusing to write") && again.err().contains("it is one of the inputs"), again.err());
        assertEquals("發展", Files.readString(dir.resolve("in/sub/x.txt")));
    }

    @Test
    void outputFileIsWrittenAtomically() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "臺灣");
        Path o = dir.resolve("res/out.csv");
        Cli.Result r = Cli.run("normalize", "--format", "csv", "-o", o.toString(), dir.resolve("a.txt").toString());
        assertEquals(0, r.code(), r.err());
        String csv = Files.readString(o);
        assertTrue(csv.startsWith("file,script,to,changed_chars,text\r\n"), csv);
        assertFalse(Files.list(o.getParent()).anyMatch(p -> p.getFileName().toString().endsWith(".part")));
    }
}
