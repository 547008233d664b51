package org.zhtext.figures;

import java.time.DayOfWeek;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.EasterHoliday;
import com.ibm.icu.util.GregorianCalendar;
import java.time.LocalDate;
import java.util.Date;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The holidays Chinese news writes about, by name (simplified and traditional): fixed Gregorian days (元旦,
 * 妇女节, 劳动节, 儿童节, 国庆节, 圣诞节, 情人节 …), days computed by a rule (Easter and the days around it with the
 * Gregorian computus; Thanksgiving, Mother's and Father's Day as n-th weekdays) and the traditional festivals of
 * the lunar calendar (春节, 除夕, 元宵节, 端午节, 七夕, 中秋节, 重阳节 …), converted by {@link LunarCalendar}.
 * Religious holidays of other calendars (Islamic, Jewish, Hindu, Orthodox) are not here.
 * 国庆 is 1 October (the People's Republic); Taiwan's National Day is read only where the text says 双十 (双十节).
 */
final class Holidays {
    private Holidays() {
    }

    /** Holidays that are no fixed Gregorian day. */
    enum Rule {
        EASTER, GOOD_FRIDAY, HOLY_SATURDAY, EASTER_MONDAY, THANKSGIVING, BLACK_FRIDAY, MOTHERS_DAY, FATHERS_DAY,
        /** 除夕: the last day of the twelfth lunar month (29th or 30th). */
        LUNAR_NEW_YEARS_EVE,
        /** A lunar month and day: {@code LUNAR m d} in the table. */
        LUNAR,
        /** A solar term ({@link SolarTermRecognizer}), computed by {@link SolarTerms}. */
        SOLAR_TERM
    }

    /**
     * Name, then what it is: {@code MM-DD} (Gregorian), {@code L M D} (lunar month and day) or a {@link Rule}
     * name. Longer names win (中国情人节 over 情人节).
     */
    private static final String[] NAMES = {
            // fixed Gregorian days
            "元旦", "01-01", "元旦节", "01-01", "元旦節", "01-01", "阳历新年", "01-01", "陽曆新年", "01-01",
            "情人节", "02-14", "情人節", "02-14", "圣瓦伦丁节", "02-14", "聖瓦倫丁節", "02-14",
            "妇女节", "03-08", "婦女節", "03-08", "三八妇女节", "03-08", "三八婦女節", "03-08", "国际妇女节", "03-08", "國際婦女節", "03-08",
            "植树节", "03-12", "植樹節", "03-12",
            "消费者权益日", "03-15", "消費者權益日", "03-15", "国际消费者权益日", "03-15", "國際消費者權益日", "03-15", "国际消費者權益日", "03-15",
            "愚人节", "04-01", "愚人節", "04-01",
            "劳动节", "05-01", "勞動節", "05-01", "国际劳动节", "05-01", "國際勞動節", "05-01", "五一劳动节", "05-01", "五一勞動節", "05-01",
            "五一国际劳动节", "05-01", "五一國際勞動節", "05-01",
            "青年节", "05-04", "青年節", "05-04", "五四青年节", "05-04", "五四青年節", "05-04",
            "儿童节", "06-01", "兒童節", "06-01", "国际儿童节", "06-01", "國際兒童節", "06-01", "六一儿童节", "06-01", "六一兒童節", "06-01",
            "建党节", "07-01", "建黨節", "07-01", "香港回归纪念日", "07-01", "香港回歸紀念日", "07-01",
            "建军节", "08-01", "建軍節", "08-01", "八一建军节", "08-01", "八一建軍節", "08-01",
            "教师节", "09-10", "教師節", "09-10",
            "国庆", "10-01", "國慶", "10-01", "国庆节", "10-01", "國慶節", "10-01", "国庆節", "10-01", "國慶节", "10-01",
            "国庆日", "10-01", "國慶日", "10-01",
            "双十节", "10-10", "雙十節", "10-10", "双十国庆", "10-10", "雙十國慶", "10-10",
            "万圣节", "10-31", "萬聖節", "10-31",
            "光棍节", "11-11", "光棍節", "11-11", "双十一", "11-11", "雙十一", "11-11",
            "澳门回归纪念日", "12-20", "澳門回歸紀念日", "12-20",
            "平安夜", "12-24", "圣诞", "12-25", "聖誕", "12-25", "圣诞节", "12-25", "聖誕節", "12-25",
            // computed
            "复活节", "EASTER", "復活節", "EASTER", "主复活日", "EASTER", "主復活日", "EASTER",
            "复活节星期一", "EASTER_MONDAY", "復活節星期一", "EASTER_MONDAY",
            "耶稣受难日", "GOOD_FRIDAY", "耶穌受難日", "GOOD_FRIDAY", "耶稣受难节", "GOOD_FRIDAY", "耶穌受難節", "GOOD_FRIDAY",
            "受难节", "GOOD_FRIDAY", "受難節", "GOOD_FRIDAY", "主受难日", "GOOD_FRIDAY", "主受難日", "GOOD_FRIDAY",
            "主受难节", "GOOD_FRIDAY", "主受難節", "GOOD_FRIDAY", "圣周五", "GOOD_FRIDAY", "聖週五", "GOOD_FRIDAY",
            "耶稣受难日翌日", "HOLY_SATURDAY", "耶穌受難日翌日", "HOLY_SATURDAY", "耶稣受难节翌日", "HOLY_SATURDAY",
            "耶穌受難節翌日", "HOLY_SATURDAY", "主受难节翌日", "HOLY_SATURDAY", "主受難節翌日", "HOLY_SATURDAY",
            "受难节翌日", "HOLY_SATURDAY", "受難節翌日", "HOLY_SATURDAY", "复活节前夜", "HOLY_SATURDAY", "復活節前夜", "HOLY_SATURDAY",
            "圣周六", "HOLY_SATURDAY", "聖週六", "HOLY_SATURDAY", "神圣周六", "HOLY_SATURDAY", "神聖週六", "HOLY_SATURDAY",
            "感恩节", "THANKSGIVING", "感恩節", "THANKSGIVING", "黑色星期五", "BLACK_FRIDAY",
            "母亲节", "MOTHERS_DAY", "母親節", "MOTHERS_DAY", "父亲节", "FATHERS_DAY", "父親節", "FATHERS_DAY",
            // lunar
            "春节", "L 1 1", "春節", "L 1 1", "农历新年", "L 1 1", "農曆新年", "L 1 1", "新春", "L 1 1", "大年初一", "L 1 1",
            "除夕", "LUNAR_NEW_YEARS_EVE", "大年三十", "LUNAR_NEW_YEARS_EVE", "年三十", "LUNAR_NEW_YEARS_EVE",
            "元宵节", "L 1 15", "元宵節", "L 1 15", "上元节", "L 1 15", "上元節", "L 1 15",
            "端午节", "L 5 5", "端午節", "L 5 5", "端午", "L 5 5",
            "七夕", "L 7 7", "七夕节", "L 7 7", "七夕節", "L 7 7", "中国情人节", "L 7 7", "中國情人節", "L 7 7",
            "中元节", "L 7 15", "中元節", "L 7 15",
            "中秋", "L 8 15", "中秋节", "L 8 15", "中秋節", "L 8 15",
            "重阳", "L 9 9", "重陽", "L 9 9", "重阳节", "L 9 9", "重陽節", "L 9 9",
            "腊八节", "L 12 8", "臘八節", "L 12 8"};

    static final Lexicon.Table TABLE;
    /** The first characters of the names (the scanner's anchors). */
    static final String ANCHORS;

    static {
        List<Lexicon.Entry> es = new ArrayList<>();
        StringBuilder first = new StringBuilder();
        for (int k = 0; k < NAMES.length; k += 2) {
            es.add(new Lexicon.Entry(NAMES[k], NAMES[k + 1]));
            if (first.indexOf(NAMES[k].substring(0, 1)) < 0) first.append(NAMES[k].charAt(0));
        }
        Lexicon.Entry[] arr = es.toArray(new Lexicon.Entry[0]);
        Arrays.sort(arr, (a, b) -> b.word().length() - a.word().length());
        TABLE = new Lexicon.Table(arr);
        ANCHORS = first.toString();
    }

    /**
     * Easter Sunday of a Gregorian year, from ICU4J's {@code EasterHoliday} (Western computus). Its Date API works
     * in the time zone that was the default when the holiday was made, so a holiday is made here for each call,
     * and the year's bounds and the answer are read in that same zone.
     */
    static LocalDate easter(int y) {
        EasterHoliday easter = new EasterHoliday(0, "Easter Sunday");
        GregorianCalendar cal = new GregorianCalendar(y, Calendar.JANUARY, 1);
        Date start = cal.getTime();
        cal.set(y + 1, Calendar.JANUARY, 1);
        Date sunday = easter.firstBetween(start, cal.getTime());
        cal.setTime(sunday);
        return LocalDate.of(cal.get(Calendar.YEAR), cal.get(Calendar.MONTH) + 1, cal.get(Calendar.DAY_OF_MONTH));
    }

    /** The holiday of a rule (not LUNAR) in Gregorian year y (for 除夕: the eve of lunar year y's 春节). */
    static LocalDate date(Rule r, int y) {
        switch (r) {
            case EASTER: return easter(y);
            case GOOD_FRIDAY: return easter(y).minusDays(2);
            case HOLY_SATURDAY: return easter(y).minusDays(1);
            case EASTER_MONDAY: return easter(y).plusDays(1);
            case THANKSGIVING: return LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case BLACK_FRIDAY: return date(Rule.THANKSGIVING, y).plusDays(1);
            case MOTHERS_DAY: return LocalDate.of(y, 5, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
            case FATHERS_DAY: return LocalDate.of(y, 6, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SUNDAY));
            case LUNAR_NEW_YEARS_EVE: return LunarCalendar.newYearsEve(y);
            default: throw new IllegalArgumentException(r.name());
        }
    }
}
