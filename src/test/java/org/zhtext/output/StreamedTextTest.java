package org.zhtext.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A row with a {@link StreamedText} value, written piece by piece, is byte for byte the row with the whole value
 * as a String: every format, Excel mode or not, the value in the first, a middle and the last column, cut into
 * pieces anywhere between code points (next to commas, quotes, line ends, tabs, backslashes, pairs).
 */
class StreamedTextTest {
    private static final String[] CHARS = {"a", "台", ",", "\"", "\n", "\r", "\t", "\\", " ", "#", "=", "-", "+", "@", "'",
        "😀", "\u2028", "\u0001", "!", "，"};

    private static byte[] write(RecordFormat f, boolean excel, List<Row> rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RecordWriter w = new RecordWriter(bytes, f, false, excel)) {
            for (Row r : rows) w.writeAll(List.of(r)); // one block per row, as articles come
        }
        return bytes.toByteArray();
    }

    /** The row with {@code value} in {@code column}, streamed in random pieces. */
    private static Row streamed(Row row, int column, String value, Random rnd) {
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            int n = rnd.nextInt(4);
            int end = i;
            for (int k = 0; k < n && end < value.length(); k++) end = value.offsetByCodePoints(end, 1);
            pieces.add(value.substring(i, end)); // empty pieces too
            i = end;
        }
        StreamedText.Shape shape = new StreamedText.Shape();
        pieces.forEach(shape::add);
        Object[] v = row.values().clone();
        v[column] = new StreamedText(shape, sink -> {
            for (String p : pieces) sink.accept(p);
        });
        return new Row(row.schema(), v);
    }

    private static Row with(Row row, int column, String value) {
        Object[] v = row.values().clone();
        v[column] = value;
        return new Row(row.schema(), v);
    }

    @Test
    void streamedRowsAreWrittenAsWholeRows() throws Exception {
        Random rnd = new Random(28);
        Row err = Row.of(Schema.ERROR, "a,\"b\".txt", "x");
        Row norm = Row.of(Schema.NORMALIZE, "f.txt", "traditional", "simplified", 12, "x");
        Row fig = Row.of(Schema.FIGURE, "x.txt", "money", "x", 0, 6, new BigDecimal("8E+9"), null, null, null, "USD", null, true,
                null, "=q", 0, null, null, null);
        Object[][] cases = {{err, 0}, {err, 1}, {norm, 4}, {fig, 2}};
        for (int round = 0; round < 400; round++) {
            StringBuilder sb = new StringBuilder();
            int n = round < 20 ? round % 3 : rnd.nextInt(12); // empty and one-char values too
            for (int k = 0; k < n; k++) sb.append(CHARS[rnd.nextInt(CHARS.length)]);
            String value = sb.toString();
            for (Object[] c : cases) {
                Row row = (Row) c[0];
                int column = (int) c[1];
                for (RecordFormat f : new RecordFormat[] {RecordFormats.JSONL, RecordFormats.JSON, RecordFormats.CSV, RecordFormats.TSV}) {
                    for (boolean excel : new boolean[] {false, true}) {
                        Row other = Row.of(Schema.ERROR, "other", "-o"); // another row before, for JSON's separators
                        byte[] whole = write(f, excel, List.of(other, with(row, column, value)));
                        byte[] streamed = write(f, excel, List.of(other, streamed(row, column, value, rnd)));
                        if (row.schema() != Schema.ERROR) {
                            whole = write(f, excel, List.of(with(row, column, value), with(row, column, value)));
                            streamed = write(f, excel, List.of(streamed(row, column, value, rnd), with(row, column, value)));
                        }
                        assertArrayEquals(whole, streamed, f + " excel=" + excel + " column " + column + " "
                                + value.codePoints().mapToObj(cp -> String.format("U+%04X", cp)).toList());
                    }
                }
            }
        }
    }

    @Test
    void aStreamedValueIsNeverRenderedWhole() {
        Row r = streamed(Row.of(Schema.ERROR, "f", "x"), 1, "abc", new Random(1));
        RowFormat csv = new RowFormat(RecordFormats.CSV, false, false);
        assertThrows(IllegalArgumentException.class, () -> csv.render(List.of(r)));
        assertThrows(IllegalArgumentException.class, () -> new RowFormat(RecordFormats.JSONL, false, false).render(List.of(r)));
    }
}
