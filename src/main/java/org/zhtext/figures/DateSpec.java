package org.zhtext.figures;

/**
 * A date as written, before its year is resolved: an explicit year, a year relative to the reference
 * date (今年 0, 去年 -1, 明年 +1, 前年 -2), a month, a day, and a part of the month or year.
 * Fields are 0 when absent ({@code rel} uses {@link #NO_REL}).
 */
final class DateSpec {
    static final int NO_REL = Integer.MIN_VALUE;

    /** Parts: none, 上旬/初, 中旬, 下旬/底/末, 上半年, 下半年, quarters. */
    /** Parts of a month or year; EARLY_MIDDLE and MIDDLE_LATE are 上中旬 (1st-20th) and 中下旬 (11th to the end). */
    enum Part { NONE, EARLY, MIDDLE, LATE, H1, H2, Q1, Q2, Q3, Q4, EARLY_MIDDLE, MIDDLE_LATE }

    int year;
    /** {@code year} was written with two digits (97年, 零八年): its century comes from the reference year. */
    boolean shortYear;
    int rel = NO_REL;
    int month;
    int day;
    Part part = Part.NONE;

    /** The day cannot exist in its month (2月30日, 4月31日, 13月, 2019年2月29日): the text is no date. */
    boolean impossible;

    boolean hasYearWord() {
        return year != 0 || shortYear || rel != NO_REL;
    }

    /** The year is written in the text, in full or with two digits. */
    boolean writtenYear() {
        return year != 0 || shortYear;
    }

    DateSpec copy() {
        DateSpec d = new DateSpec();
        d.year = year;
        d.shortYear = shortYear;
        d.impossible = impossible;
        d.rel = rel;
        d.month = month;
        d.day = day;
        d.part = part;
        return d;
    }
}
