package org.zhtext.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.zhtext.figures.DatePreference;
import org.zhtext.figures.FigureKind;
import org.zhtext.io.UsageException;
import org.zhtext.pipeline.FigureRows;
import org.zhtext.pipeline.ReferenceDates;
import picocli.CommandLine.Option;

/**
 * How dates without a year or relative dates resolve: the options of every command that reads figures
 * ({@code figures}, {@code analyze} through {@link FigureOptions}, and {@code tariffs}, which takes only these).
 */
public class DateOptions {
    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "The articles' date, from which years of 今年/去年 and of dates without a year are inferred. Default: inferred from each article.")
    String referenceDate;

    @Option(names = "--prefer", paramLabel = "future|past",
            description = "Which occurrence a bare weekday (周三), a holiday (春节) or a month-day without a year means: future = the next one (Duckling's convention), past = the most recent one. Default: a bare weekday is the most recent one unless a future marker (将, 计划, 拟…) governs it; holidays and month-days the nearest.")
    String prefer;

    @Option(names = "--dates", paramLabel = "FILE.csv",
            description = "Per-article reference dates: a CSV with columns file,date (file as in the records, or its base name).")
    Path dates;

    /** The figure step for these kinds, with these reference dates. */
    FigureRows build(Set<FigureKind> kinds, boolean tariffOnly) throws Exception {
        LocalDate ref = null;
        if (referenceDate != null) {
            try {
                ref = LocalDate.parse(referenceDate.strip());
            } catch (DateTimeParseException e) {
                throw new UsageException("--reference-date: not a date in the form YYYY-MM-DD: " + referenceDate);
            }
        }
        DatePreference p = DatePreference.DEFAULT;
        if (prefer != null) {
            switch (prefer.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "future" -> p = DatePreference.FUTURE;
                case "past" -> p = DatePreference.PAST;
                default -> throw new UsageException("--prefer: expected future or past, not '" + prefer + "'");
            }
        }
        ReferenceDates table = dates == null ? ReferenceDates.none() : ReferenceDates.load(dates);
        return new FigureRows(kinds, tariffOnly, ref, table, p);
    }
}
