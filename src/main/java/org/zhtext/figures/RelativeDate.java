package org.zhtext.figures;

/**
 * A date as written that counts from something the scan cannot know — the reference date, the date the text
 * named last, a calendar rule — before it is resolved ({@link RelativeDates}). One class for the new date
 * families (relative days, weekdays and weeks, relative months, offsets, holidays, lunar dates, event dates),
 * whose recognizers fill the fields their kind uses; the rest stay 0.
 */
final class RelativeDate {
    enum Kind {
        /** 今天 0, 昨天 -1, 明天 +1, 前天 -2, 大后天 +3: {@code amount} days from the reference date. */
        DAY,
        /** 当天/当日/同日 (amount 0) and 次日/翌日 (amount 1): from the date the text named last. */
        NAMED_DAY,
        /** 周三, 上周五, 下星期一: {@code weekday} 1–7 of the week {@code amount} from this one, or bare. */
        WEEKDAY,
        /** 上周, 本周, 下周: Monday to Sunday of the week {@code amount} from this one. */
        WEEK,
        /** 周末, 上周末: Saturday and Sunday, of a week or bare. */
        WEEKEND,
        /** 上个月, 本月, 下月 ({@code amount}), 当月 ({@code named}); with a {@code day} or a {@code part}. */
        MONTH,
        /** 三天后, 两周后, 三个月后, 一年前: {@code amount} (signed) of {@code unit} from the reference date. */
        OFFSET,
        /** 上两周, 下三个月, 前两年: the {@code amount} (signed) whole units before or after the current one. */
        SPAN,
        /** 今年前10个月, 前三季度: the first {@code amount} months of a year. */
        FIRST_MONTHS,
        /** A holiday computed by a rule (Easter, Thanksgiving) or on the lunar calendar, in a year. */
        HOLIDAY,
        /** 农历七月初七, 正月初八: a day of the lunar calendar. */
        LUNAR,
        /** 9·11, 7·23: an event named by its month and day; the year is not inferred. */
        EVENT,
        /** 上季度, 本季度, 下一季度: the quarter {@code amount} from the reference date's. */
        QUARTER,
        /** 30日内, 未来三个月, 过去两年 ({@code amount} signed {@code unit}s), 年内, 月底前, 本周内 ({@code amount} 0: to the
         *  end of the current {@code unit}): a range from the reference date (issue 26). */
        WINDOW,
        /** 周日，二月十号: a month and day with its {@code weekday}, in the year that makes them agree. */
        WEEKDAY_DATE
    }

    /** Units of OFFSET and SPAN. */
    static final char DAYS = 'D', WEEKS = 'W', MONTHS = 'M', YEARS = 'Y';

    final Kind kind;
    int amount;
    /** WEEKDAY, WEEKEND: no 上/本/下 (which occurrence follows the {@link DatePreference}). */
    boolean bare;
    /** A bare weekday governed by a future marker (将, 计划, 拟 …). */
    boolean future;
    /** MONTH: 当月, the month the text named last. */
    boolean named;
    int weekday;
    char unit;
    /** MONTH: a day of it; LUNAR, EVENT: month and day. */
    int month, day;
    DateSpec.Part part = DateSpec.Part.NONE;
    /** HOLIDAY: the rule. */
    Holidays.Rule rule;
    /** HOLIDAY with {@link Holidays.Rule#SOLAR_TERM}: the Sun's longitude that begins the term (清明 15, 冬至 270). */
    int longitude;
    /** HOLIDAY, LUNAR, FIRST_MONTHS: a written year (2025年中秋节) or a relative one (今年春节), else 0 / NO_REL. */
    int year;
    int yearRel = DateSpec.NO_REL;

    RelativeDate(Kind kind) {
        this.kind = kind;
    }

    /** The year is written in the figure's text (2024年春节). */
    boolean writtenYear() {
        return year != 0;
    }
}
