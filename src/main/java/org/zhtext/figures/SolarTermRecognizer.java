package org.zhtext.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Solar terms by name (立春, 清明, 冬至 …; {@code solar-terms.txt}), with a year written right before them (2024年冬至,
 * 今年冬至); a trailing 节 belongs to the name (清明节). Names that are also common words (大雪, 雨水, 小雪, 清明) are
 * the term only with a year written in digits or numerals before them (2024年大雪, not 今年雨水) or a context word
 * after them (大雪节气, 清明前后). The date is computed
 * ({@link SolarTerms}) and resolved like a holiday ({@link RelativeDates}: the year written, else the nearest one).
 */
final class SolarTermRecognizer extends RelativeRecognizer {
    /** Name → longitude, with a leading {@code *} for the names that need a context. */
    private static final Lexicon.Table TERMS, CONTEXT;
    static final String ANCHORS;

    static {
        Map<String, String> terms = new LinkedHashMap<>(), context = new LinkedHashMap<>();
        for (String[] f : Scripts.lines("solar-terms.txt")) {
            if (f[0].equals("term")) terms.put(f[1], (f[3].equals("context") ? "*" : "") + f[2]);
            else if (f[0].equals("context")) for (String w : f[1].split(" ")) context.put(w, w);
            else throw new IllegalStateException("solar-terms.txt: " + f[0]);
        }
        TERMS = Scripts.table(terms, true);
        CONTEXT = Scripts.table(context, true);
        StringBuilder a = new StringBuilder();
        for (Lexicon.Entry e : TERMS.entries()) if (a.indexOf(e.word().substring(0, 1)) < 0) a.append(e.word().charAt(0));
        ANCHORS = a.toString();
    }

    SolarTermRecognizer(FigureScanner scanner) {
        super(scanner);
    }

    @Override
    public int atAnchor(int i) {
        Lexicon.Entry t = Lexicon.match(s, i, n, TERMS);
        if (t == null) return -1;
        int end = i + t.word().length();
        RawFigure year = takeable(i);
        boolean context = t.norm().startsWith("*");
        boolean written = year != null && year.date.rel == DateSpec.NO_REL; // 2024年大雪, not 今年雨水
        if (context && !written && Lexicon.match(s, end, n, CONTEXT) == null) return -1;
        if (nextIs(end, '节', '節') && !nextIs(end + 1, '气', '氣')) end++; // 清明节
        if (year != null) year = takeYear(i);
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.HOLIDAY);
        rel.rule = Holidays.Rule.SOLAR_TERM;
        rel.longitude = Integer.parseInt(context ? t.norm().substring(1) : t.norm());
        int start = i;
        if (year != null) {
            yearOf(year, rel);
            start = year.start;
        }
        return record(start, end, rel);
    }

    /** The year figure right before i that {@link #takeYear} would take, without taking it; else null. */
    private RawFigure takeable(int i) {
        int last = scanner.out.size() - 1;
        if (last < 0) return null;
        RawFigure y = scanner.out.get(last);
        if (y.end != i || y.kind != FigureKind.DATE || y.date == null || y.dateTo != null || y.rel != null) return null;
        DateSpec d = y.date;
        return d.month != 0 || d.day != 0 || d.part != DateSpec.Part.NONE || !d.hasYearWord() ? null : y;
    }
}
