package org.zhtext.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The solar terms ({@link SolarTerms}) against published dates. Source: Hong Kong Observatory, "2013 年二十四节气的
 * 日期及时间资料" (https://www.hko.gov.hk/sc/gts/astron2013/Solar_Term_2013.htm; Hong Kong Time, UTC+8), a handful of
 * its rows; and a few of 2024–2026 from the table "Date and Time Information of 24 Solar Terms"
 * (https://www.chinesecalendaronline.com/solar-terms/, Beijing time), among them two terms within a few hours of
 * midnight (清明 2026 at 02:35, 谷雨 2024 at 21:55).
 */
class SolarTermsTest {
    @ParameterizedTest(name = "{0} {1}° = {2}")
    @CsvSource({
            // HKO 2013
            "2013, 285, 2013-01-05", // 小寒 12:34
            "2013, 315, 2013-02-04", // 立春 00:13
            "2013, 15, 2013-04-04", // 清明 23:02
            "2013, 90, 2013-06-21", // 夏至 13:04
            "2013, 135, 2013-08-07", // 立秋 16:20
            "2013, 180, 2013-09-23", // 秋分 04:44
            "2013, 225, 2013-11-07", // 立冬 14:14
            "2013, 270, 2013-12-22", // 冬至 01:11
            // 2024–2026
            "2024, 30, 2024-04-19", // 谷雨 21:55
            "2024, 60, 2024-05-20", // 小满 20:53
            "2025, 15, 2025-04-04", // 清明
            "2025, 315, 2025-02-03", // 立春
            "2026, 15, 2026-04-05", // 清明
            "2026, 315, 2026-02-04", // 立春
            // terms a few minutes after midnight, which the low-precision formula used before put on the day before
            "2008, 60, 2008-05-21", // 小满 00:01
            "2014, 345, 2014-03-06", // 惊蛰 00:02
            "2016, 105, 2016-07-07", // 小暑 00:03
    })
    void computedDateMatchesPublished(int year, int degrees, String date) {
        assertEquals(LocalDate.parse(date), SolarTerms.date(year, degrees));
    }
}
