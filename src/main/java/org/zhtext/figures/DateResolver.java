package org.zhtext.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Gives dates their years and ISO 8601 forms, in text order (one instance per text; not thread-safe).
 * A written year wins; 今年/去年/明年/前年 count from the reference date; a month or month-day without a
 * year takes the year that puts it nearest to its anchor — the closest preceding date with year and month,
 * else the reference date; a bare day (14日) takes the month nearest to the reference date (else to the
 * anchor). Without any anchor the year stays unknown ({@code --09-14}, {@code --09}). A two-digit year (97年)
 * is 19xx or 20xx, whichever is nearer the reference year (else the anchor's, else 2000; a tie goes to the
 * past). A date whose day does not exist in the year it gets (2月29日 given a year that is not a leap year)
 * resolves to nothing.
 */
final class DateResolver {
    /** A resolved date: either value, or low and high; yearInferred as in the figure record. */
    record Resolved(String value, String low, String high, boolean yearInferred, String source) {
    }

    private final LocalDate reference;
    private final DatePreference prefer;
    private LocalDate anchor;
    /** The anchor comes from the text (a dated expression with a year word), not the reference date. */
    private boolean anchorText;
    /** The text's anchor names a day (2023年3月5日), not only a month (今年9月, 1至9月). */
    private boolean anchorDay;
    /** The reference date is the text's dateline: a bare day is near it, whatever dates the text names before. */
    private boolean datelineDays;

    /** Bare days (19日) are read near the reference date, the text's dateline (新华社华盛顿11月20日电), not near other dates. */
    void datelineDays() {
        datelineDays = true;
    }
    /** A year named alone in the text (2025年, 2025年上半年, 今年) after the anchor: the year in play, else 0. */
    private int yearInPlay;
    /** Where the year of the spec filled last came from: text, reference or none. */
    private String source = "none";
    /**
     * Without a reference date: the latest year written in the text (2024年稀土产量…), which a month or month-day
     * without a year and without a nearer anchor takes (source {@code text}); 0 when there is none.
     */
    private int textYear;
    /**
     * Without a reference date or a dated anchor: the last month-day read ({year or 0, month, day}; 11月28日 of a
     * dateline), whose month a bare day near it takes (28日 → --11-28); null before one.
     */
    private int[] lastMonthDay;
    /** +1 when a forward-pointing verb governs the date being resolved (延长到, 将于), -1 a backward one (原定), else 0. */
    private int lean;

    DateResolver(LocalDate reference) {
        this(reference, DatePreference.DEFAULT);
    }

    /** With {@code prefer} PAST or FUTURE, a month-day without a year is the last (next) one from its anchor. */
    DateResolver(LocalDate reference, DatePreference prefer) {
        this.reference = reference;
        this.prefer = prefer;
        this.anchor = reference;
    }

    /** Day {@code d} of base's month or the month before or after, whichever is nearest base (null: no such day). */
    private static LocalDate nearestDay(LocalDate base, int d) {
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            YearMonth ym = YearMonth.from(base).plusMonths(k);
            if (d <= ym.lengthOfMonth()) {
                LocalDate c = ym.atDay(d);
                if (best == null || Math.abs(ChronoUnit.DAYS.between(base, c)) < Math.abs(ChronoUnit.DAYS.between(base, best))) best = c;
            }
        }
        return best;
    }

    /** Month {@code m}, day {@code d} in the year (of around {@code near}'s) that puts it nearest to {@code near}. */
    static LocalDate nearest(LocalDate near, int m, int d) {
        LocalDate best = null;
        for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
            if (!valid(y, m, d)) continue;
            LocalDate c = LocalDate.of(y, m, d);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(near, c)) < Math.abs(ChronoUnit.DAYS.between(near, best))) best = c;
        }
        return best == null ? near : best;
    }

    /** The latest date with a written year, month and day, or null (the reference date inferred from a text). */
    static LocalDate latestFullDate(Iterable<DateSpec> specs) {
        LocalDate best = null;
        for (DateSpec s : specs) {
            if (s.year != 0 && !s.shortYear && s.month != 0 && s.day != 0 && valid(s.year, s.month, s.day)) {
                LocalDate d = LocalDate.of(s.year, s.month, s.day);
                if (best == null || d.isAfter(best)) best = d;
            }
        }
        return best;
    }

    /** The latest year written in the text (see {@link #textYear}); used only when there is no reference date. */
    void textYear(Iterable<DateSpec> specs) {
        if (reference != null) return;
        for (DateSpec s : specs) {
            if (s.year != 0 && !s.shortYear && s.rel == DateSpec.NO_REL && s.year > textYear) textYear = s.year;
        }
    }

    /** The text's own year without a reference date (see {@link #textYear}), else 0. */
    int textYear() {
        return textYear;
    }

    /** A sentence ended (or the year just named belongs to a title): a year named alone (2024年中国稀土产量…) stays in play only within its sentence. */
    void sentenceBreak() {
        yearInPlay = 0;
    }

    /**
     * Resolves one date or a range, governed by a forward-pointing (+1: 延长到, 将于, 推迟至) or backward-pointing
     * (-1: 原定, 此前) word, or neither (0): of two near readings of a month without a year, the later (earlier) one.
     */
    Resolved resolve(DateSpec from, DateSpec to, int lean) {
        this.lean = lean;
        try {
            return resolve(from, to);
        } finally {
            this.lean = 0;
        }
    }

    /** Resolves one date or, when {@code to} is not null, the range from..to. */
    Resolved resolve(DateSpec from, DateSpec to) {
        // a range of months from January without a year (1月至10月) is placed by its last month (rangeYear)
        rangeEnd = to != null && !to.hasYearWord() && to.month != 0 && from.month != 0 ? to : null;
        int[] a;
        try {
            a = fill(from);
        } finally {
            rangeEnd = null;
        }
        String src = source;
        if (!exists(a)) return NOTHING;
        if (to == null) {
            String[] iso = iso(from, a);
            return new Resolved(iso[0], iso[1], iso[2], !from.writtenYear(), a[0] == 0 ? "none" : source);
        }
        DateSpec t = to.copy();
        boolean inherited = false;
        if (!t.hasYearWord() && a[0] != 0 && (t.month != 0 || t.day != 0)) {
            t.year = a[0];
            inherited = true;
        }
        if (t.month == 0 && t.day != 0) t.month = a[1];
        int[] b = fill(t);
        if (inherited && b[1] != 0 && a[1] != 0 && (b[1] < a[1] || (b[1] == a[1] && b[2] != 0 && b[2] < a[2]))) {
            b[0]++; // 12月至1月
        }
        if (!exists(b)) return NOTHING;
        String[] lo = iso(from, a);
        String[] hi = iso(t, b);
        return new Resolved(null, lo[0] != null ? lo[0] : lo[1], hi[0] != null ? hi[0] : hi[2], !from.writtenYear(),
                a[0] == 0 ? "none" : src);
    }

    private static final Resolved NOTHING = new Resolved(null, null, null, false, "none");

    /** False for a full year, month and day that do not exist (2025-02-29). */
    private static boolean exists(int[] ymd) {
        return ymd[0] == 0 || ymd[1] == 0 || ymd[2] == 0 || valid(ymd[0], ymd[1], ymd[2]);
    }

    /** Year, month, day of a spec (0 = unknown); moves the anchor when the spec names a year and a month. */
    /** The end of the range whose start {@link #fill} is reading, when it has no year of its own; else null. */
    private DateSpec rangeEnd;

    private int[] fill(DateSpec s) {
        int y = 0, m = s.month, d = s.day;
        source = "none";
        if (s.shortYear) {
            y = century(s.year);
            source = "text";
        } else if (s.year != 0) {
            y = s.year;
            source = "text";
        } else if (s.rel != DateSpec.NO_REL) {
            // no reference date: 今年 is the text's own year, as for a month-day without one (2025年春运…今年春节)
            y = reference != null ? reference.getYear() + s.rel : textYear != 0 ? textYear + s.rel : 0;
            source = reference != null ? "reference" : "text";
        } else if (yearInPlay != 0 && (m != 0 || s.part != DateSpec.Part.NONE)) {
            y = yearInPlay; // 2023年的数据显示，8月15日: the year in play
            source = "text";
        } else if (anchor != null && m != 0) {
            if (prefer == DatePreference.DEFAULT && rangeEnd != null) {
                y = rangeYear(s, rangeEnd);
            } else {
                y = prefer == DatePreference.DEFAULT ? nearestYear(m, d) : preferredYear(m, d);
            }
            source = anchorText ? "text" : "reference";
        } else if (anchor == null && textYear != 0 && (m != 0 || s.part != DateSpec.Part.NONE)) {
            y = textYear; // no reference date: the article's own year (10月9日 … 2024年稀土产量)
            source = "text";
        } else if (reference == null && anchor == null && lastMonthDay != null && d != 0 && m == 0) {
            // no reference date, no dated anchor: a bare day (5日) near the month-day last read (3月5日电) takes its
            // month, the nearest reading of the day as above (and its year, when it has one)
            int[] base = lastMonthDay;
            int by = base[0] == 0 ? 2000 : base[0]; // a leap year: month lengths of an unknown year
            LocalDate b = LocalDate.of(by, base[1], Math.min(base[2], YearMonth.of(by, base[1]).lengthOfMonth()));
            LocalDate best = nearestDay(b, d);
            if (best != null) {
                y = base[0] == 0 ? 0 : best.getYear();
                m = best.getMonthValue();
                source = y == 0 ? "none" : "text";
            }
        } else if ((reference != null || anchor != null) && d != 0) {
            // a bare day (15日) is news shorthand for a day near the article's date: the reference first, unless
            // the text has named a dated day since (2023年3月5日开幕，10日闭幕; not a month or a range of months:
            // 今年1至9月…，发言人4日表示 is the 4th of the article's month)
            boolean dayAnchor = anchorText && anchor != null && anchorDay && !datelineDays;
            LocalDate base = dayAnchor ? anchor : reference != null ? reference : anchor;
            source = base == anchor && anchorText ? "text" : "reference";
            LocalDate best = nearestDay(base, d);
            if (best != null) {
                y = best.getYear();
                m = best.getMonthValue();
            }
        } else if (anchor != null && s.part != DateSpec.Part.NONE) {
            y = anchor.getYear();
            source = anchorText ? "text" : "reference";
        }
        if (s.month != 0 && s.day != 0 && s.rel == DateSpec.NO_REL) lastMonthDay = new int[] {y, m, d};
        if (y != 0 && s.hasYearWord()) {
            if (m != 0) {
                anchor = LocalDate.of(y, m, d == 0 || !valid(y, m, d) ? 1 : d);
                anchorText = true;
                anchorDay = d != 0;
                yearInPlay = 0;
            } else {
                yearInPlay = y;
            }
        }
        return new int[] {y, m, d};
    }

    /** 19yy or 20yy, whichever is nearer the reference year (else the anchor's, else 2000); a tie: 19yy. */
    private int century(int yy) {
        int base = reference != null ? reference.getYear() : anchor != null ? anchor.getYear() : 2000;
        return Math.abs(2000 + yy - base) < Math.abs(1900 + yy - base) ? 2000 + yy : 1900 + yy;
    }

    /**
     * The year of a range of whole months from January without a year (1至10月, 1-12月, 1月至9月: figures for the
     * year to date): the last year whose last month of the range is not after the reference date's month (such
     * figures are of months that have come; without a reference date, the anchor's). Reading its January as the
     * nearest one put a range that had just ended a year ahead. Other ranges: their start's nearest year.
     */
    private int rangeYear(DateSpec from, DateSpec to) {
        boolean yearToDate = from.month == 1 && from.day == 0 && from.part == DateSpec.Part.NONE && to.day == 0
                && to.part == DateSpec.Part.NONE && to.month > 1;
        if (!yearToDate) return nearestYear(from.month, from.day);
        LocalDate now = reference != null ? reference : anchor; // the article's date, not the last date it named
        return to.month <= now.getMonthValue() ? now.getYear() : now.getYear() - 1;
    }

    /**
     * The year that puts month m (day d) nearest to the anchor. The day counts as far as the month has it:
     * 2月29日 is placed as 2月28日 in a common year, and does not exist there ({@link #exists}).
     */
    private int nearestYear(int m, int d) {
        int best = 0;
        long bestDist = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            long dist = distance(LocalDate.of(y, m, d == 0 ? 1 : Math.min(d, YearMonth.of(y, m).lengthOfMonth())));
            if (dist < bestDist) {
                bestDist = dist;
                best = y;
            }
        }
        if (lean != 0) {
            // a forward (backward) word: the next (previous) reading wins when it is near too (within a quarter)
            int y = best + lean;
            LocalDate c = LocalDate.of(y, m, d == 0 ? 1 : Math.min(d, YearMonth.of(y, m).lengthOfMonth()));
            boolean side = lean > 0 ? c.isAfter(anchor) : c.isBefore(anchor);
            if (side && distance(c) <= bestDist + 92) return y;
            return best;
        }
        if (anchorText && best != anchor.getYear()) {
            // the year already in play wins unless another is nearer by more than a quarter (今年5月 … 11月初)
            int y = anchor.getYear();
            long own = distance(LocalDate.of(y, m, d == 0 ? 1 : Math.min(d, YearMonth.of(y, m).lengthOfMonth())));
            if (own <= bestDist + 92) return y;
        }
        return best;
    }

    private long distance(LocalDate c) {
        return Math.abs(ChronoUnit.DAYS.between(anchor, c));
    }

    static boolean valid(int y, int m, int d) {
        return m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth();
    }

    /** {value, low, high} in ISO 8601 for a spec with its resolved y/m/d. */
    private static String[] iso(DateSpec s, int[] ymd) {
        int y = ymd[0], m = ymd[1], d = ymd[2];
        switch (s.part) {
            case EARLY: return range(y, m, 1, 10);
            case MIDDLE: return range(y, m, 11, 20);
            case LATE: return range(y, m, 21, lastDay(y, m));
            case EARLY_MIDDLE: return range(y, m, 1, 20);
            case MIDDLE_LATE: return range(y, m, 11, lastDay(y, m));
            case H1: return new String[] {null, ym(y, 1), ym(y, 6)};
            case H2: return new String[] {null, ym(y, 7), ym(y, 12)};
            case Q1: case Q2: case Q3: case Q4:
                int q = s.part.ordinal() - DateSpec.Part.Q1.ordinal();
                return new String[] {null, ym(y, 3 * q + 1), ym(y, 3 * q + 3)};
            default:
                if (m == 0 && d == 0) return new String[] {y == 0 ? null : year(y), null, null};
                if (d == 0) return new String[] {ym(y, m), null, null};
                if (m == 0) return new String[] {"---" + two(d), null, null};
                return new String[] {ymd(y, m, d), null, null};
        }
    }

    /** The last day of month m of year y (0: unknown, February then has 29). */
    private static int lastDay(int y, int m) {
        return y == 0 ? (m == 2 ? 29 : YearMonth.of(2001, m).lengthOfMonth()) : YearMonth.of(y, m).lengthOfMonth();
    }

    private static String[] range(int y, int m, int d1, int d2) {
        return new String[] {null, ymd(y, m, d1), ymd(y, m, d2)};
    }

    private static String year(int y) {
        String v = Integer.toString(y);
        return "0000".substring(Math.min(4, v.length())) + v;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String ym(int y, int m) {
        return (y == 0 ? "-" : year(y)) + "-" + two(m);
    }

    private static String ymd(int y, int m, int d) {
        return ym(y, m) + "-" + two(d);
    }

    /**
     * The year of the first month-day on or after the anchor (FUTURE; a month counts while it lasts) or of the last
     * one on or before it (PAST; a month counts from its first day).
     */
    private int preferredYear(int m, int d) {
        boolean future = prefer == DatePreference.FUTURE;
        for (int k = 0; k <= 2; k++) {
            int y = future ? anchor.getYear() - 1 + k : anchor.getYear() + 1 - k;
            if (d != 0 && !valid(y, m, d)) continue;
            LocalDate c = d != 0 ? LocalDate.of(y, m, d) : future ? YearMonth.of(y, m).atEndOfMonth() : LocalDate.of(y, m, 1);
            if (future ? !c.isBefore(anchor) : !c.isAfter(anchor)) return y;
        }
        return nearestYear(m, d);
    }
}
