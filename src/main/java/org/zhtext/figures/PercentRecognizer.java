package org.zhtext.figures;

import java.math.BigDecimal;

/**
 * Percentages. The value is always in percent; {@code unit} says how it was written:
 * <ul>
 * <li>{@code %}: a number before % / ％, or 百分之 before a number (百分之二十, 百分之负三点八, 百分之十至十五);</li>
 * <li>{@code pp}: a number before 个百分点 (percentage points);</li>
 * <li>{@code ‰} / {@code ‱}: 千分之 / 万分之 (仟, 萬) before a number: 千分之一 → 0.1, 万分之三 → 0.03;</li>
 * <li>{@code 成}: tenths (三成 → 30, 八成五 and 八点五成 → 85, 半成 → 5, 七八成 → 70 to 80) where 成 is a share and
 * not part of a word ({@link #share});</li>
 * <li>{@code 分之}: a fraction, 三分之一 → 33.3333, 四分之三 → 75 ({@link #fraction});</li>
 * <li>{@code 折}: the part of a price paid (打八折 → 80, 七五折 → 75, 7.5折 → 75), only with 打 before it or a
 * price word in its clause ({@link #discount}).</li>
 * </ul>
 */
final class PercentRecognizer extends TextScan implements Recognizer {
    /** Anchors besides numbers: 百/千/仟/万/萬 of 百分之…, 半 of 半成. */
    static final String ANCHORS = "百千仟万萬半";

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * Before the numeral of a share, characters that make it part of a word or a determiner instead (这一成果,
     * 唯一成功, 统一成, 星期三成交, 他八成忘了 'probably').
     */
    private static final String BINDS_NUMERAL = "这這那此该該每某哪另任唯统統单單同逐划劃专專归歸合第初周週期拜之你我他她它";
    /** Before the numeral, the end of a word that asks for an amount (增长三成, 占八成, 近九成, 完成三成, 为两成). */
    private static final String SHARE_CUES = "长長升降跌涨漲减減增占佔达達近约約超逾有仅僅了的为為至到成足过過复復高低少回";
    /**
     * After 成, characters that make 成 start a word (成为, 成本, 成果, 成员, 成年, 成熟, 成品…): a share only when
     * the numeral has a cue before it.
     */
    private static final String WORD_AFTER_CHENG = "为為功本交立果绩績员員长長熟型品分就效年语語规規家像形药藥衣套批群片千百倍对對双雙行真败敗全色名因文器婚亲親事材才活考吉份心";
    /** After 折, characters that make it a word (折叠, 折算, 折合, 折旧, 折射, 折返, 折成…). */
    private static final String WORD_AFTER_ZHE = "叠疊算合旧舊射腾騰磨返回服损損线線页頁纸紙痕断斷成中半";
    /** Price words that make a clause about a price (for 折 without 打). */
    private static final String[] PRICE_WORDS = {"折扣", "优惠", "優惠", "促销", "促銷", "让利", "讓利", "打折"};
    private static final String PRICE_CHARS = "价價售卖賣费費元";
    /** How far the clause of a 折 is searched for a price word, on each side. */
    private static final int PRICE_WINDOW = 30;

    private final FigureScanner scanner;
    /** The numerator of a fraction. */
    private final ChineseNumbers.NumScan part = new ChineseNumbers.NumScan();

    PercentRecognizer(FigureScanner scanner) {
        super(scanner.s);
        this.scanner = scanner;
    }

    @Override
    public FigureKind kind() {
        return FigureKind.PERCENT;
    }

    @Override
    public int atAnchor(int i) {
        int shift = perWord(i);
        if (shift >= 0) return perWords(i, shift);
        if (s.charAt(i) == '半' && i + 1 < n && s.charAt(i + 1) == '成') { // 半成: 5%
            RawFigure r = share(i, i + 1, HALF, false, false);
            if (r != null) return scanner.finish(r);
        }
        return -1;
    }

    @Override
    public RawFigure afterNumber(int i, int e, int k) {
        char c = k < n ? s.charAt(k) : 0;
        BigDecimal v = scanner.num.value;
        RawFigure r;
        if (c == '%' || c == '％') {
            r = new RawFigure(FigureKind.PERCENT, i, k + 1);
            r.unit = "%";
        } else if (startsAny(k, "个百分点", "個百分點", "个百分點", "百分点", "百分點")) {
            r = new RawFigure(FigureKind.PERCENT, i, k + (s.charAt(k) == '百' ? 3 : 4));
            r.unit = "pp";
        } else if (c == '成') {
            return share(i, k, v, scanner.num.singleChineseDigit || scanner.num.plainDigits == 1, scanner.num.more);
        } else if (startsAny(k, "分之") && k == e) {
            return fraction(i, k, v);
        } else if (c == '折') {
            return discount(i, k + 1, v, false);
        } else if (scanner.num.singleChineseDigit && k == e && k + 1 < n && chineseDigit(k) >= 0) {
            // 七八成 (70 to 80), 七五折 (75): a digit the scan left alone (it reads 七八 as two numbers)
            char u = s.charAt(k + 1);
            if (u == '成' && chineseDigit(k) == v.intValue() + 1) {
                r = share(i, k + 1, v, false, false);
                if (r != null) {
                    r.low = r.value;
                    r.high = r.value.add(TEN);
                    r.value = null;
                }
                return r;
            }
            if (u == '折' && v.signum() > 0) return discount(i, k + 2, v.multiply(TEN).add(BigDecimal.valueOf(chineseDigit(k))), true);
            return null;
        } else {
            return null;
        }
        r.value = v;
        return r;
    }

    // ---------------------------------------------------------------- 百分之, 千分之, 万分之

    /** 0 for 百分之, 1 for 千分之/仟分之, 2 for 万分之/萬分之 at p (the power of ten to divide by), else -1. */
    private int perWord(int p) {
        if (p + 2 >= n || s.charAt(p + 1) != '分' || s.charAt(p + 2) != '之') return -1;
        switch (s.charAt(p)) {
            case '百': return 0;
            case '千': case '仟': return 1;
            case '万': case '萬': return 2;
            default: return -1;
        }
    }

    /** True when a 百分之-like word starts at p: the range after such a percent is read by {@link #perWords}. */
    boolean perWordAt(int p) {
        return perWord(p) >= 0;
    }

    /** 百分之二十, 百分之负三点八, 百分之十至十五 / 百分之十至百分之十五, 千分之一, 万分之三 (shift: 0, 1, 2). */
    private int perWords(int i, int shift) {
        ChineseNumbers.NumScan ns = scanner.num;
        int p = i + 3;
        boolean neg = p < n && (s.charAt(p) == '负' || s.charAt(p) == '負');
        if (neg) p++;
        int e = ChineseNumbers.scan(s, p, n, ns, false);
        if (e < 0 || ns.overflow) return e < 0 ? i + 3 : e;
        RawFigure r = new RawFigure(FigureKind.PERCENT, i, e);
        r.value = scaled(neg ? ns.value.negate() : ns.value, shift);
        r.unit = shift == 0 ? "%" : shift == 1 ? "‰" : "‱";
        if (ns.more) r.qualifier = "more_than";
        int c = connector(e);
        if (c > e) {
            int q = perWord(c) == shift ? c + 3 : c;
            int e2 = ChineseNumbers.scan(s, q, n, ns, false);
            if (e2 > q && !ns.overflow) {
                r.low = r.value;
                r.high = scaled(ns.value, shift);
                r.value = null;
                r.end = e2;
            }
        }
        return scanner.finish(r);
    }

    private static BigDecimal scaled(BigDecimal v, int shift) {
        return shift == 0 ? v : ChineseNumbers.strip(v.movePointLeft(shift));
    }

    // ---------------------------------------------------------------- 三分之一

    /**
     * A fraction, X分之Y (三分之一, 四分之三, 十分之一, 5分之2): Y / X in percent, {@code unit} 分之; X a whole
     * number from 2 to 99 (百分之, 千分之 are {@link #perWords}), Y a number from 0 to X.
     */
    private RawFigure fraction(int i, int k, BigDecimal den) {
        if (den.scale() > 0 && den.stripTrailingZeros().scale() > 0) return null;
        if (den.compareTo(BigDecimal.valueOf(2)) < 0 || den.compareTo(BigDecimal.valueOf(99)) > 0) return null;
        ChineseNumbers.NumScan ns = part; // the scanner's own number stays for the other recognizers
        int e = ChineseNumbers.scan(s, k + 2, n, ns, false);
        if (e <= k + 2 || ns.overflow || ns.value.signum() < 0 || ns.value.compareTo(den) > 0) return null;
        RawFigure r = new RawFigure(FigureKind.PERCENT, i, e);
        r.value = ChineseNumbers.strip(ns.value.multiply(BigDecimal.valueOf(100))
                .divide(den, 4, java.math.RoundingMode.HALF_UP));
        r.unit = "分之";
        return r;
    }

    // ---------------------------------------------------------------- 成

    /**
     * A share in tenths: the number v at [i, …) before 成 at k, as 10 × v percent (八成五: 8.5 × 10). A share
     * needs a number from 0 to 10 that no word binds ({@link #BINDS_NUMERAL}); after 成, a character that starts a
     * word with it ({@link #WORD_AFTER_CHENG}: 三成年人, 两成员国, 这一成果) makes it no share unless the numeral has
     * a cue before it (近三成年轻人, 超过一成员工). 一成不变 and 九成新 (a condition grade) are no shares.
     * {@code digit}: the number is one digit, which may take a second after 成 (八成五, ３成２); {@code more}: it
     * holds 多/余 (no share).
     */
    private RawFigure share(int i, int k, BigDecimal v, boolean digit, boolean more) {
        if (more || v.signum() <= 0 || v.compareTo(TEN) > 0) return null;
        char before = i > 0 ? s.charAt(i - 1) : 0;
        if (BINDS_NUMERAL.indexOf(before) >= 0 || ChineseNumbers.digitValue(before) >= 0) return null;
        int end = k + 1;
        if (digit && v.compareTo(TEN) < 0 && closes(end + 1)) { // 八成五, ３成２ (a digit in the number's script)
            int d = ChineseNumbers.isArabicDigit(s.charAt(i)) == (end < n && ChineseNumbers.isArabicDigit(s.charAt(end)))
                    ? digitAt(end) : -1;
            if (d > 0) {
                v = v.add(BigDecimal.valueOf(d, 1));
                end++;
            }
        }
        if (digit && v.compareTo(TEN) < 0 && end < n && s.charAt(end) == '半' && closes(end + 1)) { // 两成半: 25
            v = v.add(HALF);
            end++;
        }
        if (v.compareTo(BigDecimal.ONE) == 0 && startsAny(end, "不变", "不變")) return null; // 一成不变
        if (end < n && s.charAt(end) == '新' && closes(end + 1)) return null; // 九成新: a condition grade
        boolean cue = SHARE_CUES.indexOf(before) >= 0 || (i >= 2 && s.charAt(i - 2) == '其' && before == '中');
        if (!cue && !closes(end) && WORD_AFTER_CHENG.indexOf(s.charAt(end)) >= 0
                && !(s.charAt(end) == '年' && nextIs(end + 1, '轻', '輕'))) {
            return null;
        }
        RawFigure r = new RawFigure(FigureKind.PERCENT, i, end);
        r.value = ChineseNumbers.strip(v.multiply(TEN));
        r.unit = "成";
        r.factor = TEN;
        if (end < n && s.charAt(end) == '多') { // 八成多
            r.end = end + 1;
            r.qualifier = "more_than";
        }
        return r;
    }

    /** What follows a share ends it: the end, a non-Han character, 的, 之, 多, 以上/以下, 左右. */
    private boolean closes(int p) {
        if (p >= n) return true;
        char c = s.charAt(p);
        return !isHan(c) || c == '的' || c == '之' || c == '多' || c == '以' || c == '左';
    }

    private int chineseDigit(int p) {
        if (p >= n || ChineseNumbers.isArabicDigit(s.charAt(p))) return -1;
        return ChineseNumbers.digitValue(s.charAt(p));
    }

    // ---------------------------------------------------------------- 折

    /**
     * A discount: the part of the price paid, in percent, for the number v before 折 (end after 折). One digit or
     * a decimal below 10 counts in tenths (八折 80, 7.5折 75); two digits as written (七五折, 85折 → 75, 85).
     * Only with 打 right before the number, or a price word in the clause (折扣, 优惠, 促销, 价, 售, 元…), and
     * not where 折 starts a word (折叠, 折算, 折合, 折旧).
     */
    private RawFigure discount(int i, int end, BigDecimal v, boolean pair) {
        if (end < n && WORD_AFTER_ZHE.indexOf(s.charAt(end)) >= 0) return null;
        BigDecimal value;
        BigDecimal factor = null;
        if (pair) {
            value = v;
        } else if (v.signum() > 0 && v.compareTo(TEN) < 0) {
            value = ChineseNumbers.strip(v.multiply(TEN));
            factor = TEN;
        } else if (scanner.num.plainDigits == 2 && v.intValue() % 10 != 0) {
            value = v; // 85折
        } else {
            return null;
        }
        if (scanner.num.more || !(i > 0 && s.charAt(i - 1) == '打') && !priceInClause(i, end)) return null;
        RawFigure r = new RawFigure(FigureKind.PERCENT, i, end);
        r.value = value;
        r.unit = "折";
        r.factor = factor;
        return r;
    }

    /** A price word in the clause around [start, end) (within {@link #PRICE_WINDOW} chars on each side). */
    private boolean priceInClause(int start, int end) {
        int lo = start;
        while (lo > 0 && start - lo < PRICE_WINDOW && !isClauseMark(s.charAt(lo - 1))) lo--;
        int hi = end;
        while (hi < n && hi - end < PRICE_WINDOW && !isClauseMark(s.charAt(hi))) hi++;
        for (int p = lo; p < hi; p++) {
            char c = s.charAt(p);
            if (PRICE_CHARS.indexOf(c) >= 0) return true;
            for (String w : PRICE_WORDS) if (c == w.charAt(0) && startsWith(p, w)) return true;
        }
        return false;
    }

    private static boolean isClauseMark(char c) {
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?'
                || c == '\n' || c == '\r';
    }
}
