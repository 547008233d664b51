package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One uncleaned folder with every kind of bad input the issue names, run through the real {@code figures} and
 * {@code analyze} commands: good and decodable files are processed (a GB18030 or Big5 article's figures equal
 * its UTF-8 twin's), each bad one is named in one stderr line and one error record, the exit status is 1,
 * no stack trace is printed, and no article is missing from the output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputsTest {
    static final String SIMPLIFIED = "2025年9月13日，美国对中国商品加征200%关税，涉及80亿美元进口额。\n钢铁出口增长了5.2%，每公斤22.92美元。\n";
    static final String TRADITIONAL = "2025年9月13日，美國對中國商品加徵200%關稅，涉及80億美元進口額。\n鋼鐵出口增長了5.2%，每公斤22.92美元。\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    Path tmp;
    Path dir;
    /** Expected decoded text of every good input, by file name. */
    final Map<String, String> good = new LinkedHashMap<>();
    /** Expected start of the error message of every bad input, by file name. */
    final Map<String, String> bad = new LinkedHashMap<>();
    Cli.Result figures;
    Cli.Result analyze;
    Path errorsCsv;

    @BeforeAll
    void buildFolderAndRun(@TempDir Path tmp) throws Exception {
        this.tmp = tmp;
        dir = tmp.resolve("inbox");
        Files.createDirectories(dir);
        put("utf8.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8), SIMPLIFIED);
        put("utf8-trad.txt", TRADITIONAL.getBytes(StandardCharsets.UTF_8), TRADITIONAL);
        put("gb18030.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030")), SIMPLIFIED);
        put("big5.txt", TRADITIONAL.getBytes(Charset.forName("Big5")), TRADITIONAL);
        String crlf = SIMPLIFIED.replace("\n", "\r\n");
        put("bom-crlf.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, crlf.getBytes(StandardCharsets.UTF_8)), crlf);
        put("utf16le-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE)), SIMPLIFIED);
        put("utf16be-bom.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16BE)), SIMPLIFIED);
        put("名字 有 空格.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8), SIMPLIFIED);
        put("empty.txt", new byte[0], "");
        String punct = "，。！？、；：“”《》……——（）%%%".repeat(50);
        put("punctuation.txt", punct.getBytes(StandardCharsets.UTF_8), punct);
        String combining = "关税e\u0301增加了2\u0301\u0302%，中\u0300国对Ａ\u20dd商品加征25%关税。\n";
        put("combining.txt", combining.getBytes(StandardCharsets.UTF_8), combining);

        Files.write(dir.resolve("binary.txt"), binary());
        bad.put("binary.txt", "binary file");
        byte[] article = SIMPLIFIED.repeat(6).getBytes(StandardCharsets.UTF_8);
        int middle = article.length / 2;
        while ((article[middle] & 0xC0) == 0x80) middle++;
        Files.write(dir.resolve("invalid-utf8.txt"), concat(java.util.Arrays.copyOf(article, middle), new byte[] {(byte) 0xFF},
                java.util.Arrays.copyOfRange(article, middle, article.length)));
        bad.put("invalid-utf8.txt", "invalid UTF-8 byte sequence at byte " + middle);
        // UTF-16 with a broken pair: a high surrogate followed by an ordinary character
        byte[] u16 = "关税\uD83D增加".getBytes(StandardCharsets.UTF_16LE);
        Files.write(dir.resolve("lone-surrogate.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, fixSurrogate(u16)));
        bad.put("lone-surrogate.txt", "not valid UTF-16LE text: unpaired surrogate");
        // a file that vanishes between listing and reading: a dangling symlink is listed, and cannot be read
        Files.createSymbolicLink(dir.resolve("vanished.txt"), tmp.resolve("gone.txt"));
        bad.put("vanished.txt", "file vanished before it could be read");
        // a FIFO would block a reader forever
        if (new ProcessBuilder("mkfifo", dir.resolve("fifo.txt").toString()).start().waitFor() == 0) {
            bad.put("fifo.txt", "not a regular file");
        }
        // unreadable: only meaningful when not root (root reads anything)
        Path locked = dir.resolve("unreadable.txt");
        Files.writeString(locked, SIMPLIFIED);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(locked)) {
            System.err.println("BadInputsTest: running as root, unreadable.txt is readable and counts as a good file");
            good.put("unreadable.txt", SIMPLIFIED);
        } else {
            bad.put("unreadable.txt", "permission denied");
        }
        // a directory symlink loop
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        put("sub/inner.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8), SIMPLIFIED);

        errorsCsv = tmp.resolve("errors.csv");
        figures = Cli.run("figures", "-j", "2", "--errors", errorsCsv.toString(), dir.toString());
        analyze = Cli.run("analyze", "-j", "2", dir.toString());
    }

    @Test
    void exitStatusIsOneAndEveryBadFileIsNamedOnOneStderrLine() {
        for (Cli.Result r : List.of(figures, analyze)) {
            assertEquals(1, r.code(), r.err());
            for (var e : bad.entrySet()) {
                String prefix = "zhtext: " + dir + "/" + e.getKey() + ": ";
                List<String> lines = r.err().lines().filter(l -> l.startsWith(prefix)).toList();
                assertEquals(1, lines.size(), e.getKey() + " in " + r.err());
                assertTrue(lines.get(0).contains(e.getValue()), lines.get(0));
            }
            for (String name : good.keySet()) assertFalse(r.err().contains("/" + name + ":"), name + " reported: " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "stack trace on stderr: " + r.err());
            assertTrue(r.err().contains("sub/loop: directory already visited"), r.err());
        }
    }

    @Test
    void everyInputHasADocumentRecordAndEveryBadOneAnErrorRecord() throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode n : records(analyze.out())) {
            String file = n.get("file").asText().substring(dir.toString().length() + 1);
            if (n.get("record").asText().equals("document")) documents.put(file, n);
            if (n.get("record").asText().equals("error")) errors.put(file, n.get("error").asText());
        }
        TreeSet<String> all = new TreeSet<>(good.keySet());
        all.addAll(bad.keySet());
        assertEquals(all, new TreeSet<>(documents.keySet()), "every input has its document record");
        assertEquals(bad.keySet(), errors.keySet());
        for (var e : bad.entrySet()) {
            assertTrue(errors.get(e.getKey()).contains(e.getValue()), errors.get(e.getKey()));
            assertEquals(errors.get(e.getKey()), documents.get(e.getKey()).get("error").asText());
        }
        for (var e : good.entrySet()) {
            JsonNode d = documents.get(e.getKey());
            assertTrue(d.get("error").isNull(), e.getKey() + ": " + d);
            assertEquals(e.getValue().codePointCount(0, e.getValue().length()), d.get("chars").asInt(), e.getKey());
        }
    }

    @Test
    void errorsFileOfTheFiguresCommandListsTheBadInputs() throws IOException {
        List<String> lines = Files.readAllLines(errorsCsv);
        assertEquals("file,error", lines.get(0));
        assertEquals(bad.size(), lines.size() - 1, lines.toString());
        for (String name : bad.keySet()) assertTrue(lines.stream().anyMatch(l -> l.startsWith(dir + "/" + name + ",") || l.startsWith("\"" + dir + "/" + name)), name);
    }

    @Test
    void everySpanSlicesTheDecodedOriginal() throws IOException {
        int checked = 0;
        for (Cli.Result r : List.of(figures, analyze)) {
            for (JsonNode n : records(r.out())) {
                if (!n.has("start") || n.get("start").isNull()) continue;
                String original = good.get(n.get("file").asText().substring(dir.toString().length() + 1));
                int s = original.offsetByCodePoints(0, n.get("start").asInt());
                int e = original.offsetByCodePoints(0, n.get("end").asInt());
                assertEquals(original.substring(s, e), n.get("text").asText(), n.toString());
                checked++;
            }
        }
        assertTrue(checked > 100, "spans checked: " + checked);
    }

    @Test
    void legacyAndUtf16ArticlesGiveTheFiguresOfTheirUtf8Twins() throws IOException {
        Map<String, List<String>> byFile = figuresByFile();
        assertFalse(byFile.get("utf8.txt").isEmpty());
        assertEquals(byFile.get("utf8.txt"), byFile.get("gb18030.txt"));
        assertEquals(byFile.get("utf8.txt"), byFile.get("utf16le-bom.txt"));
        assertEquals(byFile.get("utf8.txt"), byFile.get("utf16be-bom.txt"));
        assertEquals(byFile.get("utf8.txt"), byFile.get("名字 有 空格.txt"));
        assertEquals(byFile.get("utf8-trad.txt"), byFile.get("big5.txt"));
        // the BOM is not text; CRLF is, so the second line's offsets move by one
        List<String> crlf = byFile.get("bom-crlf.txt");
        assertEquals(byFile.get("utf8.txt").size(), crlf.size());
        assertEquals(byFile.get("utf8.txt").get(0), crlf.get(0));
        assertTrue(byFile.get("combining.txt").stream().anyMatch(f -> f.contains("25%")), byFile.get("combining.txt").toString());
        assertEquals(null, byFile.get("punctuation.txt"), "no figure in punctuation");
    }

    private Map<String, List<String>> figuresByFile() throws IOException {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (JsonNode n : records(figures.out())) {
            String file = n.get("file").asText().substring(dir.toString().length() + 1);
            m.computeIfAbsent(file, k -> new ArrayList<>()).add(n.get("kind").asText() + " " + n.get("text").asText() + " "
                    + n.get("start").asInt() + "-" + n.get("end").asInt() + " " + n.get("value") + " " + n.get("currency"));
        }
        return m;
    }

    static List<JsonNode> records(String jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonl.lines().collect(Collectors.toList())) out.add(JSON.readTree(line));
        return out;
    }

    private void put(String name, byte[] bytes, String decoded) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        good.put(name, decoded);
    }

    private static byte[] binary() {
        byte[] b = new byte[4096];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 31);
        return b;
    }

    /** Java's encoder replaces a lone surrogate with '?': put the raw unit back (UTF-16LE bytes). */
    private static byte[] fixSurrogate(byte[] u16) {
        // 关 税 ? 增 加: the third unit is at bytes 4..5
        u16[4] = 0x3D;
        u16[5] = (byte) 0xD8;
        return u16;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int k = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }
}
