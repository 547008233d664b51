package org.zhtext.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhtext.core.CodePointIndex;
import org.zhtext.core.Sentence;
import org.zhtext.core.SentenceSplitter;

/**
 * Extracts percentages, money, quantities, dates and durations with normalized values from Chinese text
 * (simplified or traditional), on the original text, with rules only (no HanLP, no CoreNLP).
 *
 * <pre>{@code
 * FigureExtractor fx = new FigureExtractor();            // once; thread-safe
 * FigureResult res = fx.extract(text, ExtractOptions.DEFAULTS
 *         .withReferenceDate(LocalDate.of(2025, 9, 15), "option"));
 * for (Figure f : res.figures()) System.out.println(f.kind() + " " + f.text() + " " + f.value());
 * }</pre>
 *
 * Construction is free (no tables are loaded); an instance holds no state, so one may serve all threads.
 * Time is linear in the text length.
 */
public final class FigureExtractor {
    /** Recurring events named by their year (2026年世界杯, 2024年巴黎奥运会): the year names the event, not the text's time. */
    private static final List<String> EVENTS = List.of("世界杯", "奥运会", "奧運會", "冬奥会", "冬奧會", "亚运会", "亞運會",
            "世博会", "世博會", "全运会", "全運會", "欧洲杯", "歐洲杯", "亚洲杯", "亞洲杯", "美洲杯", "世锦赛", "世錦賽", "残奥会", "殘奧會");

    /** A year alone followed, within a place name's reach and no punctuation, by a recurring event (2026年世界杯). */
    static boolean namesEvent(String text, RawFigure r) {
        if (r.date == null || r.dateTo != null || r.date.year == 0 || r.date.month != 0) return false;
        for (int i = r.end; i < Math.min(text.length(), r.end + 7); i++) { // 2027年男篮世界杯: a team word between
            for (String w : EVENTS) if (text.startsWith(w, i)) return true;
            if (!Character.isIdeographic(text.charAt(i))) return false;
        }
        return false;
    }

    /**
     * A year alone that is part of a law's name, not the text's time (《1962年贸易扩展法》, 1974年贸易法第301条,
     * 2021年基础设施法案): laws named by their year are cited long after it. The year of a bill, a budget or a
     * report (《2026年撥款條例草案》, 2025年政府工作报告) is the text's own and stays an anchor.
     */
    static boolean namesLaw(String text, RawFigure r) {
        if (r.date == null || r.dateTo != null || r.date.year == 0 || r.date.month != 0) return false;
        for (int i = r.end + 1; i < Math.min(text.length(), r.end + 10); i++) {
            char c = text.charAt(i);
            if (c == '法') {
                if (text.startsWith("法案", i)) return true;
                char n = i + 1 < text.length() ? text.charAt(i + 1) : '。';
                if ("第》，。、；（(".indexOf(n) >= 0) return true;
            }
            if (!Character.isIdeographic(c)) return false;
        }
        return false;
    }

    /**
     * The start of a range whose start has a month and day but no year and whose end has a written year
     * (12月10日至2026年1月31日), with the year it takes: the end's, or the one before when the start's month comes
     * later in the year than the end's; else null.
     */
    static DateSpec yearOfRangeStart(DateSpec from, DateSpec to) {
        if (from == null || to == null || from.hasYearWord() || from.month == 0 || from.day == 0
                || to.year == 0 || to.shortYear || to.month == 0) return null;
        DateSpec s = from.copy();
        s.year = from.month > to.month || (from.month == to.month && to.day != 0 && from.day > to.day) ? to.year - 1 : to.year;
        return DateResolver.valid(s.year, s.month, s.day) ? s : null;
    }

    /** Longest reach of a dateline into a text: a news agency, a place and a month-day come first. */
    private static final int DATELINE_REACH = 60;

    /**
     * The month-day of a news dateline: a date with month and day in the text's first {@value #DATELINE_REACH}
     * chars followed by 电 or 讯 (新华社北京3月5日电, 本报华盛顿12月2日讯), or null.
     */
    static DateSpec dateline(String text, List<RawFigure> raws) {
        for (RawFigure r : raws) {
            if (r.start >= DATELINE_REACH) break;
            if (r.date == null || r.dateTo != null || r.date.month == 0 || r.date.day == 0 || r.date.rel != DateSpec.NO_REL) continue;
            if (r.end < text.length() && "电電讯訊".indexOf(text.charAt(r.end)) >= 0) return r.date;
        }
        return null;
    }

    /**
     * The date at {@code start} opens the clause right after the one of a date ending at {@code end}, in the same
     * sentence (计划于2025年底前完成…，2027年实现…: the plan's next step is ahead too).
     */
    static boolean nextClause(String text, int end, int start) {
        int marks = 0;
        for (int i = end; i < start; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') return false;
            if (c == '，' || c == '；' || c == ',' || c == ';') marks++;
        }
        if (marks != 1) return false;
        int p = start - 1;
        while (p > end && Character.isWhitespace(text.charAt(p))) p--;
        char b = text.charAt(p);
        return b == '，' || b == '；' || b == ',' || b == ';';
    }

    /** Extracts the figures of {@code text}. */
    public FigureResult extract(String text, ExtractOptions opts) {
        List<RawFigure> raws = new FigureScanner(text).run();
        raws.sort(Comparator.comparingInt((RawFigure r) -> r.start));
        LocalDate ref = opts.referenceDate();
        String source = opts.referenceSource();
        List<DateSpec> specs = null, told = null;
        DateSpec line = null;
        if (ref == null) {
            specs = new ArrayList<>();
            told = new ArrayList<>();
            RawFigure lastDate = null;
            boolean lastAhead = false;
            for (RawFigure r : raws) {
                // a date the text puts ahead (新规将于2027年1月1日起实施) is no estimate of the article's own date
                boolean ahead = r.date != null && (RelativeRecognizer.futureMarker(text, r.start, r.end)
                        || RelativeRecognizer.deadline(text, r.start, r.end) || namesEvent(text, r) || namesLaw(text, r)
                        || lastAhead && nextClause(text, lastDate.end, r.start));
                if (r.date != null) {
                    lastDate = r;
                    lastAhead = ahead;
                }
                if (r.date != null) specs.add(r.date);
                if (r.dateTo != null) specs.add(r.dateTo);
                if (r.date != null && !ahead) told.add(r.date);
                DateSpec start = yearOfRangeStart(r.date, r.dateTo);
                if (start != null) {
                    // 自12月10日至2026年1月31日: the writer names the year only where it is not the current one, so the
                    // end lies in a later year than the article's and the start is in the article's (2025-12-10)
                    if (!ahead) told.add(start);
                } else if (r.dateTo != null && !ahead) {
                    told.add(r.dateTo);
                }
            }
            ref = DateResolver.latestFullDate(told);
            if (ref == null) ref = DateResolver.latestFullDate(specs);
            // a dateline (新华社墨西哥城12月3日电) is the article's own date: with the year that puts it nearest to the
            // latest full date (自2026年1月1日起 in a text of 2025-12-03), or its own
            line = dateline(text, raws);
            if (line != null && line.year != 0 && !line.shortYear && DateResolver.valid(line.year, line.month, line.day)) {
                ref = java.time.LocalDate.of(line.year, line.month, line.day);
            } else if (line != null && ref != null) {
                ref = DateResolver.nearest(ref, line.month, line.day);
            } else {
                line = null;
            }
            source = ref == null ? "none" : "text";
        }
        LocalYuan.apply(text, raws);
        DateResolver dates = new DateResolver(ref, opts.prefer());
        if (line != null) dates.datelineDays();
        // the year of dates without one: the text's latest year, of the dates it does not put ahead (到2027年底,
        // 将于2027年下半年 are targets, not the article's year; with no other year such dates stay unresolved)
        if (ref == null) dates.textYear(told);
        RelativeDates relatives = new RelativeDates(text, ref, opts.prefer());
        relatives.textYear(dates.textYear());
        Tariffs tariffs = raws.isEmpty() ? null : new Tariffs(text);
        List<Sentence> sentences = null;
        CodePointIndex cpi = null;
        List<Figure> figures = new ArrayList<>(raws.size());
        int lastDateEnd = 0;
        for (RawFigure r : raws) {
            Object value = r.value, low = r.low, high = r.high;
            if (r.date != null) {
                for (int k = lastDateEnd; k < r.start; k++) {
                    char c = text.charAt(k);
                    if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n') {
                        dates.sentenceBreak();
                        break;
                    }
                }
                lastDateEnd = r.end;
            }
            Boolean yearInferred = null;
            String unresolved = null;
            String yearSource = null;
            if (r.rel != null) {
                RelativeDates.Out d = relatives.resolve(r.rel, r.start);
                if (d == null) continue; // 上个月31日 in a month of 30 days
                value = d.value();
                low = d.low();
                high = d.high();
                unresolved = d.unresolved();
                yearInferred = !r.rel.writtenYear();
                yearSource = d.unresolved() != null || r.rel.kind == RelativeDate.Kind.EVENT ? "none"
                        : r.rel.writtenYear() || ref == null ? "text" : "reference";
                relatives.named(d.value(), r.start, r.end);
            } else if (r.date != null) {
                DateResolver.Resolved d = dates.resolve(r.date, r.dateTo, r.date.writtenYear() ? 0 : Leaning.of(text, r.start, r.end));
                if (namesLaw(text, r)) dates.sentenceBreak(); // 根据《1962年贸易扩展法》…10月14日起: 1962 is not in play
                if (d.value() == null && d.low() == null) {
                    if (ref != null || r.date.rel == DateSpec.NO_REL) continue;
                    unresolved = "relative"; // 今年 without any reference date: kept, with the reason
                }
                value = d.value();
                low = d.low();
                high = d.high();
                yearInferred = d.yearInferred();
                yearSource = d.source();
                relatives.named(d.value(), r.start, r.end);
            } else if (r.duration != null) {
                value = r.value == null ? null : iso(r.value, r.duration);
                low = r.low == null ? null : iso(r.low, r.duration);
                high = r.high == null ? null : iso(r.high, r.duration);
            }
            if (r.time != null && value instanceof String day) {
                String[] t = TimeOfDayRecognizer.apply(r, day);
                if (t != null) {
                    value = t[0];
                    low = t[1];
                    high = t[2];
                }
            }
            if (!opts.kinds().contains(r.kind)) continue;
            boolean tariff = tariffs.about(r.start, r.end, r.date != null || r.rel != null, r.duration != null);
            if (opts.tariffOnly() && !tariff) continue;
            if (sentences == null) {
                sentences = SentenceSplitter.get().split(text);
                cpi = CodePointIndex.of(text);
            }
            figures.add(new Figure(r.kind, text.substring(r.start, r.end), cpi.toCodePoint(r.start),
                    cpi.toCodePoint(r.end), value, low, high, r.unit, r.currency, r.per, tariff, yearInferred,
                    r.qualifier, SentenceSplitter.sentenceAt(sentences, r.start), unresolved, yearSource, r.direction));
        }
        return new FigureResult(figures, ref, source);
    }

    /** ISO 8601 duration of an amount of a unit (Y, M, W, D, H, MIN, S); fractions stay in that unit. */
    static String iso(BigDecimal amount, String unit) {
        String a = ChineseNumbers.strip(amount).toPlainString();
        switch (unit) {
            case "H": return "PT" + a + "H";
            case "MIN": return "PT" + a + "M";
            case "S": return "PT" + a + "S";
            default: return "P" + a + unit;
        }
    }
}
