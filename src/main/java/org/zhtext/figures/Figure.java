package org.zhtext.figures;

/**
 * One figure found in a text: the {@code figure} record of DESIGN.md without the {@code file} column.
 *
 * @param kind         percent, money, quantity, duration or date
 * @param text         the original text at [start, end)
 * @param start        code point offset into the text given to the extractor
 * @param end          code point offset, exclusive
 * @param value        {@link java.math.BigDecimal} for percent, money and quantity (scale words expanded,
 *                     trailing zeros stripped); an ISO 8601 {@link String} for date ({@code 2025-09-13},
 *                     {@code 2025-09}, {@code 2025}, {@code --09-13}) and duration ({@code P90D}); null for ranges
 * @param low          range start (same type as value) or null
 * @param high         range end (same type as value) or null
 * @param unit         {@code %} or {@code pp} for percent; for quantity the SI or customary symbol of a measure
 *                     ({@code kg}, {@code km}, {@code ℃}, {@code GW}, {@code TEU}) or the simplified classifier ({@code 辆}); else null
 * @param currency     ISO 4217 code for money, else null
 * @param per          the per-unit word ({@code 每公斤} → {@code 公斤}) or null
 * @param tariff       the figure is a tariff rate, a tariff's cost or effect, or bounds a tariff measure
 * @param yearInferred for dates: true when the year is not written in {@code text}; null for other kinds
 * @param qualifier    {@code more_than | less_than | nearly | up_to | about} or null
 * @param sentence     index of the sentence ({@link org.zhtext.core.SentenceSplitter}) holding the figure
 * @param unresolved   for a date the run could not resolve (no reference date), why: {@code relative}
 *                     (今天, 去年, 上个月, 三天后), {@code weekday} (周三, 上周), {@code holiday} (春节, 复活节) or
 *                     {@code lunar} (农历七月初七); {@code value}, {@code low} and {@code high} are then null.
 *                     Null for every other figure.
 * @param yearSource   for dates, where the year comes from: {@code text} (written in the figure, or the year in play
 *                     from an earlier explicit year or dated expression of the same text), {@code reference} (the
 *                     reference date: 今年, 昨天, 周三, or a month-day with no year earlier in the text), {@code none}
 *                     (no year known); null for other kinds
 * @param direction    {@code up} or {@code down} when a change verb governs the amount (增长, 下降, 上涨, 下跌; the
 *                     value keeps its written sign), else null
 */
public record Figure(FigureKind kind, String text, int start, int end, Object value, Object low, Object high,
                     String unit, String currency, String per, boolean tariff, Boolean yearInferred,
                     String qualifier, int sentence, String unresolved, String yearSource, String direction) {

    /** True for a range ({@code low}/{@code high} set, no {@code value}). */
    public boolean isRange() {
        return low != null || high != null;
    }
}
