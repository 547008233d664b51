package org.zhtext.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden TSV tables under {@code src/test/resources/figures/}. */
final class GoldenTables {
    static final List<String> FILES =
            List.of("percent.tsv", "money.tsv", "quantity.tsv", "duration.tsv", "date.tsv", "negative.tsv",
                    "percent-shares.tsv", "date-years.tsv");

    /** One row: column name → cell ("-" read as null). */
    record Row(String file, int line, String[] header, String[] cells) {
        String get(String col) {
            for (int i = 0; i < header.length; i++) {
                if (header[i].equals(col)) return i < cells.length && !cells[i].equals("-") ? cells[i] : null;
            }
            throw new IllegalArgumentException("no column " + col);
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + get("figure") + " in " + get("text");
        }
    }

    static List<Row> rows(String file) throws IOException {
        List<Row> out = new ArrayList<>();
        try (InputStream in = GoldenTables.class.getResourceAsStream("/figures/" + file)) {
            if (in == null) throw new IOException("missing resource /figures/" + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = null;
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                if (header == null) header = cells;
                else out.add(new Row(file, no, header, cells));
            }
        }
        return out;
    }

    static List<Row> all() throws IOException {
        List<Row> out = new ArrayList<>();
        for (String f : FILES) out.addAll(rows(f));
        return out;
    }
}
