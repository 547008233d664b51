package org.zhtext.figures;

import java.math.BigDecimal;

/**
 * A figure as a recognizer reads it, before sentence, tariff and year resolution; offsets are UTF-16 char
 * indices. Mutable: the scanner widens it with a range, a per-unit or a qualifier before recording it.
 */
final class RawFigure {
    final FigureKind kind;
    int start, end;
    BigDecimal value, low, high;
    String unit, currency, per, qualifier, duration;
    DateSpec date, dateTo;
    /** Read in full but no figure (an impossible date such as 2月30日): the scan skips it, nothing is recorded. */
    boolean drop;
    /** Money in bare 元 (no currency word before it): CNY unless the text is a Taiwan, Hong Kong or Macau one. */
    boolean bareYuan;
    /** Money in a currency word several countries' currencies share (比索, 克朗, 卢比), no country before it; else null. */
    String sharedStem;
    /** What the written number is multiplied by for the value (成 and 折: 10); null for 1. Ranges use it too. */
    BigDecimal factor;

    RawFigure(FigureKind kind, int start, int end) {
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    /**
     * A date that counts from the reference date or from a date the text named (今天, 上周三, 下个月, 三天后,
     * 春节); resolved by {@link RelativeDates}. Null for every other figure.
     */
    RelativeDate rel;

    /** A time of day or part of the day (晚8时, 凌晨, 10:30) written with the date, or alone; null if none. */
    TimeOfDay time;
    /** The time zone the time is given in (an IANA id), {@code ""} for 当地时间 (no offset), null if none. */
    String zone;
    /** Only a zone word (北京时间) waiting for the date or time after it; never recorded alone. */
    boolean zoneOnly;
    /** {@code up} or {@code down}: a change verb governs the amount (增长, 下降). */
    String direction;
    /** A forward-pointing verb (延长到, 将于, 截至, 推迟至) governs the date: of two near readings, the later. */
    boolean forward;
}
