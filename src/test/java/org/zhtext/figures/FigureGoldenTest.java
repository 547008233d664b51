package org.zhtext.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden tables per kind (simplified and traditional rows): text → expected figure fields. */
class FigureGoldenTest {
    private static final FigureExtractor FX = new FigureExtractor();

    static Stream<GoldenTables.Row> rows() throws IOException {
        return GoldenTables.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void golden(GoldenTables.Row row) {
        String ref = row.get("ref");
        ExtractOptions opts = ref == null ? ExtractOptions.DEFAULTS
                : ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.parse(ref), "option");
        String text = row.get("text");
        List<Figure> figs = FX.extract(text, opts).figures();
        Figure f = figs.stream().filter(x -> x.text().equals(row.get("figure"))).findFirst().orElse(null);
        if (row.get("kind").equals("nodate")) { // may be another kind (32日: a duration), never a date
            assertTrue(figs.stream().noneMatch(x -> x.kind() == FigureKind.DATE && x.text().contains(row.get("figure"))),
                    () -> "expected no date " + row.get("figure") + " but got " + figs);
            return;
        }
        if (row.get("kind").equals("none")) { // a named false positive
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
        assertEquals(text.codePoints().count() > 0 ? f.text() : null,
                new String(text.codePoints().skip(f.start()).limit(f.end() - f.start()).toArray(), 0, f.end() - f.start()));
    }

    private static void assertValue(String expected, Object actual, String what) {
        if (expected == null) {
            assertEquals(null, actual, what);
        } else if (actual instanceof BigDecimal b) {
            assertEquals(0, new BigDecimal(expected).compareTo(b), () -> what + ": " + expected + " vs " + b);
            assertFalse(b.toPlainString().endsWith(".0"), "trailing zeros stripped");
        } else {
            assertEquals(expected, actual, what);
        }
    }
}
