package org.zhtext.figures;

/**
 * A date as written, before its year is resolved: an explicit year, a year relative to the reference
 * date (今年 0, 去年 -1, 明年 +1, 前年 -2), a month, a day, and a part of the month or year.
 * Fields are 0 when absent ({@code rel} uses {@link #NO_REL}).
 */
final class DateSpec {
    static final int NO_REL = Integer.MIN_VALUE;

    /** Parts: none, 上旬/初, 中旬, 下旬/底/末, 上半年, 下半年, quarters. */
    enum Part { NONE, EARLY, MIDDLE, LATE, H1, H2, Q1, Q2, Q3, Q4 }

    int year;
    int rel = NO_REL;
    int month;
    int day;
    Part part = Part.NONE;

    boolean hasYearWord() {
        return year != 0 || rel != NO_REL;
    }

    DateSpec copy() {
        DateSpec d = new DateSpec();
        d.year = year;
        d.rel = rel;
        d.month = month;
        d.day = day;
        d.part = part;
        return d;
    }
}
