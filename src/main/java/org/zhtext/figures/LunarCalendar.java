package org.zhtext.figures;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;

/**
 * Lunar (农历) dates to Gregorian ones, computed astronomically (no hand-made table) by lunar-java
 * ({@code cn.6tail:lunar}, MIT), which follows the official rules (GB/T 33661-2017: new moons and terms on Beijing
 * time) with a high-precision ephemeris. ICU4J 79.1's {@code ChineseCalendar}, used before, put 9 month starts of
 * 1901–2099 on the wrong day where a new moon falls within minutes of midnight, among them 春节 2027 (February 7 for
 * the published February 6) and 2030 (docs/ARCHITECTURE.md). Lunar year {@code y} is the one whose first day (春节)
 * falls in Gregorian year {@code y}; its twelfth month (腊月) ends in Gregorian {@code y + 1}. Thread-safe.
 */
final class LunarCalendar {
    private LunarCalendar() {
    }

    /** Day {@code day} (1–30) of lunar month {@code month} (1–12, not a leap month) of lunar year {@code year}. */
    static LocalDate toGregorian(int year, int month, int day) {
        Solar s = Lunar.fromYmd(year, month, day).getSolar();
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }

    /**
     * The last day of the twelfth month before lunar year {@code year} begins — 除夕, 大年三十 — the eve of 春节:
     * the 29th or the 30th, as the month has it.
     */
    static LocalDate newYearsEve(int year) {
        return toGregorian(year, 1, 1).minusDays(1);
    }

    /**
     * A lunar month and day in lunar year {@code year}; a day of the twelfth month (腊月) counts to the year that
     * ends with it, so 腊月初八 of 2025 is in January 2026. Day 30 of a 29-day month is its last day (大年三十).
     */
    static LocalDate date(int year, int month, int day) {
        if (day == 30) {
            LocalDate next = month == 12 ? toGregorian(year + 1, 1, 1) : toGregorian(year, month + 1, 1);
            LocalDate first = toGregorian(year, month, 1);
            return first.plusDays(Math.min(29, next.toEpochDay() - first.toEpochDay() - 1));
        }
        return toGregorian(year, month, day);
    }
}
