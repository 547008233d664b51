package org.zhtext.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        boolean has(String col) {
            return java.util.Arrays.asList(header).contains(col);
        }

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

    private static final FigureExtractor FX = new FigureExtractor();

    /**
     * Checks one golden row: the figure named in {@code figure} is extracted from {@code text} (with the row's
     * {@code ref} reference date and {@code prefer} convention, when the table has those columns) with every value
     * column as written; kind {@code none} names a false positive (no figure there), {@code nodate} a text that is
     * no date (it may be another kind: 32日). Every figure's text equals the original at [start, end).
     */
    static void check(Row row) {
        String ref = row.get("ref");
        ExtractOptions opts = ref == null ? ExtractOptions.DEFAULTS
                : ExtractOptions.DEFAULTS.withReferenceDate(java.time.LocalDate.parse(ref), "option");
        String prefer = row.has("prefer") ? row.get("prefer") : null;
        if (prefer != null) opts = opts.withPrefer(DatePreference.valueOf(prefer.toUpperCase(java.util.Locale.ROOT)));
        String text = row.get("text");
        List<Figure> figs = FX.extract(text, opts).figures();
        for (Figure x : figs) {
            assertEquals(new String(text.codePoints().skip(x.start()).limit(x.end() - x.start()).toArray(), 0, x.end() - x.start()),
                    x.text(), "text equals the original at [start, end)");
        }
        Figure f = figs.stream().filter(x -> x.text().equals(row.get("figure"))).findFirst().orElse(null);
        if (row.get("kind").equals("nodate")) {
            assertTrue(figs.stream().noneMatch(x -> x.kind() == FigureKind.DATE && x.text().contains(row.get("figure"))),
                    () -> "expected no date " + row.get("figure") + " but got " + figs);
            return;
        }
        if (row.get("kind").equals("none")) {
            assertTrue(f == null && figs.stream().noneMatch(x -> x.text().contains(row.get("figure"))),
                    () -> "expected no figure " + row.get("figure") + " but got " + figs);
            return;
        }
        assertNotNull(FigureKind.of(row.get("kind")), () -> "kind column: " + row.get("kind"));
        assertNotNull(f, () -> "figure " + row.get("figure") + " not found in " + figs);
        assertEquals(FigureKind.of(row.get("kind")), f.kind(), "kind");
        assertValue(row.get("value"), f.value(), "value");
        assertValue(row.get("low"), f.low(), "low");
        assertValue(row.get("high"), f.high(), "high");
        assertEquals(row.get("unit"), f.unit(), "unit");
        assertEquals(row.get("currency"), f.currency(), "currency");
        assertEquals(row.get("per"), f.per(), "per");
        assertEquals(Boolean.parseBoolean(row.get("tariff")), f.tariff(), "tariff");
        String yi = row.get("year_inferred");
        assertEquals(yi == null ? null : Boolean.valueOf(yi), f.yearInferred(), "year_inferred");
        assertEquals(row.get("qualifier"), f.qualifier(), "qualifier");
        if (row.has("unresolved")) assertEquals(row.get("unresolved"), f.unresolved(), "unresolved");
        if (row.has("year_source")) assertEquals(row.get("year_source"), f.yearSource(), "year_source");
        if (row.has("direction")) assertEquals(row.get("direction"), f.direction(), "direction");
    }

    private static void assertValue(String expected, Object actual, String what) {
        if (expected == null) {
            assertEquals(null, actual, what);
        } else if (actual instanceof java.math.BigDecimal b) {
            assertEquals(0, new java.math.BigDecimal(expected).compareTo(b), () -> what + ": " + expected + " vs " + b);
            assertFalse(b.toPlainString().endsWith(".0"), "trailing zeros stripped");
        } else {
            assertEquals(expected, actual, what);
        }
    }

    static List<Row> all() throws IOException {
        List<Row> out = new ArrayList<>();
        for (String f : FILES) out.addAll(rows(f));
        return out;
    }
}
