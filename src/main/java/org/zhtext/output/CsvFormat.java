package org.zhtext.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV: RFC 4180 through Commons CSV (CRLF line ends, quotes only where needed); a byte-order mark in Excel mode. */
final class CsvFormat extends TableFormat {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public byte[] begin(RowFormat how) {
        return how.excel() ? BOM : NONE;
    }

    @Override
    protected void line(Object[] cells, StringBuilder sb) {
        lines(List.<Object[]>of(cells), sb);
    }

    /** One Commons CSV printer per block. */
    @Override
    protected void lines(List<Object[]> rows, StringBuilder sb) {
        try {
            CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180);
            for (Object[] cells : rows) p.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }

    /**
     * Commons CSV's quoting (RFC 4180, quote mode MINIMAL) and Excel's apostrophe, decided from the value's
     * {@link StreamedText.Shape} as Commons CSV decides them from the whole value (CSVFormat.printWithQuotes, 1.12).
     */
    @Override
    protected RowFormat.OpenRecord openCells(Object[] cells, int at, StreamedText.Shape shape, boolean apostrophe) {
        CSVFormat csv = CSVFormat.RFC4180;
        boolean quote = quoted(shape, apostrophe, at == 0);
        StringBuilder p = new StringBuilder(), s = new StringBuilder();
        try {
            for (int i = 0; i < at; i++) csv.print(cells[i], p, i == 0);
            if (at > 0) p.append(csv.getDelimiterString());
            if (quote) p.append(csv.getQuoteCharacter().charValue());
            if (apostrophe) p.append('\'');
            if (quote) s.append(csv.getQuoteCharacter().charValue());
            for (int i = at + 1; i < cells.length; i++) csv.print(cells[i], s, false);
            csv.println(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        RowFormat.OpenRecord.Escape escape = quote
                ? (piece, b) -> b.text(piece.indexOf('"') < 0 ? piece : piece.replace("\"", "\"\""))
                : (piece, b) -> b.text(piece);
        return new RowFormat.OpenRecord(p.toString().getBytes(StandardCharsets.UTF_8), escape, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether Commons CSV 1.12 (RFC 4180: quote '"', no escape character, delimiter ',', quote mode MINIMAL) quotes a
     * value of this shape, with Excel's apostrophe before it when {@code apostrophe}: an empty value only first on
     * its line; a value starting with a char up to '#'; one containing CR, LF, '"' or ','; one ending with a char
     * up to ' '.
     */
    private static boolean quoted(StreamedText.Shape shape, boolean apostrophe, boolean newRecord) {
        if (shape.length() == 0) return newRecord; // no apostrophe on an empty value
        char first = apostrophe ? '\'' : shape.first();
        return first <= '#' || shape.csvSpecial() || shape.last() <= ' ';
    }

    @Override
    public RecordIndex.Layout indexLayout() {
        return RecordIndex.Layout.CSV;
    }
}
