package org.zhtext.figures;

/**
 * Numeric date forms the {@link DateRecognizer} does not read: {@code 2018.7.6} (a year, month and day with
 * dots, which the number scan takes for a decimal), event names by month and day with a middle dot ({@code 9·11},
 * {@code 7·23}: the year is not inferred, {@code --09-11}), and a month followed by a day without 日
 * ({@code 三月28}, {@code 3月28}) when nothing after the day makes it a count (3月28家, 1月30万辆) or a decimal.
 * Version numbers (18.1.1), scores (1-2) and prices stay what they were.
 */
final class NumericDateRecognizer extends TextScan implements Recognizer {
    private final FigureScanner scanner;

    NumericDateRecognizer(FigureScanner scanner) {
        super(scanner.s);
        this.scanner = scanner;
    }

    @Override
    public FigureKind kind() {
        return FigureKind.DATE;
    }

    @Override
    public RawFigure afterNumber(int i, int e, int k) {
        RawFigure r = dotted(i);
        return r != null ? r : event(i, e);
    }

    /** 2018.7.6 / 2018.07.06 at i. */
    private RawFigure dotted(int i) {
        int p = i;
        int y = 0;
        while (p < n && p - i < 4 && s.charAt(p) >= '0' && s.charAt(p) <= '9') y = y * 10 + (s.charAt(p++) - '0');
        if (p - i != 4 || y < 1900 || y > 2099 || !nextIs(p, '.')) return null;
        if (i > 0 && (ChineseNumbers.isArabicDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.' || isAsciiLetter(s.charAt(i - 1)))) return null;
        int[] md = new int[2];
        int q = p + 1;
        for (int k = 0; k < 2; k++) {
            int st = q;
            int v = 0;
            while (q < n && q - st < 2 && s.charAt(q) >= '0' && s.charAt(q) <= '9') v = v * 10 + (s.charAt(q++) - '0');
            if (q == st) return null;
            md[k] = v;
            if (k == 0) {
                if (!nextIs(q, '.')) return null;
                q++;
            }
        }
        if (q < n && (ChineseNumbers.isArabicDigit(s.charAt(q)) || (s.charAt(q) == '.' && q + 1 < n && ChineseNumbers.isArabicDigit(s.charAt(q + 1)))
                || isAsciiLetter(s.charAt(q)))) return null;
        if (!DateResolver.valid(y, md[0], md[1])) return null;
        DateSpec d = new DateSpec();
        d.year = y;
        d.month = md[0];
        d.day = md[1];
        RawFigure r = new RawFigure(FigureKind.DATE, i, q);
        r.date = d;
        return r;
    }

    private static boolean isMiddleDot(char c) {
        return c == '·' || c == '•' || c == '・' || c == '‧';
    }

    /** 9·11, 7·23: a month (1–12) and a day with a middle dot, no more digits around. */
    private RawFigure event(int i, int e) {
        ChineseNumbers.NumScan num = scanner.num;
        if (num.plainDigits < 1 || num.plainDigits > 2 || e + 1 >= n || !isMiddleDot(s.charAt(e))) return null;
        if (i > 0 && (ChineseNumbers.isArabicDigit(s.charAt(i - 1)) || isMiddleDot(s.charAt(i - 1)))) return null;
        int m = num.value.intValue();
        int q = e + 1, d = 0;
        while (q < n && q - e - 1 < 2 && s.charAt(q) >= '0' && s.charAt(q) <= '9') d = d * 10 + (s.charAt(q++) - '0');
        if (q == e + 1 || (q < n && (ChineseNumbers.isArabicDigit(s.charAt(q)) || isMiddleDot(s.charAt(q))))) return null;
        if (!DateResolver.valid(2000, m, d)) return null;
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.EVENT);
        rel.month = m;
        rel.day = d;
        RawFigure r = new RawFigure(FigureKind.DATE, i, q);
        r.rel = rel;
        return r;
    }

    /**
     * A month date the {@link DateRecognizer} read (三月, 3月, 2025年3月) followed by a day without 日 (三月28):
     * widens it to the day.
     */
    void extend(RawFigure r) {
        DateSpec d = r.date;
        if (d == null || r.dateTo != null || d.month == 0 || d.day != 0 || d.part != DateSpec.Part.NONE) return;
        int p = r.end;
        if (p >= n || s.charAt(p - 1) != '月' || !(s.charAt(p) >= '0' && s.charAt(p) <= '9')) return;
        int q = p, v = 0;
        while (q < n && q - p < 2 && s.charAt(q) >= '0' && s.charAt(q) <= '9') v = v * 10 + (s.charAt(q++) - '0');
        if (v < 1 || v > 31) return;
        if (q < n) {
            char c = s.charAt(q);
            if (ChineseNumbers.isArabicDigit(c) || c == '.' || c == '．' || c == '%' || c == '％' || c == ':' || isAsciiLetter(c)
                    || isConnector(c) || ChineseNumbers.scaleExp(c) > 0 || ChineseNumbers.unitExp(c) > 0 || c == '多' || c == '余'
                    || "日号號个個天年月周週时時点點分秒".indexOf(c) >= 0
                    || Lexicon.match(s, q, n, Lexicon.QUANTITY_UNITS) != null || Lexicon.match(s, q, n, Lexicon.CURRENCY_AFTER) != null
                    || Lexicon.match(s, q, n, Lexicon.SUB_UNITS) != null) return;
        }
        if (d.year != 0 && !DateResolver.valid(d.year, d.month, v)) return;
        if (d.year == 0 && !DateResolver.valid(2000, d.month, v)) return;
        d.day = v;
        r.end = q;
    }
}
