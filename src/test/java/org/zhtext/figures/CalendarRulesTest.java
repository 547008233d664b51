package org.zhtext.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.time.LocalDate;
import org.zhtext.normalize.ChineseConverter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar rules behind holidays and lunar dates, and the documented source of {@link NumeralWords}. */
class CalendarRulesTest {
    @Test
    void lunarCalendar() {
        // 春节 (the first day of the lunar year) from published calendars
        assertEquals(LocalDate.of(2013, 2, 10), LunarCalendar.toGregorian(2013, 1, 1));
        assertEquals(LocalDate.of(2024, 2, 10), LunarCalendar.toGregorian(2024, 1, 1));
        assertEquals(LocalDate.of(2025, 1, 29), LunarCalendar.toGregorian(2025, 1, 1));
        assertEquals(LocalDate.of(2026, 2, 17), LunarCalendar.toGregorian(2026, 1, 1));
        assertEquals(LocalDate.of(2025, 10, 6), LunarCalendar.toGregorian(2025, 8, 15), "中秋 2025");
        assertEquals(LocalDate.of(2025, 5, 31), LunarCalendar.toGregorian(2025, 5, 5), "端午 2025");
        // new moons within minutes of midnight, Beijing time, where ICU4J 79.1's ChineseCalendar gives the next or
        // the previous day: 春节 2027 and 2030 (Hong Kong Observatory's calendars 2027 and 2030), 十月初一 2018
        assertEquals(LocalDate.of(2027, 2, 6), LunarCalendar.toGregorian(2027, 1, 1), "春节 2027");
        assertEquals(LocalDate.of(2030, 2, 3), LunarCalendar.toGregorian(2030, 1, 1), "春节 2030");
        assertEquals(LocalDate.of(2018, 11, 8), LunarCalendar.toGregorian(2018, 10, 1), "十月初一 2018");
        // 除夕: the 12th month has 30 days before 2024's new year, 29 before 2026's
        assertEquals(LocalDate.of(2024, 2, 9), LunarCalendar.newYearsEve(2024));
        assertEquals(LocalDate.of(2024, 2, 9), LunarCalendar.date(2023, 12, 30));
        assertEquals(LocalDate.of(2026, 2, 16), LunarCalendar.newYearsEve(2026));
        assertEquals(LocalDate.of(2026, 2, 16), LunarCalendar.date(2025, 12, 30), "大年三十 of a 29-day month is its last day");
        assertEquals(LocalDate.of(2026, 2, 16), LunarCalendar.date(2025, 12, 29));
    }

    /** ICU4J's Easter is read in the default time zone: the day must not move with it. */
    @Test
    void easterIsASundayInEveryTimeZone() {
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        try {
            for (String zone : new String[] {"Pacific/Kiritimati", "UTC", "America/Los_Angeles", "Asia/Shanghai"}) {
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone(zone));
                assertEquals(LocalDate.of(2025, 4, 20), Holidays.easter(2025), zone);
                for (int y = 1900; y <= 2100; y++) {
                    LocalDate e = Holidays.easter(y);
                    assertEquals(java.time.DayOfWeek.SUNDAY, e.getDayOfWeek(), zone + " " + y);
                    assertTrue(!e.isBefore(LocalDate.of(y, 3, 22)) && !e.isAfter(LocalDate.of(y, 4, 25)), zone + " " + e);
                }
            }
        } finally {
            java.util.TimeZone.setDefault(saved);
            com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone(saved.getID()));
        }
    }

    @Test
    void computedHolidays() {
        assertEquals(LocalDate.of(2013, 3, 31), Holidays.easter(2013));
        assertEquals(LocalDate.of(2024, 3, 31), Holidays.easter(2024));
        assertEquals(LocalDate.of(2025, 4, 20), Holidays.easter(2025));
        assertEquals(LocalDate.of(2026, 4, 5), Holidays.easter(2026));
        assertEquals(LocalDate.of(2038, 4, 25), Holidays.easter(2038), "the latest possible Easter");
        assertEquals(LocalDate.of(2285, 3, 22), Holidays.easter(2285), "the earliest possible Easter");
        assertEquals(LocalDate.of(2013, 3, 29), Holidays.date(Holidays.Rule.GOOD_FRIDAY, 2013));
        assertEquals(LocalDate.of(2025, 11, 27), Holidays.date(Holidays.Rule.THANKSGIVING, 2025));
        assertEquals(LocalDate.of(2026, 5, 10), Holidays.date(Holidays.Rule.MOTHERS_DAY, 2026));
        assertEquals(LocalDate.of(2025, 6, 15), Holidays.date(Holidays.Rule.FATHERS_DAY, 2025));
    }

    @Test
    void numeralWordsAreWordsOfHanlpsDictionary() {
        List<String> missing = new ArrayList<>();
        ChineseConverter toSimplified = ChineseConverter.simplified();
        for (String w : NumeralWords.WORDS) {
            String s = toSimplified.convertText(w);
            if (!CoreDictionary.contains(s) && !CustomDictionary.contains(s)) missing.add(w);
        }
        assertTrue(missing.isEmpty(), "not in HanLP's core or custom dictionary: " + missing);
    }
}
