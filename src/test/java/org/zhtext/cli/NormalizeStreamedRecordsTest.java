package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records of big files are streamed (the record's text written block by block as it is converted): the output
 * must be byte for byte that of the same files read whole (as {@code --encoding utf-8} reads them), in every
 * record format, with and without Excel mode, for texts whose first and last characters, commas, quotes, line
 * ends, tabs, backslashes and surrogate pairs decide CSV's quotes, Excel's apostrophe and the escapes.
 */
class NormalizeStreamedRecordsTest {
    @TempDir Path dir;

    /** Pieces of lines: traditional text to convert, and every character the formats treat specially. */
    private static final String[] PIECES = {"美方對台灣商品課徵關稅", "，", "後來雙方在日內瓦舉行談判", "。", ",", "\"", "\"\"", "\t",
        "\\", "\\n", "=SUM(A1)", "-1", "+2", "@x", "😀", "𫜰", "\u2028", "\u0001", " ", "#", "'", "\r\n", "\r", "abc"};

    /** A file of at least {@code bytes} bytes: {@code head}, random lines (or sentences, without line ends), {@code tail}. */
    private Path file(String name, String head, String tail, boolean lines, long seed) throws Exception {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder(head);
        long bytes = NormalizeCommand.STREAM_BYTES + 4096;
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            for (int k = 0; k < 2000; k++) {
                if (lines) {
                    int n = 1 + rnd.nextInt(8);
                    for (int i = 0; i < n; i++) sb.append(PIECES[rnd.nextInt(PIECES.length)]);
                    sb.append(rnd.nextInt(4) == 0 ? "\r\n" : "\n");
                } else {
                    sb.append(rnd.nextBoolean() ? "美方對台灣商品課徵關稅，後來雙方在日內瓦舉行談判。" : "台灣 😀 關稅 𫜰 談判。 ");
                }
            }
        }
        sb.append(tail);
        Path p = dir.resolve(name);
        Files.writeString(p, sb, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void streamedRecordsAreTheRecordsOfTheFilesReadWhole() throws Exception {
        List<String> inputs = new ArrayList<>();
        inputs.add(file("01-eq.txt", "=台灣", "結尾 ", true, 1).toString());
        Files.writeString(dir.resolve("02-small.txt"), "-臺灣,\"引號\"\n", StandardCharsets.UTF_8); // read whole (small)
        inputs.add(dir.resolve("02-small.txt").toString());
        inputs.add(file("03-minus.txt", "-1 台灣", "\t", true, 2).toString());
        inputs.add(file("04-quote.txt", "\"引號\"", "\r\n", true, 3).toString());
        inputs.add(file("05-tab.txt", "\t台灣", "x", true, 4).toString());
        inputs.add(file("06-at-plain.txt", "@台灣", "。", false, 5).toString()); // no CSV special: unquoted
        inputs.add(file("07-emoji-plain.txt", "😀台灣", "😀", false, 6).toString()); // starts and ends with a pair
        inputs.add(file("08-hash.txt", "#台灣", "。", false, 7).toString()); // starts with '#': quoted
        inputs.add(file("09-space.txt", " 台灣", "。", false, 8).toString()); // starts with ' ': quoted
        inputs.add(file("10-cr.txt", "\r台灣", "台灣", true, 9).toString());
        inputs.add(file("11-plus-plain.txt", "+台灣", " ", false, 10).toString()); // trailing space: quoted
        inputs.add(file("12-comma.txt", ",台灣", "\\", true, 11).toString());
        org.zhtext.normalize.ChineseConverter s = org.zhtext.normalize.ChineseConverter.get(org.zhtext.normalize.Target.SIMPLIFIED, false);
        for (String in : inputs) { // every big one is plain UTF-8, so streamed
            if (!in.endsWith("02-small.txt")) assertTrue(org.zhtext.normalize.StreamedFile.open(Path.of(in), s, true, Long.MAX_VALUE) != null, in);
        }
        int streamed = 0;
        for (String format : new String[] {"jsonl", "json", "csv", "tsv"}) {
            for (boolean excel : new boolean[] {false, true}) {
                Path a = dir.resolve("streamed-" + format + excel), b = dir.resolve("whole-" + format + excel);
                List<String> args = new ArrayList<>(List.of("normalize", "--to", "s", "-f", format, "-o", a.toString()));
                if (excel) args.add("--excel");
                args.addAll(inputs);
                Cli.Result r = Cli.run(args.toArray(String[]::new));
                assertEquals(0, r.code(), r.err());
                args.set(args.indexOf(a.toString()), b.toString());
                args.add(1, "--encoding");
                args.add(2, "utf-8"); // never streamed
                Cli.Result w = Cli.run(args.toArray(String[]::new));
                assertEquals(0, w.code(), w.err());
                byte[] sa = Files.readAllBytes(a), sb = Files.readAllBytes(b);
                assertTrue(sa.length > 11 * NormalizeCommand.STREAM_BYTES, format + ": " + sa.length);
                assertArrayEquals(sb, sa, format + (excel ? " --excel" : ""));
                streamed++;
            }
        }
        assertEquals(8, streamed);
    }
}
