package org.zhtext.figures;

/**
 * Taxes that are no tariff ({@code domestic-taxes.txt}: 印花税, 企业所得税, 增值税, 利得税, 營業稅, 退税…): the
 * 税率 written right after one is that tax's rate, not a duty's (印花稅稅率由4.25%下調至3.75%). Used by the
 * figures' tariff flag and by the tariff extractor.
 */
public final class DomesticTaxes {
    private static final Lexicon.Table NAMES;

    static {
        java.util.List<String> pairs = new java.util.ArrayList<>();
        for (String[] f : Scripts.lines("domestic-taxes.txt")) {
            for (String w : f) {
                pairs.add(w);
                pairs.add("");
            }
        }
        NAMES = Lexicon.table(pairs.toArray(String[]::new));
    }

    private DomesticTaxes() {}

    /**
     * True when the 税率/稅率 at {@code i} of {@code s} is the rate of a tax that is no tariff: a tax's name ends
     * right before it (印花稅稅率) or at its 税 (印花稅率), starting at or after {@code floor}.
     */
    public static boolean rateOfOne(String s, int i, int floor) {
        return Lexicon.matchBefore(s, i, floor, NAMES) != null || Lexicon.matchBefore(s, i + 1, floor, NAMES) != null;
    }
}
