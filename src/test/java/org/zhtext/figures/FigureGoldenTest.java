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
        GoldenTables.check(row);
    }
}
