package org.zhtext.figures;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.Map;

/**
 * The 24 solar terms (节气): a term begins when the Sun's apparent ecliptic longitude reaches a multiple of 15°
 * (春分 0°, 清明 15°, … 冬至 270°, 小寒 285°), on the civil date of that moment in China (UTC+8), as published by the
 * Purple Mountain and Hong Kong observatories. The moments come from lunar-java ({@code cn.6tail:lunar}, MIT), whose
 * high-precision ephemeris places the terms that fall within minutes of midnight on the published day; the
 * low-precision formula used before (Meeus ch. 25) put 15 of the 4,776 terms of 1901–2099 on the neighbouring day
 * (惊蛰 2014, 小暑 2016: docs/ARCHITECTURE.md). Thread-safe.
 */
final class SolarTerms {
    private SolarTerms() {
    }

    /** The terms by longitude / 15, from 春分 (0°). */
    private static final String[] NAMES = {"春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑", "立秋",
            "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", "小寒", "大寒", "立春", "雨水", "惊蛰"};
    /** lunar-java's keys for the terms at the edges of a lunar year's table, which it names in pinyin. */
    private static final Map<String, String> EDGE_KEYS = Map.of("DA_XUE", "大雪", "DONG_ZHI", "冬至", "XIAO_HAN", "小寒",
            "DA_HAN", "大寒", "LI_CHUN", "立春", "YU_SHUI", "雨水", "JING_ZHE", "惊蛰");

    /** The date in China (UTC+8) on which the Sun's apparent longitude reaches {@code degrees} (a multiple of 15) in {@code year}. */
    static LocalDate date(int year, int degrees) {
        if (degrees % 15 != 0 || degrees < 0 || degrees >= 360) throw new IllegalArgumentException("solar term " + degrees);
        String name = NAMES[degrees / 15];
        // the table of the lunar year in the middle of Gregorian `year` runs from 大雪 of the year before to 惊蛰 after
        for (Map.Entry<String, Solar> e : Lunar.fromYmd(year, 6, 1).getJieQiTable().entrySet()) {
            Solar s = e.getValue();
            if (s.getYear() == year && name.equals(EDGE_KEYS.getOrDefault(e.getKey(), e.getKey()))) {
                return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
            }
        }
        throw new IllegalStateException("solar term " + name + " not found in " + year);
    }
}
