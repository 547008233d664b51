package org.zhtext.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out figures for the forms of issue 16 (成, 千分之/万分之, 折, Chinese-numeral and two-digit years,
 * impossible dates): sentences written after the rules were tuned on {@code percent-shares.tsv} and
 * {@code date-years.tsv}, and never tuned on. Rows are checked like the golden tables; the test prints the pass
 * rate and the misses, and fails below a floor set from the first measurement.
 */
class FigureHeldOutTest {
    /**
     * First measurement: 87 of 91 (0.956). Issue 26 made 10年内 a window from the reference date (a date range), no
     * longer the duration 10年 these rows (80, 81) were written for: 85 of 91 (0.934) since; the rows are kept as
     * written, the floor leaves room for one more miss.
     */
    private static final double FLOOR = 0.92;

    @Test
    void heldOut() throws IOException {
        FigureGoldenTest golden = new FigureGoldenTest();
        List<GoldenTables.Row> rows = GoldenTables.rows("heldout-16.tsv");
        List<String> misses = new ArrayList<>();
        for (GoldenTables.Row r : rows) {
            try {
                golden.golden(r);
            } catch (AssertionError e) {
                misses.add(r + ": " + e.getMessage());
            }
        }
        int ok = rows.size() - misses.size();
        System.out.printf("held-out figures (issue 16): %d / %d = %.3f (floor %.2f)%n", ok, rows.size(),
                (double) ok / rows.size(), FLOOR);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertTrue((double) ok / rows.size() >= FLOOR, misses.toString());
    }
}
