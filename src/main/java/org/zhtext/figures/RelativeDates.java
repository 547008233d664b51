package org.zhtext.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Resolves {@link RelativeDate}s in text order (one instance per text; not thread-safe): against the reference
 * date, the date the text named last ({@link #named}), and the {@link DatePreference}. Without what a date counts
 * from, it stays unresolved, with the reason ({@code relative}, {@code weekday}, {@code holiday}, {@code lunar}).
 *
 * <p>Rules: days count from the reference date (昨天 = the day before it); 当天/当日/同日 are the date the text named
 * last, 次日/翌日 the day after it (else the reference date). Weeks run Monday to Sunday; 上周三 is the Wednesday
 * of the week before the reference date's. A bare weekday follows the preference ({@link DatePreference}).
 * 三天后 / 三个月后 / 一年前 count from the date the same sentence named last, else from the reference date, at the
 * grain of their unit (a day for days and weeks, a month, a year). Holidays and lunar dates without a year take
 * the year that the preference picks around the reference date (else the date named last): the nearest by
 * default, the next one with FUTURE, the last one with PAST. Windows (30日内, 年内) run from the reference date.
 */
final class RelativeDates {
    /** A resolved date: value, or low and high; unresolved says why all three are null. */
    record Out(String value, String low, String high, String unresolved) {
    }

    private final String text;
    private final LocalDate reference;
    private final DatePreference prefer;
    private LocalDate lastDay, narrativeDay;
    private int lastDayEnd = -1;
    private boolean lastDayFrames;
    /** Words after a date that make it the start or end of a measure (8月1日起, 9月30日前, 年底为止). */
    private static final String[] FRAME_AFTER = {"起", "开始", "開始", "生效", "以后", "以後", "之后", "之後", "前", "以前",
            "之前", "止", "为止", "為止"};
    private YearMonth lastMonth;
    /** Without a reference date, the text's own year ({@link DateResolver}'s), which 今年春节 counts from; else 0. */
    private int textYear;

    void textYear(int year) {
        textYear = year;
    }

    RelativeDates(String text, LocalDate reference, DatePreference prefer) {
        this.text = text;
        this.reference = reference;
        this.prefer = prefer;
    }

    /**
     * Notes a date the text named (an ISO value) at [{@code start}, {@code end}): 当天 and 当月 refer to the last one;
     * 次日 too, unless that one frames a measure (自8月1日起, 9月30日前) and stands in an earlier sentence: then
     * 次日 follows the narrative, the day after the last date named that frames nothing (5月14日，美方宣布新税率自
     * 8月1日起生效。中方次日回应 → 5月15日); with no such date, the framing one.
     */
    void named(String iso, int start, int end) {
        if (iso == null || iso.startsWith("-")) return;
        // YYYY-MM-DD and YYYY-MM read by hand: LocalDate.parse's formatter was 3% of `figures` (profile, docs/PERFORMANCE.md)
        if (iso.length() == 10) {
            lastDay = LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10), Integer.parseInt(iso, 8, 10, 10));
            lastDayEnd = end;
            lastDayFrames = frames(start, end);
            if (!lastDayFrames) narrativeDay = lastDay;
            lastMonth = YearMonth.from(lastDay);
        } else if (iso.length() == 7) {
            lastMonth = YearMonth.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10));
        }
    }

    Out resolve(RelativeDate r, int start) {
        LocalDate ref = reference;
        switch (r.kind) {
            case DAY:
                return ref == null ? unresolved("relative") : day(ref.plusDays(r.amount));
            case NAMED_DAY: {
                LocalDate base = lastDay != null ? lastDay : ref;
                if (r.amount > 0 && lastDayFrames && narrativeDay != null && !sameSentence(lastDayEnd, start)) {
                    base = narrativeDay;
                }
                return base == null ? unresolved("relative") : day(base.plusDays(r.amount));
            }
            case WEEKDAY: {
                if (ref == null) return unresolved("weekday");
                DayOfWeek wd = DayOfWeek.of(r.weekday);
                if (!r.bare) return day(monday(ref).plusWeeks(r.amount).plusDays(r.weekday - 1L));
                return day(future(r) ? ref.with(TemporalAdjusters.next(wd)) : ref.with(TemporalAdjusters.previousOrSame(wd)));
            }
            case WEEK: {
                if (ref == null) return unresolved("weekday");
                LocalDate mon = monday(ref).plusWeeks(r.amount);
                return range(mon, mon.plusDays(6));
            }
            case WEEKEND: {
                if (ref == null) return unresolved("weekday");
                LocalDate sat;
                if (!r.bare) sat = monday(ref).plusWeeks(r.amount).plusDays(5);
                else if (future(r)) sat = ref.getDayOfWeek() == DayOfWeek.SUNDAY ? ref.plusDays(6) : ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                else sat = ref.getDayOfWeek() == DayOfWeek.SUNDAY ? ref.minusDays(1) : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                return range(sat, sat.plusDays(1));
            }
            case MONTH: {
                YearMonth ym = r.named ? (lastMonth != null ? lastMonth : ref == null ? null : YearMonth.from(ref))
                        : ref == null ? null : YearMonth.from(ref).plusMonths(r.amount);
                if (ym == null) return unresolved("relative");
                if (r.day != 0) return r.day <= ym.lengthOfMonth() ? day(ym.atDay(r.day)) : null;
                switch (r.part) {
                    case EARLY: return range(ym.atDay(1), ym.atDay(10));
                    case MIDDLE: return range(ym.atDay(11), ym.atDay(20));
                    case LATE: return range(ym.atDay(21), ym.atEndOfMonth());
                    case EARLY_MIDDLE: return range(ym.atDay(1), ym.atDay(20));
                    case MIDDLE_LATE: return range(ym.atDay(11), ym.atEndOfMonth());
                    default: return new Out(ym.toString(), null, null, null);
                }
            }
            case OFFSET: {
                LocalDate base = lastDay != null && sameSentence(lastDayEnd, start) ? lastDay : ref;
                if (base == null) return unresolved("relative");
                switch (r.unit) {
                    case RelativeDate.DAYS: return day(base.plusDays(r.amount));
                    case RelativeDate.WEEKS: return day(base.plusWeeks(r.amount));
                    case RelativeDate.MONTHS: return new Out(YearMonth.from(base).plusMonths(r.amount).toString(), null, null, null);
                    default: return new Out(year(base.getYear() + r.amount), null, null, null);
                }
            }
            case SPAN: {
                if (ref == null) return unresolved("relative");
                int c = Math.abs(r.amount);
                boolean past = r.amount < 0;
                switch (r.unit) {
                    case RelativeDate.DAYS:
                        return past ? span(ref.minusDays(c), ref.minusDays(1)) : span(ref.plusDays(1), ref.plusDays(c));
                    case RelativeDate.WEEKS: {
                        LocalDate mon = monday(ref);
                        return past ? span(mon.minusWeeks(c), mon.minusDays(1)) : span(mon.plusWeeks(1), mon.plusWeeks(c + 1L).minusDays(1));
                    }
                    case RelativeDate.MONTHS: {
                        YearMonth ym = YearMonth.from(ref);
                        return past ? months(ym.minusMonths(c), ym.minusMonths(1)) : months(ym.plusMonths(1), ym.plusMonths(c));
                    }
                    default: {
                        int y = ref.getYear();
                        return past ? years(y - c, y - 1) : years(y + 1, y + c);
                    }
                }
            }
            case QUARTER: {
                if (ref == null) return unresolved("relative");
                YearMonth first = YearMonth.of(ref.getYear(), (ref.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * r.amount);
                return months(first, first.plusMonths(2));
            }
            case FIRST_MONTHS: {
                int y = r.year != 0 ? r.year : ref == null ? 0 : ref.getYear() + (r.yearRel == DateSpec.NO_REL ? 0 : r.yearRel);
                if (y == 0) return unresolved("relative");
                return months(YearMonth.of(y, 1), YearMonth.of(y, r.amount));
            }
            case HOLIDAY:
            case LUNAR: {
                String why = r.kind == RelativeDate.Kind.LUNAR ? "lunar" : "holiday";
                if (r.year != 0) return day(holiday(r, r.year));
                if (r.yearRel != DateSpec.NO_REL) {
                    int base = ref != null ? ref.getYear() : textYear;
                    return base == 0 ? unresolved(why) : day(holiday(r, base + r.yearRel));
                }
                LocalDate base = ref != null ? ref : lastDay;
                if (base == null) return unresolved(why);
                LocalDate best = null;
                for (int y = base.getYear() - 1; y <= base.getYear() + 1; y++) {
                    LocalDate c = holiday(r, y);
                    boolean better;
                    switch (prefer) {
                        case FUTURE: better = !c.isBefore(base) && (best == null || c.isBefore(best)); break;
                        case PAST: better = !c.isAfter(base) && (best == null || c.isAfter(best)); break;
                        default: better = best == null || Math.abs(ChronoUnit.DAYS.between(base, c)) < Math.abs(ChronoUnit.DAYS.between(base, best));
                    }
                    if (better) best = c;
                }
                return best == null ? unresolved(why) : day(best);
            }
            case WINDOW: {
                if (ref == null) return unresolved("relative");
                if (r.amount == 0) {
                    switch (r.unit) {
                        case RelativeDate.YEARS: return range(ref, ref.withDayOfYear(ref.lengthOfYear()));
                        case RelativeDate.MONTHS: return range(ref, ref.withDayOfMonth(ref.lengthOfMonth()));
                        default: return range(ref, monday(ref).plusDays(6));
                    }
                }
                LocalDate other;
                switch (r.unit) {
                    case RelativeDate.DAYS: other = ref.plusDays(r.amount); break;
                    case RelativeDate.WEEKS: other = ref.plusWeeks(r.amount); break;
                    case RelativeDate.MONTHS: other = ref.plusMonths(r.amount); break;
                    default: other = ref.plusYears(r.amount);
                }
                return r.amount > 0 ? range(ref, other) : range(other, ref);
            }
            case EVENT:
                return new Out("--" + two(r.month) + "-" + two(r.day), null, null, null);
            case WEEKDAY_DATE: {
                LocalDate base = ref != null ? ref : lastDay;
                if (base == null) return new Out("--" + two(r.month) + "-" + two(r.day), null, null, null);
                LocalDate best = null;
                for (int y = base.getYear() - 6; y <= base.getYear() + 6; y++) {
                    if (!DateResolver.valid(y, r.month, r.day)) continue;
                    LocalDate c = LocalDate.of(y, r.month, r.day);
                    if (c.getDayOfWeek().getValue() != r.weekday) continue;
                    if (best == null || Math.abs(ChronoUnit.DAYS.between(base, c)) < Math.abs(ChronoUnit.DAYS.between(base, best))) best = c;
                }
                return best == null ? unresolved("weekday") : day(best);
            }
            default:
                throw new IllegalStateException(r.kind.name());
        }
    }

    /** Whether the preference (or a future marker, by default) makes a bare weekday the next one. */
    private boolean future(RelativeDate r) {
        return prefer == DatePreference.FUTURE || (prefer == DatePreference.DEFAULT && r.future);
    }

    private static LocalDate holiday(RelativeDate r, int y) {
        if (r.kind == RelativeDate.Kind.LUNAR || r.rule == Holidays.Rule.LUNAR) return LunarCalendar.date(y, r.month, r.day);
        if (r.rule == Holidays.Rule.SOLAR_TERM) return SolarTerms.date(y, r.longitude);
        return Holidays.date(r.rule, y);
    }

    /** Whether the date at [start, end) starts or ends a measure: 自/从/至/到/截至 before it, 起/前/为止 after it. */
    private boolean frames(int start, int end) {
        if (start > 0 && "自从從至到".indexOf(text.charAt(start - 1)) >= 0) return true;
        if (start > 1 && (text.startsWith("截至", start - 2) || text.startsWith("截止", start - 2))) return true;
        int e = end;
        while (e < text.length() && Character.isWhitespace(text.charAt(e))) e++;
        for (String w : FRAME_AFTER) if (text.startsWith(w, e)) return true;
        return false;
    }

    private boolean sameSentence(int from, int to) {
        if (from < 0 || from > to) return false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n' || c == '；' || c == ';') return false;
        }
        return true;
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Out unresolved(String why) {
        return new Out(null, null, null, why);
    }

    private static Out day(LocalDate d) {
        return new Out(d.toString(), null, null, null);
    }

    private static Out range(LocalDate a, LocalDate b) {
        return new Out(null, a.toString(), b.toString(), null);
    }

    /** A span of one unit is a single value. */
    private static Out span(LocalDate a, LocalDate b) {
        return a.equals(b) ? day(a) : range(a, b);
    }

    private static Out months(YearMonth a, YearMonth b) {
        return a.equals(b) ? new Out(a.toString(), null, null, null) : new Out(null, a.toString(), b.toString(), null);
    }

    private static Out years(int a, int b) {
        return a == b ? new Out(year(a), null, null, null) : new Out(null, year(a), year(b), null);
    }

    private static String year(int y) {
        String v = Integer.toString(y);
        return y >= 0 && v.length() < 4 ? "0000".substring(v.length()) + v : v;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
