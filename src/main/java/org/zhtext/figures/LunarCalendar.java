package org.zhtext.figures;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import java.time.LocalDate;

/**
 * Lunar (农历) dates to Gregorian ones with ICU4J's {@link ChineseCalendar} — the astronomical Chinese calendar,
 * no hand-made table. Lunar year {@code y} is the one whose first day (春节) falls in Gregorian year {@code y};
 * its twelfth month (腊月) ends in Gregorian {@code y + 1}. Thread-safe: a calendar per call (lunar dates are rare).
 */
final class LunarCalendar {
    /** Julian day number of 1970-01-01. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588L;

    private LunarCalendar() {
    }

    /** Day {@code day} (1–30) of lunar month {@code month} (1–12, not a leap month) of lunar year {@code year}. */
    static LocalDate toGregorian(int year, int month, int day) {
        ChineseCalendar cc = new ChineseCalendar();
        cc.clear();
        cc.set(Calendar.EXTENDED_YEAR, year); // ICU 79: the related Gregorian year (checked by LunarCalendarTest)
        cc.set(Calendar.MONTH, month - 1);
        cc.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        cc.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(cc.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
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
