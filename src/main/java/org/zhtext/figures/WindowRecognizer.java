package org.zhtext.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deadlines and windows (issue 26): a range from the reference date, not a duration. A number of days, weeks,
 * months or years with a closing word (30日内, 三个月之内, 15天以内) or after a lead word (未来三个月, 今后五年内,
 * 过去两年) runs from the reference date to that far from it (or from that far back to it); a word for the rest of
 * the current unit (年内, 月底前, 本周内) runs to the end of the year, month or week. Words in {@code windows.txt}.
 * Resolved by {@link RelativeDates} (kind {@link RelativeDate.Kind#WINDOW}).
 */
final class WindowRecognizer extends RelativeRecognizer {
    private static final Lexicon.Table LEADS, CLOSES, TO;
    private static final String NOT_AFTER;
    /** The first chars of the lead and 'to' words. */
    static final String ANCHORS;

    static {
        Map<String, String> leads = new LinkedHashMap<>(), closes = new LinkedHashMap<>(), to = new LinkedHashMap<>();
        String notAfter = "";
        for (String[] f : Scripts.lines("windows.txt")) {
            switch (f[0]) {
                case "lead": for (String w : f[2].split(" ")) leads.put(w, f[1]); break;
                case "close": for (String w : f[1].split(" ")) closes.put(w, w); break;
                case "to": for (String w : f[2].split(" ")) to.put(w, f[1]); break;
                case "notafter": notAfter = f[1]; break;
                default: throw new IllegalStateException("windows.txt: " + f[0]);
            }
        }
        LEADS = Scripts.table(leads, true);
        CLOSES = Scripts.table(closes, true);
        TO = Scripts.table(to, true);
        StringBuilder na = new StringBuilder(notAfter);
        for (String t : Scripts.traditional(notAfter)) na.append(t);
        NOT_AFTER = na.toString();
        StringBuilder a = new StringBuilder();
        for (Lexicon.Table t : new Lexicon.Table[] {LEADS, TO}) {
            for (Lexicon.Entry e : t.entries()) if (a.indexOf(e.word().substring(0, 1)) < 0) a.append(e.word().charAt(0));
        }
        ANCHORS = a.toString();
    }

    private final ChineseNumbers.NumScan ns = new ChineseNumbers.NumScan();
    private final int[] end = new int[1];

    WindowRecognizer(FigureScanner scanner) {
        super(scanner);
    }

    /** 年内, 月底前, 本周内; 未来三个月(内), 过去两年. */
    @Override
    public int atAnchor(int i) {
        Lexicon.Entry to = Lexicon.match(s, i, n, TO);
        if (to != null) {
            if (i > 0 && (NOT_AFTER.indexOf(s.charAt(i - 1)) >= 0 || ChineseNumbers.canStart(s.charAt(i - 1))
                    || isAsciiLetter(s.charAt(i - 1)))) return -1;
            RelativeDate rel = new RelativeDate(RelativeDate.Kind.WINDOW);
            rel.unit = to.norm().charAt(0);
            return record(i, i + to.word().length(), rel);
        }
        Lexicon.Entry lead = Lexicon.match(s, i, n, LEADS);
        if (lead == null) return -1;
        int p = skipSpaces(i + lead.word().length());
        if (p >= n || !ChineseNumbers.canStart(s.charAt(p))) return -1;
        int e = ChineseNumbers.scan(s, p, n, ns, false);
        if (e < 0 || !amount(ns)) return -1;
        char u = unit(skipSpaces(e), end);
        if (u == 0 || ns.value.intValue() > OffsetRecognizer.cap(u)) return -1;
        int close = closeAt(end[0]);
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.WINDOW);
        rel.unit = u;
        rel.amount = lead.norm().equals("-") ? -ns.value.intValue() : ns.value.intValue();
        return record(i, Math.max(close, end[0]), rel);
    }

    /** 30日内, 三个月之内, 15天以内: the number the scanner read at [i, e), k after its spaces. */
    @Override
    public RawFigure afterNumber(int i, int e, int k) {
        ChineseNumbers.NumScan num = scanner.num;
        if (!amount(num)) return null;
        if (i > 0 && ("上下前后後过過未近最每第数數几幾".indexOf(s.charAt(i - 1)) >= 0
                || ChineseNumbers.digitValue(s.charAt(i - 1)) >= 0)) return null; // 三五年内, 近三年内
        char u = unit(k, end);
        if (u == 0 || num.value.intValue() > OffsetRecognizer.cap(u)) return null;
        int close = closeAt(end[0]);
        if (close < 0) return null;
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.WINDOW);
        rel.unit = u;
        rel.amount = num.value.intValue();
        RawFigure r = new RawFigure(FigureKind.DATE, i, close);
        r.rel = rel;
        return r;
    }

    private static boolean amount(ChineseNumbers.NumScan num) {
        return !num.overflow && num.integer && !num.more && num.value != null && num.value.signum() > 0
                && num.value.compareTo(java.math.BigDecimal.valueOf(10_000)) <= 0;
    }

    /** The end of a closing word (内, 之内, 以内) at p, or -1; not 日内瓦 (Geneva), 内外, 内阁. */
    private int closeAt(int p) {
        Lexicon.Entry c = Lexicon.match(s, p, n, CLOSES);
        if (c == null) return -1;
        int q = p + c.word().length();
        return nextIs(q, '瓦', '外', '阁', '閣') ? -1 : q;
    }

    /** The unit of days, weeks, months or years at p (D/W/M/Y) with its end in {@code end[0]}; 0 if none. */
    private char unit(int p, int[] end) {
        Lexicon.Entry u = Lexicon.match(s, p, n, Lexicon.DURATION_UNITS);
        if (u == null) return 0;
        end[0] = p + u.word().length();
        switch (u.norm()) {
            case "D": return RelativeDate.DAYS;
            case "W": return RelativeDate.WEEKS;
            case "M": return RelativeDate.MONTHS;
            case "Y": return RelativeDate.YEARS;
            default: return 0;
        }
    }
}
