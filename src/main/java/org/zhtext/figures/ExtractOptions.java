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
 * @param prefer          which occurrence a bare weekday, a holiday or a month-day without a year means
 */
public record ExtractOptions(Set<FigureKind> kinds, boolean tariffOnly, LocalDate referenceDate, String referenceSource,
                             DatePreference prefer) {
    public static final Set<FigureKind> ALL_KINDS = Collections.unmodifiableSet(EnumSet.allOf(FigureKind.class));

    /** All kinds, no tariff filter, reference date inferred from the text. */
    public static final ExtractOptions DEFAULTS = new ExtractOptions(ALL_KINDS, false, null, "option");

    public ExtractOptions {
        kinds = Collections.unmodifiableSet(kinds.isEmpty() ? EnumSet.noneOf(FigureKind.class) : EnumSet.copyOf(kinds));
        referenceSource = referenceSource == null ? "option" : referenceSource;
        prefer = prefer == null ? DatePreference.DEFAULT : prefer;
    }

    /** The options with the default date preference. */
    public ExtractOptions(Set<FigureKind> kinds, boolean tariffOnly, LocalDate referenceDate, String referenceSource) {
        this(kinds, tariffOnly, referenceDate, referenceSource, DatePreference.DEFAULT);
    }

    public ExtractOptions withKinds(Set<FigureKind> k) {
        return new ExtractOptions(k, tariffOnly, referenceDate, referenceSource, prefer);
    }

    public ExtractOptions withTariffOnly(boolean t) {
        return new ExtractOptions(kinds, t, referenceDate, referenceSource, prefer);
    }

    /** Sets the reference date (null = infer from the text) and the source label to report for it. */
    public ExtractOptions withReferenceDate(LocalDate d, String source) {
        return new ExtractOptions(kinds, tariffOnly, d, source, prefer);
    }

    /** Sets which occurrence a bare weekday, a holiday or a month-day without a year means (null: default). */
    public ExtractOptions withPrefer(DatePreference p) {
        return new ExtractOptions(kinds, tariffOnly, referenceDate, referenceSource, p);
    }
}
