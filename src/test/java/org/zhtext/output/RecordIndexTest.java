package org.zhtext.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RecordIndex} reads back, for every file, exactly the bytes {@link RowFormat#render} made of its rows, in every
 * format and mode, with file names and values that need quoting and escaping; files that are not whole tables are
 * refused.
 */
class RecordIndexTest {
    @TempDir Path dir;

    private static final String[] NAMES = {"a.txt", "b,\"c\".txt", "=d.txt", "e\tf\\g.txt", "中文 名.txt", "𠀀x.txt", "h\nline.txt", "-1.txt", "@x"};
    private static final String[] VALUES = {"", "关税", "a,b", "\"q\"", "x\ny", "tab\there", "back\\slash", "=1+1", "\r\n", "\u0001", "😀", "\u2028"};

    private static List<List<Row>> articles(Random r) {
        List<List<Row>> all = new ArrayList<>();
        for (String name : NAMES) {
            List<Row> rows = new ArrayList<>();
            int n = r.nextInt(4); // some articles have no rows in a table
            for (int i = 0; i < n; i++) {
                rows.add(Row.of(Schema.ENTITY, name, "PER", VALUES[r.nextInt(VALUES.length)], i, i + 2, VALUES[r.nextInt(VALUES.length)], "hanlp"));
            }
            if (r.nextBoolean()) {
                rows.add(Row.of(Schema.FIGURE, name, "money", VALUES[r.nextInt(VALUES.length)], 0, 6, new BigDecimal("8E+9"), null, null,
                        null, "USD", null, true, null, null, 0, null, null, null));
            }
            all.add(rows);
        }
        return all;
    }

    @Test
    void everyArticlesRecordsComeBackAsRendered() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<List<Row>> articles = articles(random);
            for (RecordFormat f : List.of(RecordFormats.CSV, RecordFormats.TSV, RecordFormats.JSONL, RecordFormats.JSON)) {
                for (boolean recordField : List.of(false, true)) {
                    for (boolean excel : List.of(false, true)) {
                        if (!recordField && articles.stream().anyMatch(a -> a.stream().map(Row::schema).distinct().count() > 1)) {
                            // a table holds one kind: keep only entity rows
                            check(f, recordField, excel, articles.stream().map(a -> a.stream().filter(x -> x.schema() == Schema.ENTITY).toList()).toList());
                        } else {
                            check(f, recordField, excel, articles);
                        }
                    }
                }
            }
        }
    }

    private void check(RecordFormat f, boolean recordField, boolean excel, List<List<Row>> articles) throws Exception {
        RowFormat format = new RowFormat(f, recordField, excel);
        Path file = Files.createTempFile(dir, "t", "." + f.extension());
        Map<String, byte[]> want = new LinkedHashMap<>();
        try (OutputStream out = Files.newOutputStream(file); RecordWriter w = new RecordWriter(out, format)) {
            for (List<Row> rows : articles) {
                if (rows.isEmpty()) continue;
                byte[] block = format.render(rows);
                want.put(rows.get(0).values()[0].toString(), block);
                w.writeRendered(rows.get(0).schema(), block);
            }
            w.header(Schema.ENTITY);
        }
        String what = f + (recordField ? " mixed" : "") + (excel ? " excel" : "");
        try (RecordIndex index = RecordIndex.scan(file, format, Schema.ENTITY)) {
            assertEquals(want.size(), index.files().size(), what);
            for (String name : NAMES) {
                byte[] expected = want.getOrDefault(name, new byte[0]);
                assertArrayEquals(expected, index.records(name), what + ": " + name);
            }
        }
    }

    @Test
    void filesThatAreNotWholeTablesAreRefused() throws Exception {
        RowFormat csv = new RowFormat(RecordFormats.CSV, false, false);
        Path file = dir.resolve("t.csv");
        byte[] whole;
        try (OutputStream out = Files.newOutputStream(file); RecordWriter w = new RecordWriter(out, csv)) {
            w.writeAll(List.of(Row.of(Schema.ERROR, "a.txt", "x\ny"), Row.of(Schema.ERROR, "b.txt", "z")));
        }
        whole = Files.readAllBytes(file);
        assertEquals(Set.of("a.txt", "b.txt"), RecordIndex.scan(file, csv, Schema.ERROR).files());
        for (int cut = 1; cut < whole.length; cut++) {
            if (whole[cut - 1] == '\n' && cut >= "file,error\r\n".length() && whole[cut - 2] == '\r') continue; // a whole record
            Files.write(file, java.util.Arrays.copyOf(whole, cut));
            int c = cut;
            assertThrows(RecordIndex.Invalid.class, () -> RecordIndex.scan(file, csv, Schema.ERROR), () -> "cut at " + c);
        }
        Files.writeString(file, "file,error\r\na.txt,x\r\nb.txt,y\r\na.txt,z\r\n");
        assertThrows(RecordIndex.Invalid.class, () -> RecordIndex.scan(file, csv, Schema.ERROR), "an article's records apart");
        Files.writeString(file, "file,type\r\n");
        assertThrows(RecordIndex.Invalid.class, () -> RecordIndex.scan(file, csv, Schema.ERROR), "another table's header");

        RowFormat json = new RowFormat(RecordFormats.JSON, false, false);
        Path j = dir.resolve("t.json");
        try (OutputStream out = Files.newOutputStream(j); RecordWriter w = new RecordWriter(out, json)) {
            w.writeAll(List.of(Row.of(Schema.ERROR, "a.txt", "x"), Row.of(Schema.ERROR, "b.txt", "z")));
        }
        byte[] wholeJson = Files.readAllBytes(j);
        assertEquals(Set.of("a.txt", "b.txt"), RecordIndex.scan(j, json, Schema.ERROR).files());
        Files.write(j, java.util.Arrays.copyOf(wholeJson, wholeJson.length - 2));
        assertThrows(RecordIndex.Invalid.class, () -> RecordIndex.scan(j, json, Schema.ERROR), "JSON without its closing bracket");
    }
}
