package org.zhtext.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.zhtext.figures.DatePreference;
import org.zhtext.figures.FigureKind;
import org.zhtext.io.UsageException;
import org.zhtext.pipeline.FigureRows;
import org.zhtext.pipeline.ReferenceDates;
import picocli.CommandLine.Option;

/** The figure options shared by {@code figures} and {@code analyze}. */
public class FigureOptions {
    /** The kind names for the help text ({@code ${COMPLETION-CANDIDATES}}) and shell completion. */
    static final class KindNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return EnumSet.allOf(FigureKind.class).stream().map(FigureKind::id).iterator();
        }
    }

    @Option(names = "--kinds", paramLabel = "KIND", split = ",", completionCandidates = KindNames.class,
            description = "Only these kinds: ${COMPLETION-CANDIDATES} (comma separated).")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--tariff-only", description = "Only figures about tariffs.")
    boolean tariffOnly;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "The articles' date, from which years of 今年/去年 and of dates without a year are inferred. Default: inferred from each article.")
    String referenceDate;

    @Option(names = "--prefer", paramLabel = "future|past",
            description = "Which occurrence a bare weekday (周三), a holiday (春节) or a month-day without a year means: future = the next one (Duckling's convention), past = the most recent one. Default: a bare weekday is the most recent one unless a future marker (将, 计划, 拟…) governs it; holidays and month-days the nearest.")
    String prefer;

    @Option(names = "--dates", paramLabel = "FILE.csv",
            description = "Per-article reference dates: a CSV with columns file,date (file as in the records, or its base name).")
    Path dates;

    FigureRows build() throws Exception {
        Set<FigureKind> ks = EnumSet.noneOf(FigureKind.class);
        for (String k : kinds) {
            FigureKind t = FigureKind.of(k);
            if (t == null) throw new UsageException("--kinds: unknown kind '" + k + "' (" + FigureKind.names() + ")");
            ks.add(t);
        }
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
        return new FigureRows(ks.isEmpty() ? EnumSet.allOf(FigureKind.class) : ks, tariffOnly, ref, table, p);
    }
}
