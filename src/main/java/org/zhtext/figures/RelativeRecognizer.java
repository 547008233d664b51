package org.zhtext.figures;

/**
 * What the recognizers of dates that count from something else share ({@link RelativeDayRecognizer},
 * {@link WeekdayRecognizer}, {@link RelativeMonthRecognizer}, {@link OffsetRecognizer}, {@link HolidayRecognizer}):
 * recording a {@link RelativeDate}, taking a year written right before it (2025年中秋节, 今年前10个月), and the
 * future markers that govern a bare weekday.
 */
abstract class RelativeRecognizer extends TextScan implements Recognizer {
    final FigureScanner scanner;

    RelativeRecognizer(FigureScanner scanner) {
        super(scanner.s);
        this.scanner = scanner;
    }

    @Override
    public FigureKind kind() {
        return FigureKind.DATE;
    }

    /** Records a date figure [start, end) for rel and returns end. */
    final int record(int start, int end, RelativeDate rel) {
        RawFigure r = new RawFigure(FigureKind.DATE, start, end);
        r.rel = rel;
        scanner.out.add(r);
        return end;
    }

    /**
     * The date figure recorded last when it is a year alone (2025年, 今年) ending right at i, removed from the
     * output so that the caller's figure can start at it; else null.
     */
    final RawFigure takeYear(int i) {
        int last = scanner.out.size() - 1;
        if (last < 0) return null;
        RawFigure y = scanner.out.get(last);
        if (y.end != i || y.kind != FigureKind.DATE || y.date == null || y.dateTo != null || y.rel != null) return null;
        DateSpec d = y.date;
        if (d.month != 0 || d.day != 0 || d.part != DateSpec.Part.NONE || !d.hasYearWord()) return null;
        scanner.out.remove(last);
        return y;
    }

    /** Copies the year of a taken year figure into rel. */
    static void yearOf(RawFigure y, RelativeDate rel) {
        rel.year = y.date.year;
        rel.yearRel = y.date.rel;
    }

    /** Future markers (also {@link Leaning}'s: a sentence with one is not told in the past). */
    static final String[] FUTURE_BEFORE = {"将", "將", "拟", "擬", "计划", "計劃", "预计", "預計", "定于", "定於",
            "准备", "準備", "打算", "预定", "預定", "即将", "即將", "有望", "将会", "將會", "届时", "屆時"};
    private static final String[] FUTURE_AFTER = {"将", "將", "拟", "擬", "计划", "計劃", "预计", "預計"};

    /**
     * A future marker governs the word at [start, end): one of 将/拟/计划/预计/定于… earlier in its clause (at most
     * 12 chars back), or right after it or after its 起 (周三将公布, 周一起将实施).
     */
    final boolean futureMarker(int start, int end) {
        return futureMarker(s, start, end);
    }

    /** {@link #futureMarker(int, int)} in {@code s}: also for the dates of a text ({@code FigureExtractor}). */
    static boolean futureMarker(String s, int start, int end) {
        int lo = Math.max(0, start - 12);
        for (int p = start - 1; p >= lo; p--) {
            char c = s.charAt(p);
            if (isClauseMark(c)) break;
            for (String w : FUTURE_BEFORE) if (w.charAt(0) == c && s.startsWith(w, p) && p + w.length() <= start) return true;
        }
        if (end < s.length() && s.charAt(end) == '起') end++; // 周一起将实施, 2027年1月1日起将实施
        for (String w : FUTURE_AFTER) if (s.startsWith(w, end)) return true;
        return false;
    }

    /**
     * A deadline: the date at [start, end) is what something is due by, after 到/至/直到 (not 截至, "as of") or
     * before 前/以前/之前 (到2027年底, 2030年前; not 2024年前三季度, where 前 starts a count).
     */
    static boolean deadline(String s, int start, int end) {
        if (start > 0) {
            char b = s.charAt(start - 1);
            if (b == '到' || (b == '至' && (start < 2 || s.charAt(start - 2) != '截'))) return true;
        }
        int e = end;
        if (s.startsWith("以前", e) || s.startsWith("之前", e)) return true;
        if (e < s.length() && s.charAt(e) == '前') {
            return e + 1 >= s.length() || !(Character.isDigit(s.charAt(e + 1)) || ChineseNumbers.digitValue(s.charAt(e + 1)) >= 0
                    || "两兩几幾半".indexOf(s.charAt(e + 1)) >= 0);
        }
        return false;
    }

    static boolean isClauseMark(char c) {
        switch (c) {
            case '，': case ',': case '。': case '；': case ';': case '！': case '？': case '!': case '?': case '：': case ':':
            case '\n': case '\r':
                return true;
            default:
                return false;
        }
    }

    /** 1–7 for 一…六 and 日/天 (Sunday), else 0. */
    static int weekdayChar(char c) {
        switch (c) {
            case '一': return 1;
            case '二': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '日': case '天': return 7;
            default: return 0;
        }
    }
}
