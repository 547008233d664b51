package org.zhtext.tariffs;

import java.math.BigDecimal;
import java.util.List;

/**
 * One tariff event stated in a sentence: the {@code tariff} record of issue 25 without the {@code file} column.
 *
 * @param sentence     index of the sentence ({@link org.zhtext.core.SentenceSplitter})
 * @param start        code point offset of the event's span (its trigger through its rate or date)
 * @param end          code point offset, exclusive
 * @param text         the original text at [start, end)
 * @param action       impose, raise, lower, suspend, lift or extend
 * @param stance       fact, plan, threat or denial
 * @param imposer      the party that levies the duty as written, or null
 * @param imposerCode  its ISO 3166-1 alpha-2 code ({@code EU} for the European Union), or null
 * @param target       the party whose goods are taxed as written, or null (all origins)
 * @param targetCode   its code, or null
 * @param products     the goods as written, or empty
 * @param rate         the rate in percent, or null
 * @param previousRate the rate before, in percent, or null
 * @param effective    ISO date from which the event applies, or null
 * @param until        ISO date until which it applies, or null
 * @param figureIds    the start offsets (code points) of the figures the event uses: with the file, the key of
 *                     their rows in the figures table
 * @param rateLow      the lowest rate of a range of rates (税率介于21.31%至271.2%之间), in percent, or null; the
 *                     rate is then null
 * @param rateHigh     the highest rate of that range, or null
 */
public record TariffEvent(int sentence, int start, int end, String text, String action, String stance,
                          String imposer, String imposerCode, String target, String targetCode, List<String> products,
                          BigDecimal rate, BigDecimal previousRate, String effective, String until, List<Integer> figureIds,
                          BigDecimal rateLow, BigDecimal rateHigh) {}
