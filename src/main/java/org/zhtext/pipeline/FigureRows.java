package org.zhtext.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhtext.core.Article;
import org.zhtext.core.SentenceSplitter;
import org.zhtext.figures.DatePreference;
import org.zhtext.figures.ExtractOptions;
import org.zhtext.figures.Figure;
import org.zhtext.figures.FigureExtractor;
import org.zhtext.figures.FigureKind;
import org.zhtext.figures.FigureResult;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;

/**
 * The figures step: runs the {@link FigureExtractor} on an article's original text with the article's
 * reference date (from {@code --reference-date}, the {@code --dates} table, or the text) and turns the figures
 * into figure records. Immutable and thread-safe.
 */
public final class FigureRows {
    /** The figure rows of one article with the reference date used. */
    public record Result(List<Row> figures, LocalDate referenceDate, String referenceDateSource) {}

    private final FigureExtractor extractor = new FigureExtractor();
    private final Set<FigureKind> kinds;
    private final boolean tariffOnly;
    private final LocalDate referenceDate;
    private final ReferenceDates table;
    private final DatePreference prefer;

    public FigureRows(Set<FigureKind> kinds, boolean tariffOnly, LocalDate referenceDate, ReferenceDates table) {
        this(kinds, tariffOnly, referenceDate, table, DatePreference.DEFAULT);
    }

    /**
     * @param prefer which occurrence a bare weekday, a holiday or a month-day without a year means
     *               ({@link DatePreference})
     */
    public FigureRows(Set<FigureKind> kinds, boolean tariffOnly, LocalDate referenceDate, ReferenceDates table,
                      DatePreference prefer) {
        this.kinds = Set.copyOf(kinds);
        this.tariffOnly = tariffOnly;
        this.referenceDate = referenceDate;
        this.table = table;
        this.prefer = prefer;
    }

    /** The figure kinds extracted. */
    public Set<FigureKind> kinds() {
        return kinds;
    }

    /** Whether only tariff figures are kept. */
    public boolean tariffOnly() {
        return tariffOnly;
    }

    /** The reference date of every article (--reference-date), or null: from the table or the text. */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** The per-article reference dates (--dates). */
    public ReferenceDates table() {
        return table;
    }

    /** The figure rows of an article, with the reference date from the options, the dates table or the text. */
    public Result rows(Article a) {
        // a --dates row wins over --reference-date; both are reported as source "option" (DESIGN.md)
        LocalDate fromTable = table.lookup(a.file());
        return rows(a, fromTable != null ? fromTable : referenceDate);
    }

    /** The figure rows of a text (or a window of it) with a given reference date (null: inferred from the text). */
    public Result rows(Article a, LocalDate ref) {
        ExtractOptions opts = ExtractOptions.DEFAULTS.withKinds(kinds).withTariffOnly(tariffOnly)
                .withReferenceDate(ref, "option").withPrefer(prefer);
        FigureResult r = extractor.extract(a.text(), opts);
        List<Row> rows = new ArrayList<>(r.figures().size());
        for (Figure f : r.figures()) rows.add(row(a.file(), f));
        return new Result(rows, r.referenceDate(), r.referenceDateSource());
    }

    /**
     * The reference date of a whole article without its figure rows (for windowed processing, where every
     * window must use the article's date): only date figures are kept while it is inferred from the text.
     */
    public Result reference(Article a) {
        LocalDate fromTable = table.lookup(a.file());
        if (fromTable != null) return new Result(List.of(), fromTable, "option");
        if (referenceDate != null) return new Result(List.of(), referenceDate, "option");
        FigureResult r = extractor.extract(a.text(), ExtractOptions.DEFAULTS.withKinds(Set.of(FigureKind.DATE)));
        return new Result(List.of(), r.referenceDate(), r.referenceDateSource());
    }

    /** The figure rows of an article as blocks: whole, or window by window for a huge article. */
    public RowBlocks blocks(Article a, int windowSize) {
        if (!Windows.huge(a, windowSize)) return RowBlocks.of(rows(a).figures());
        return sink -> {
            Result ref = reference(a);
            Windows.forEach(a, SentenceSplitter.get().split(a.text()), windowSize,
                    w -> rows(w, ref.referenceDate()).figures(), sink);
        };
    }

    static Row row(String file, Figure f) {
        return Row.of(Schema.FIGURE, file, f.kind().id(), f.text(), f.start(), f.end(), f.value(), f.low(), f.high(),
                f.unit(), f.currency(), f.per(), f.tariff(), f.yearInferred(), f.qualifier(), f.sentence(), f.unresolved());
    }
}
