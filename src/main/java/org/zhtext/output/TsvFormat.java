package org.zhtext.output;

import java.nio.charset.StandardCharsets;

/** TSV: cells separated by tabs, tabs, line breaks and backslashes inside values escaped as \t, \n, \r, \\. */
final class TsvFormat extends TableFormat {
    @Override
    public String name() {
        return "tsv";
    }

    @Override
    public String extension() {
        return "tsv";
    }

    @Override
    protected void line(Object[] cells, StringBuilder sb) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append('\t');
            escape(String.valueOf(cells[i]), sb);
        }
        sb.append('\n');
    }

    @Override
    protected RowFormat.OpenRecord openCells(Object[] cells, int at, StreamedText.Shape shape, boolean apostrophe) {
        StringBuilder p = new StringBuilder(), s = new StringBuilder();
        for (int i = 0; i < at; i++) {
            escape(String.valueOf(cells[i]), p);
            p.append('\t');
        }
        if (apostrophe) p.append('\'');
        for (int i = at + 1; i < cells.length; i++) {
            s.append('\t');
            escape(String.valueOf(cells[i]), s);
        }
        s.append('\n');
        return new RowFormat.OpenRecord(p.toString().getBytes(StandardCharsets.UTF_8), (piece, b) -> {
            StringBuilder sb = new StringBuilder(piece.length() + 16);
            escape(piece, sb);
            b.text(sb.toString());
        }, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
    }

    @Override
    public RecordIndex.Layout indexLayout() {
        return RecordIndex.Layout.TSV;
    }
}
