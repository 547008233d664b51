package org.zhtext.figures;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Immutable options of {@link FigureExtractor#extract}.
 *
 * @param kinds           figure kinds to return (subset of {@link #ALL_KINDS})
 * @param tariffOnly      return only figures with {@code tariff == true}
 * @param referenceDate   the article's date for 今年/去年 and years of month-day dates; null = infer from the
 *                        text (its latest date with year, month and day)
 * @param referenceSource label reported as {@code reference_date_source} when referenceDate is given
 */
public record ExtractOptions(Set<FigureKind> kinds, boolean tariffOnly, LocalDate referenceDate, String referenceSource) {
    public static final Set<FigureKind> ALL_KINDS = Collections.unmodifiableSet(EnumSet.allOf(FigureKind.class));

    /** All kinds, no tariff filter, reference date inferred from the text. */
    public static final ExtractOptions DEFAULTS = new ExtractOptions(ALL_KINDS, false, null, "option");

    public ExtractOptions {
        kinds = Collections.unmodifiableSet(kinds.isEmpty() ? EnumSet.noneOf(FigureKind.class) : EnumSet.copyOf(kinds));
        referenceSource = referenceSource == null ? "option" : referenceSource;
    }

    public ExtractOptions withKinds(Set<FigureKind> k) {
        return new ExtractOptions(k, tariffOnly, referenceDate, referenceSource);
    }

    public ExtractOptions withTariffOnly(boolean t) {
        return new ExtractOptions(kinds, t, referenceDate, referenceSource);
    }

    /** Sets the reference date (null = infer from the text) and the source label to report for it. */
    public ExtractOptions withReferenceDate(LocalDate d, String source) {
        return new ExtractOptions(kinds, tariffOnly, d, source);
    }
}
