package org.zhtext.output;

import java.io.IOException;

/**
 * A string value of a {@link Row} too large to hold, written piece by piece by {@link RecordWriter#writeStreamed}:
 * a big file's converted text in its {@code normalize} record. Its {@link Shape} (length, first and last
 * character, whether some character makes a CSV value quoted) must be known before the first piece is written,
 * because CSV's quotes and Excel's apostrophe depend on the whole value; so it is computed from the same text
 * beforehand (an earlier pass), and {@link #pieces} produces the text again. The record is written byte for byte
 * as the {@link RowFormat#render rendering} of the row with the whole text as a String (StreamedTextTest,
 * NormalizeStreamedRecordsTest).
 */
public record StreamedText(Shape shape, Pieces pieces) {
    /** Produces the text's pieces in order (may be called once). */
    @FunctionalInterface
    public interface Pieces {
        void forEach(PieceSink sink) throws IOException;
    }

    /** Receives the text's pieces; a supplementary character (a surrogate pair) is never split between pieces. */
    @FunctionalInterface
    public interface PieceSink {
        void accept(String piece) throws IOException;
    }

    /** The column of a row's (first) streamed value, or -1. */
    public static int column(Row row) {
        Object[] v = row.values();
        for (int i = 0; i < v.length; i++) {
            if (v[i] instanceof StreamedText) return i;
        }
        return -1;
    }

    /** Never a String: a streamed value is written by {@link RecordWriter#writeStreamed}, not rendered whole. */
    @Override
    public String toString() {
        return "StreamedText[" + shape.length() + " chars]";
    }

    /**
     * What writing a value needs to know before its first character: its length in chars, its first and last
     * char, and whether it contains a line end, a double quote or a comma (which make Commons CSV quote it). Add
     * every piece in order.
     */
    public static final class Shape {
        private long length;
        private char first;
        private char last;
        private boolean csvSpecial;

        public void add(CharSequence piece) {
            int n = piece.length();
            if (n == 0) return;
            if (length == 0) first = piece.charAt(0);
            last = piece.charAt(n - 1);
            length += n;
            if (!csvSpecial) {
                for (int i = 0; i < n; i++) {
                    char c = piece.charAt(i);
                    if (c == '\n' || c == '\r' || c == '"' || c == ',') {
                        csvSpecial = true;
                        break;
                    }
                }
            }
        }

        /** Length in chars (UTF-16 units). */
        public long length() {
            return length;
        }

        /** The first char; meaningless when empty. */
        public char first() {
            return first;
        }

        /** The last char; meaningless when empty. */
        public char last() {
            return last;
        }

        /** Whether a char of the value is a line end ({@code \n}, {@code \r}), a double quote or a comma. */
        public boolean csvSpecial() {
            return csvSpecial;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && s.length == length && s.first == first && s.last == last && s.csvSpecial == csvSpecial;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(length) * 31 + first * 7 + last * 3 + (csvSpecial ? 1 : 0);
        }

        @Override
        public String toString() {
            return "Shape[length=" + length + ", first=U+" + Integer.toHexString(first) + ", last=U+" + Integer.toHexString(last)
                    + ", csvSpecial=" + csvSpecial + "]";
        }
    }
}
