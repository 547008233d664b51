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
import org.zhtext.tariffs.TariffEvent;
import org.zhtext.tariffs.TariffExtractor;

/**
 * The figures step: runs the {@link FigureExtractor} on an article's original text with the article's
 * reference date (from {@code --reference-date}, the {@code --dates} table, or the text) and turns the figures
 * into figure records. Immutable and thread-safe.
 */
public final class FigureRows {
    /** The figure rows of one article with the reference date used. */
    public record Result(List<Row> figures, LocalDate referenceDate, String referenceDateSource, List<Row> tariffs) {
        public Result(List<Row> figures, LocalDate referenceDate, String referenceDateSource) {
            this(figures, referenceDate, referenceDateSource, List.of());
        }
    }

    private final FigureExtractor extractor = new FigureExtractor();
    private final TariffExtractor tariffs = new TariffExtractor();
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

    /**
     * Loads the figure and tariff rules' tables on a daemon thread (one short text of both scripts through both
     * extractors), so that they load while the command line is parsed; the first article waits for them as it
     * would have loaded them (class initialization), and what it extracts does not change. About 25 ms off the
     * start of {@code figures}, {@code tariffs} and {@code analyze} on two cores, and the scanners compiled sooner
     * (docs/PERFORMANCE.md).
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                FigureExtractor fx = new FigureExtractor();
                TariffExtractor tx = new TariffExtractor();
                // 20 rounds: the scanners' methods reach the client JIT's thresholds on this thread, so they are being
                // compiled while the main thread still parses and lists the inputs (figures 5 MB: wall x0.93-0.94 of one
                // round in 8 alternated rounds, twice; 60 rounds x0.98; analyze unchanged, 1.00)
                for (int k = 0; k < 20; k++) for (String text : List.of("2025年9月13日起，美国对价值80亿美元的中国商品加征25%关税，为期3个月，比上周三多2成。",
                        "中秋節前，歐盟決定自10月1日起對進口電動車徵收35.3%的反補貼稅，約合每輛1萬歐元。")) {
                    tx.extract(text, fx.extract(text, ExtractOptions.DEFAULTS).figures());
                }
            } catch (RuntimeException | Error e) {
                // a failure to load the tables is reported by the articles' own run, which loads them again
            }
        }, "zhtext-figures-warm-up");
        t.setDaemon(true);
        t.start();
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
        // a --dates row wins over --reference-date; both are reported as source "option" (DESIGN.md); then the
        // page's own publication date (an HTML page's metadata: source "page"), then the text
        LocalDate fromTable = table.lookup(a.file());
        LocalDate option = fromTable != null ? fromTable : referenceDate;
        return option != null || a.published() == null ? rows(a, option) : rows(a, a.published(), "page");
    }

    /** The figure rows of a text (or a window of it) with a given reference date (null: inferred from the text). */
    public Result rows(Article a, LocalDate ref) {
        return rows(a, ref, "option");
    }

    /** {@link #rows(Article, LocalDate)} with the source the reference date is reported with. */
    private Result rows(Article a, LocalDate ref, String source) {
        // every kind, tariff or not: the events need the rates, dates and durations whatever the options keep
        ExtractOptions opts = ExtractOptions.DEFAULTS.withReferenceDate(ref, source).withPrefer(prefer);
        FigureResult r = extractor.extract(a.text(), opts);
        TariffExtractor.Result events = tariffs.extract(a.text(), r.figures());
        List<Row> rows = new ArrayList<>(r.figures().size());
        for (int i = 0; i < r.figures().size(); i++) {
            Figure f = r.figures().get(i);
            // the tariff flag follows the events: what an event uses, in any clause; not a count in a tariff
            // clause (三条底线)
            boolean tariff = events.used()[i] || (f.tariff() && !countWord(f));
            if (!kinds.contains(f.kind()) || (tariffOnly && !tariff)) continue;
            rows.add(row(a.file(), tariff == f.tariff() ? f : flagged(f, tariff)));
        }
        List<Row> tariffRows = new ArrayList<>(events.events().size());
        for (TariffEvent e : events.events()) tariffRows.add(row(a.file(), e));
        return new Result(rows, r.referenceDate(), r.referenceDateSource(), tariffRows);
    }

    /** Count words that are no amount of a tariff (三条底线, 两项措施, 四点要求). */
    private static final java.util.Set<String> COUNT_UNITS = java.util.Set.of("条", "項", "项", "点", "點", "个", "個",
            "次", "轮", "輪", "批", "份", "类", "類", "种", "種", "方面", "步");

    private static boolean countWord(Figure f) {
        return f.kind() == FigureKind.QUANTITY && f.unit() != null && COUNT_UNITS.contains(f.unit());
    }

    private static Figure flagged(Figure f, boolean tariff) {
        return new Figure(f.kind(), f.text(), f.start(), f.end(), f.value(), f.low(), f.high(), f.unit(), f.currency(),
                f.per(), tariff, f.yearInferred(), f.qualifier(), f.sentence(), f.unresolved(), f.yearSource(), f.direction());
    }

    static Row row(String file, TariffEvent e) {
        StringBuilder ids = new StringBuilder();
        for (int id : e.figureIds()) ids.append(ids.length() == 0 ? "" : ";").append(id);
        return Row.of(Schema.TARIFF, file, e.sentence(), e.start(), e.end(), e.text(), e.action(), e.stance(),
                e.imposer(), e.imposerCode(), e.target(), e.targetCode(),
                e.products().isEmpty() ? null : String.join(";", e.products()), e.rate(), e.previousRate(),
                e.effective(), e.until(), ids.length() == 0 ? null : ids.toString(), e.rateLow(), e.rateHigh());
    }

    /** The tariff rows of an article as blocks: whole, or window by window for a huge article. */
    public RowBlocks tariffBlocks(Article a, int windowSize) {
        if (!Windows.huge(a, windowSize)) return RowBlocks.of(rows(a).tariffs());
        return sink -> {
            Result ref = reference(a);
            Windows.forEach(a, SentenceSplitter.get().split(a.text()), windowSize,
                    w -> rows(w, ref.referenceDate()).tariffs(), sink);
        };
    }

    /**
     * The reference date of a whole article without its figure rows (for windowed processing, where every
     * window must use the article's date): only date figures are kept while it is inferred from the text.
     */
    public Result reference(Article a) {
        LocalDate fromTable = table.lookup(a.file());
        if (fromTable != null) return new Result(List.of(), fromTable, "option");
        if (referenceDate != null) return new Result(List.of(), referenceDate, "option");
        if (a.published() != null) return new Result(List.of(), a.published(), "page");
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
                f.unit(), f.currency(), f.per(), f.tariff(), f.yearInferred(), f.qualifier(), f.sentence(), f.unresolved(),
                f.yearSource(), f.direction());
    }
}
