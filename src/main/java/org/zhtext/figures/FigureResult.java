package org.zhtext.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of one text, sorted by start, with the reference date used for years that are not written.
 *
 * @param figures             the figures (unmodifiable)
 * @param referenceDate       the date 今年/去年 and yearless dates were counted from, or null
 * @param referenceDateSource the options' label when given there, {@code text} when inferred from the
 *                            article (its latest date with year, month and day), {@code none} otherwise
 */
public record FigureResult(List<Figure> figures, LocalDate referenceDate, String referenceDateSource) {
    public FigureResult {
        figures = List.copyOf(figures);
    }
}
