package org.zhtext.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One pass over one text (not thread-safe; {@link FigureExtractor} makes one per call): finds anchors —
 * digits, Chinese numerals, and the words some kinds start with (百分之, 今年, 第…季度, 半) — reads each number
 * once and asks the recognizers of each kind what follows it. Every step looks at a bounded window, and the
 * scan resumes after whatever it consumed, so the pass is linear. Offsets here are UTF-16 char indices.
 *
 * <p>What belongs to no single kind lives here: the order in which kinds are tried, model numbers and clock
 * times that are no figure, a minus sign, and the finishing of an amount (a range to a second amount of the
 * same kind, a per-unit, a qualifier).
 */
final class FigureScanner extends TextScan {
    /** The number read last at an anchor (or by the recognizer reading a figure); recognizers read it. */
    final ChineseNumbers.NumScan num = new ChineseNumbers.NumScan();
    final List<RawFigure> out = new ArrayList<>();

    private final DateRecognizer dates = new DateRecognizer(this);
    private final PercentRecognizer percents = new PercentRecognizer(this);
    private final MoneyRecognizer money = new MoneyRecognizer(this);
    private final DurationRecognizer durations = new DurationRecognizer(this);
    private final QuantityRecognizer quantities = new QuantityRecognizer(this);
    private final NumericDateRecognizer numericDates = new NumericDateRecognizer(this);
    private final OffsetRecognizer offsets = new OffsetRecognizer(this);
    private final TimeOfDayRecognizer times = new TimeOfDayRecognizer(this);
    private final WindowRecognizer windows = new WindowRecognizer(this);
    /**
     * A recognizer's registration: the anchor characters it is asked at before a number is read (null: none; 百 of
     * 百分之 is also a numeral), whether it is asked what follows a number ({@link #classify}), and the recognizer
     * of a scan (one shared with the scanner's own steps, or a new one).
     */
    private record Registration(String anchors, boolean afterNumber, Function<FigureScanner, Recognizer> recognizer) {}

    /**
     * Every recognizer, one line each, in the order they are asked: at an anchor character, those of its anchors in
     * this order; after a number, those asked what follows it in this order (percent, money, duration, quantity).
     * A new kind: its {@link FigureKind} constant, its recognizer, and one line here (a test adds one with
     * {@link #register}).
     */
    private static final List<Registration> RECOGNIZERS = List.of(
            new Registration(WindowRecognizer.ANCHORS, false, s -> s.windows), // 年内, 今年内, 本周内 before 今年, 本周
            new Registration(DateRecognizer.ANCHORS, false, s -> s.dates),
            new Registration(PercentRecognizer.ANCHORS, true, s -> s.percents),
            new Registration(null, true, s -> s.money),
            new Registration(DurationRecognizer.ANCHORS, true, s -> s.durations),
            new Registration(null, true, s -> s.quantities),
            new Registration(RelativeDayRecognizer.ANCHORS, false, RelativeDayRecognizer::new),
            new Registration(WeekdayRecognizer.ANCHORS, false, WeekdayRecognizer::new),
            new Registration(RelativeMonthRecognizer.ANCHORS, false, RelativeMonthRecognizer::new),
            new Registration(OffsetRecognizer.ANCHORS, false, s -> s.offsets),
            new Registration(HolidayRecognizer.ANCHORS, false, HolidayRecognizer::new),
            new Registration(TimeOfDayRecognizer.ANCHORS, false, s -> s.times),
            new Registration(SolarTermRecognizer.ANCHORS, false, SolarTermRecognizer::new));

    /** This scan's recognizers with anchors, in the registrations' order (bit k of an anchor mask: the k-th). */
    private final Recognizer[] anchored;
    /** This scan's recognizers asked what follows a number, in order. */
    private final Recognizer[] afterNumber;
    /** The anchor tables of this scan's registrations ({@link Tables}). */
    private final long[] anchorBits;
    private final char[] anchorKeys;
    private final int[] anchorMasks;

    FigureScanner(String text) {
        super(text);
        Tables t = tables;
        anchorBits = t.bits;
        anchorKeys = t.keys;
        anchorMasks = t.masks;
        List<Recognizer> a = new ArrayList<>(), n = new ArrayList<>();
        for (Registration r : t.registrations) {
            Recognizer rec = r.recognizer().apply(this);
            if (r.anchors() != null) a.add(rec);
            if (r.afterNumber()) n.add(rec);
        }
        anchored = a.toArray(new Recognizer[0]);
        afterNumber = n.toArray(new Recognizer[0]);
    }

    List<RawFigure> run() {
        int i = 0;
        while (i < n) {
            int next = at(i);
            i = next > i ? next : i + 1;
        }
        return TimeOfDayRecognizer.merge(s, out);
    }

    /**
     * The registrations and their anchor tables, built once ({@link #RECOGNIZERS}; again only when a test
     * {@link #register}s a recognizer). {@code bits}: the chars a figure can start at (digits, numerals and the
     * recognizers' anchors), one bit each (8 KB); at an anchor character only the recognizers whose anchors hold it
     * are asked: {@code keys} sorted, and for each its {@code masks}, bit k for the k-th anchored recognizer.
     */
    private static final class Tables {
        final List<Registration> registrations;
        final long[] bits = new long[1024];
        final char[] keys;
        final int[] masks;

        Tables(List<Registration> registrations) {
            this.registrations = List.copyOf(registrations);
            java.util.TreeMap<Character, Integer> byChar = new java.util.TreeMap<>();
            int k = 0;
            for (Registration r : registrations) {
                if (r.anchors() == null) continue;
                int bit = 1 << k++;
                for (char c : r.anchors().toCharArray()) byChar.merge(c, bit, (a, b) -> a | b);
            }
            if (k > Integer.SIZE) throw new IllegalStateException("more anchored recognizers than bits in a mask");
            keys = new char[byChar.size()];
            masks = new int[byChar.size()];
            int j = 0;
            for (var e : byChar.entrySet()) {
                keys[j] = e.getKey();
                masks[j++] = e.getValue();
            }
            for (char c = 0; c < 0xffff; c++) {
                if (ChineseNumbers.canStart(c) || byChar.containsKey(c)) bits[c >>> 6] |= 1L << c;
            }
        }
    }

    /** The tables every new scan reads: those of {@link #RECOGNIZERS} unless a test has registered more. */
    private static volatile Tables tables = new Tables(RECOGNIZERS);

    /**
     * For tests: the run-time form of a line in {@link #RECOGNIZERS}, asked after those (the recipe of
     * docs/ARCHITECTURE.md, "Adding a figure kind", checked by a fixture). Rebuilds the tables under a lock; scans
     * already running keep the tables they started with. Closing the handle removes the recognizer again.
     *
     * @param anchors     the anchor characters it is asked at (null: none)
     * @param afterNumber whether it is asked what follows a number (after the registered ones)
     */
    static synchronized AutoCloseable register(String anchors, boolean afterNumber, Function<FigureScanner, Recognizer> recognizer) {
        Registration r = new Registration(anchors, afterNumber, recognizer);
        List<Registration> all = new ArrayList<>(tables.registrations);
        all.add(r);
        tables = new Tables(all);
        return () -> {
            synchronized (FigureScanner.class) {
                List<Registration> rest = new ArrayList<>(tables.registrations);
                rest.remove(r);
                tables = new Tables(rest);
            }
        };
    }

    /** Tries a figure at i; returns the index to resume at (> i when something was consumed). */
    private int at(int i) {
        char c = s.charAt(i);
        if ((anchorBits[c >>> 6] & (1L << c)) == 0) return -1;
        int k = java.util.Arrays.binarySearch(anchorKeys, c);
        if (k >= 0) {
            for (int m = anchorMasks[k], r = 0; m != 0; m >>>= 1, r++) {
                if ((m & 1) == 0) continue;
                int e = anchored[r].atAnchor(i);
                if (e >= 0) return e;
            }
        }
        return ChineseNumbers.canStart(c) ? number(i) : -1;
    }

    // ---------------------------------------------------------------- numbers

    private int number(int i) {
        char c = s.charAt(i);
        boolean arabic = ChineseNumbers.isArabicDigit(c);
        if (arabic && i > 0 && isModelPrefix(i)) return skipAlnum(i);
        int stop = STOP_WORDS == null ? -1 : stopWord(i);
        if (stop > 0) return stop; // 两人, 五年规划, 十四五
        int clock = times.clockAfterNumber(i); // 7日晚8时, 11月7日10:30, 10点30分
        if (clock > 0) return clock;
        if (arabic && i > 1 && s.charAt(i - 1) == ':' && ChineseNumbers.isArabicDigit(s.charAt(i - 2))) return skipAlnum(i);
        int e = ChineseNumbers.scan(s, i, n, num, false);
        if (e < 0) return -1;
        if (num.overflow) return e;
        if (e == i + 1 && (c == '零' || c == '〇') && !nextIs(e, ZERO_UNITS)) return zeroWord(i, e);
        if (num.arabic && e < n && isAsciiLetter(s.charAt(e)) && Lexicon.match(s, e, n, Lexicon.CURRENCY_AFTER) == null
                && !latinUnit(e)) {
            return skipAlnum(i); // 737MAX, 5G
        }
        if (num.arabic && e + 1 < n && s.charAt(e) == ':' && ChineseNumbers.isArabicDigit(s.charAt(e + 1))) {
            return skipAlnum(e + 1); // 15:30
        }
        RawFigure d = dates.afterNumber(i, e, skipSpaces(e)); // dates first: 2025年 is no duration
        if (d != null) numericDates.extend(d); // 三月28
        else if ((d = numericDates.afterNumber(i, e, skipSpaces(e))) == null
                && (d = windows.afterNumber(i, e, skipSpaces(e))) == null) d = offsets.afterNumber(i, e, skipSpaces(e));
        if (d != null) {
            if (!d.drop) out.add(d);
            return d.end;
        }
        if (!arabic) {
            int word = NumeralWords.coveringEnd(s, i);
            if (word > 0) return word; // 九牛一毛, 千家万户, 五角大楼: no figure
        }
        RawFigure r = classify(i, e);
        if (r == null && e < n && (s.charAt(e) == '几' || s.charAt(e) == '幾') && s.charAt(e - 1) == '十' && !arabic) {
            r = someOverTen(i, e); // 十几个, 二十几家
        }
        if (r == null) {
            int range = rangeFirstBare(i, e);
            return range > 0 ? range : e;
        }
        if (r.start == i && r.value != null && r.low == null && !arabic) approximate(r, i);
        if (r.start == i && r.value != null && r.low == null && !arabic) digitPair(r, i);
        if (r.kind != FigureKind.DURATION && ((arabic && negativeSign(i)) || negativeWord(i))) {
            r.start = i - 1;
            r.value = r.value == null ? null : r.value.negate();
        }
        return finish(r);
    }

    /** Kinds whose amounts an approximate numeral (数百万, 几十亿, 十几个, 上千家, 几十年) makes a range or an estimate. */
    private static boolean amount(RawFigure r) {
        return r.kind == FigureKind.MONEY || r.kind == FigureKind.QUANTITY || r.kind == FigureKind.DURATION;
    }

    /** 十几个 (11–19), 二十几家 (21–29), 十几年: a number of tens, 几 and a unit; money, quantities and durations. */
    private RawFigure someOverTen(int i, int e) {
        java.math.BigDecimal tens = num.value;
        RawFigure r = classify(i, e + 1);
        if (r == null || !amount(r) || r.value == null || r.value.compareTo(tens) != 0) return null;
        r.low = tens.add(java.math.BigDecimal.ONE);
        r.high = tens.add(java.math.BigDecimal.valueOf(9));
        r.value = null;
        return r;
    }

    /** Characters that make 数 before a number a noun of its own (指数, 人数, 总数, 半数: 人数十万 is no 数十万). */
    private static final String NOUN_BEFORE_SHU = "指系人次总總半多少无無倍分参參岁歲年户戶件个個票股位函变變常整复復约約奇偶基路代礼禮钞鈔字";
    /** Characters that make 上 before a number part of a word (以上, 马上, 向上, 北上). */
    private static final String WORD_BEFORE_SHANG = "以马馬向往北南东東西之路街楼樓线線加至到";

    /**
     * An amount written with an approximate numeral before a scale word: 数百万美元 and 几十亿元 are several
     * (2 to 9 times) the scale (low/high), 上千家 and 上百个 about the scale (qualifier about). Money, quantities
     * and durations (几十年, 数百年), and only where the numeral is no part of a word (指数, 人数; 以上, 马上).
     */
    private void approximate(RawFigure r, int i) {
        if (!amount(r) || i == 0 || "十百千万亿萬億".indexOf(s.charAt(i)) < 0) return;
        char p = s.charAt(i - 1), pp = i >= 2 ? s.charAt(i - 2) : 0;
        if ((p == '数' || p == '數') && NOUN_BEFORE_SHU.indexOf(pp) < 0
                || (p == '几' || p == '幾') && pp != '茶') {
            r.start = i - 1;
            r.low = r.value.multiply(java.math.BigDecimal.valueOf(2));
            r.high = r.value.multiply(java.math.BigDecimal.valueOf(9));
            r.value = null;
        } else if (p == '上' && s.charAt(i) != '十' && WORD_BEFORE_SHANG.indexOf(pp) < 0) {
            r.start = i - 1;
            if (r.qualifier == null) r.qualifier = "about";
        }
    }

    /**
     * Two neighbouring Chinese digits before a unit or a scale mean "this or the next": 三四万人 (30,000–40,000),
     * 两三天 (2–3 days), 八九千美元, 七八十公里, 五六个百分点; also 三五 and 一两. The number scan reads the second digit
     * only (三四个月 is no 34): the figure starts one character earlier and is the range from the first digit's
     * amount (same scale) to the second's. Not after another numeral (二十三四) and only for a round amount.
     */
    private void digitPair(RawFigure r, int i) {
        if (!(amount(r) || r.kind == FigureKind.PERCENT)) return;
        int d1 = pairedDigitBefore(i), d2 = pairDigit(s.charAt(i));
        if (d1 <= 0 || d2 <= 0 || !(d2 == d1 + 1 || (d1 == 3 && d2 == 5))) return;
        java.math.BigDecimal scale;
        try {
            scale = r.value.divide(java.math.BigDecimal.valueOf(d2));
        } catch (ArithmeticException e) {
            return;
        }
        if (scale.signum() <= 0 || scale.stripTrailingZeros().unscaledValue().compareTo(java.math.BigInteger.ONE) != 0) return;
        r.start = i - 1;
        r.low = scale.multiply(java.math.BigDecimal.valueOf(d1));
        r.high = r.value;
        r.value = null;
    }

    /** 1–9 for the Chinese digits (两 as 2) that pair as "this or the next", else 0. */
    private static int pairDigit(char c) {
        if (c == '两' || c == '兩') return 2;
        int v = ChineseNumbers.digitValue(c);
        return v >= 1 && v <= 9 && !ChineseNumbers.isArabicDigit(c) ? v : 0;
    }

    /** Words whose numeral is no figure ({@code stop-words.txt}). */
    private static final Lexicon.Table STOP_WORDS;
    /** Change verbs ({@code change-words.txt}) → up or down. */
    private static final Lexicon.Table CHANGE_WORDS;

    static {
        java.util.Map<String, String> stop = new java.util.LinkedHashMap<>();
        for (String[] f : Scripts.lines("stop-words.txt")) stop.put(f[0], f[0]);
        STOP_WORDS = Scripts.table(stop, true);
        java.util.Map<String, String> change = new java.util.LinkedHashMap<>();
        for (String[] f : Scripts.lines("change-words.txt")) {
            for (String w : f[1].split(" ")) change.put(w, f[0]);
        }
        CHANGE_WORDS = Scripts.table(change, true);
    }

    private int stopWord(int i) {
        Lexicon.Entry w = Lexicon.match(s, i, n, STOP_WORDS);
        return w == null ? -1 : i + w.word().length();
    }

    /**
     * up or down when a change verb stands before the amount starting at b: right before it, or before 了, 至, 到,
     * 为 and a qualifier (同比下降2.1%, 增长约5%, 跌至3%); else null.
     */
    private String direction(int b) {
        int q = b;
        while (q > 0 && isSpace(s.charAt(q - 1))) q--;
        Lexicon.Entry qb = Lexicon.matchBefore(s, q, Math.max(0, q - 3), Lexicon.QUALIFIER_BEFORE);
        if (qb != null) q -= qb.word().length();
        if (q > 0 && "了至到为為".indexOf(s.charAt(q - 1)) >= 0) q--;
        Lexicon.Entry v = Lexicon.matchBefore(s, q, Math.max(0, q - 3), CHANGE_WORDS);
        return v == null ? null : v.norm();
    }

    /** What a lone 零 may count: time units and degrees (零年, 零个月, 零℃); before anything else it starts a word. */
    private static final char[] ZERO_UNITS = {'年', '月', '日', '天', '周', '週', '个', '個', '小', '分', '秒', '℃', '%', '％'};

    /**
     * 零 starting a word (零件, 零部件, 零售, 零关税) is no number: skipped. 零下 before a temperature is its sign
     * (零下4摄氏度 → -4 ℃).
     */
    private int zeroWord(int i, int e) {
        if (s.charAt(i) == '零' && nextIs(e, '下') && e + 1 < n && ChineseNumbers.canStart(s.charAt(e + 1))) {
            int e2 = ChineseNumbers.scan(s, e + 1, n, num, false);
            if (e2 > e + 1 && !num.overflow) {
                RawFigure t = classify(e + 1, e2);
                if (t != null && t.kind == FigureKind.QUANTITY && "℃".equals(t.unit) && t.value != null) {
                    t.value = t.value.negate();
                    t.start = i;
                    return finish(t);
                }
            }
        }
        return e;
    }

    /**
     * The amount (percent, money, duration or quantity, tried in that order) that the number at [i, e) leads,
     * read from what follows it, or null. Needs the number's scan in {@link #num}.
     */
    RawFigure classify(int i, int e) {
        boolean more = num.more;
        int k = skipSpaces(e);
        RawFigure r = null;
        for (int a = 0; r == null && a < afterNumber.length; a++) r = afterNumber[a].afterNumber(i, e, k);
        if (r != null && more) r.qualifier = "more_than";
        return r;
    }

    /**
     * A minus sign right before i that is not a range dash or hyphen (下降了-3.8%, 降至-5℃, not 50%-100%, F-35): after
     * 至/到 (a range's own word) a dash is a sign.
     */
    private boolean negativeSign(int i) {
        if (i == 0 || (s.charAt(i - 1) != '-' && s.charAt(i - 1) != '－' && s.charAt(i - 1) != '−')) return false;
        if (i == 1) return true;
        char p = s.charAt(i - 2);
        if (p == '至' || p == '到') return true;
        return !(ChineseNumbers.isArabicDigit(p) || isAsciiLetter(p) || p == '%' || p == '％' || isConnector(p) || (isHan(p)
                && (ChineseNumbers.canStart(p) || Lexicon.matchBefore(s, i - 1, Math.max(0, i - 5), Lexicon.QUANTITY_UNITS) != null
                || Lexicon.matchBefore(s, i - 1, Math.max(0, i - 5), Lexicon.CURRENCY_AFTER) != null)));
    }

    /**
     * A change by one whole amount to another (上涨3美元至88美元, 增加300人至1200人): a money or quantity with its own
     * unit after a word of change, then 至/到. Two figures, not a range (a bare first end, 增长20亿至30亿美元, and
     * percents, 增长5%至10%, stay ranges).
     */
    private boolean changeByTo(RawFigure r) {
        if (r.kind != FigureKind.MONEY && r.kind != FigureKind.QUANTITY) return false;
        int q = skipSpaces(r.end);
        if (q >= n || (s.charAt(q) != '至' && s.charAt(q) != '到')) return false;
        return direction(r.start) != null;
    }

    /** {@link #connector}, or the minus sign of a negative second end right after one (至-10, 到-1%). */
    private int signedConnector(int p) {
        int c = connector(p);
        if (c > p) return c;
        int q = skipSpaces(p);
        if (q >= n || !isConnector(s.charAt(q))) return p;
        int r = skipSpaces(q + 1);
        return afterSign(r) > r ? r : p;
    }

    /** After a range's connector, the index past a minus sign right before an Arabic digit (至-10), else {@code c}. */
    private int afterSign(int c) {
        if (c + 1 < n && (s.charAt(c) == '-' || s.charAt(c) == '－' || s.charAt(c) == '−')
                && ChineseNumbers.isArabicDigit(s.charAt(c + 1))) {
            return c + 1;
        }
        return c;
    }

    /** 负 right before the number (负3%, 降至负2%, 為負0.3%), not 正负 (a ± margin) or 胜负. */
    private boolean negativeWord(int i) {
        if (i == 0 || (s.charAt(i - 1) != '负' && s.charAt(i - 1) != '負')) return false;
        if (i == 1) return true;
        char p = s.charAt(i - 2);
        return p != '正' && p != '胜' && p != '勝' && p != '抱' && p != '担' && p != '擔';
    }

    /** 1300 至 5400 美元, 5.6到5.78元, 50-100%: a bare first number takes the second's unit (and scale). */
    private int rangeFirstBare(int i, int e) {
        if (num.overflow) return -1;
        java.math.BigDecimal a = num.value;
        boolean aScaled = num.trailingScale > 0 || endsWithScale(i, e);
        boolean aNegative = num.arabic && negativeSign(i);
        int c0 = signedConnector(e);
        if (c0 <= e) return -1;
        int c = afterSign(c0); // 在-5至-10℃之间: the second end's own sign
        int e2 = ChineseNumbers.scan(s, c, n, num, false);
        if (e2 < 0 || num.overflow) return -1;
        java.math.BigDecimal b = num.value;
        RawFigure r = classify(c, e2);
        if (r == null || r.kind == FigureKind.DATE || (c > c0 && r.kind == FigureKind.DURATION)) return -1;
        if (!aScaled) a = scaleLikeHigh(a, b, c, e2);
        if (r.factor != null) a = a.multiply(r.factor); // 两到三成: 20 to 30
        r.low = ChineseNumbers.strip(aNegative && a != null ? a.negate() : a);
        r.high = c > c0 && r.value != null ? r.value.negate() : r.value;
        r.value = null;
        r.start = aNegative ? i - 1 : i;
        return finish(r);
    }

    /** The number at [i, e) ends with a scale character (万, 亿): it has its own magnitude. */
    private boolean endsWithScale(int i, int e) {
        int k = e;
        while (k > i && isSpace(s.charAt(k - 1))) k--;
        return k > i && ChineseNumbers.scaleExp(s.charAt(k - 1)) > 0;
    }

    /**
     * The low end a of a range whose high end b (written at [c, e2)) ends with units or scales: the trailing
     * multiplier of b applies to a when a × 10^k does not exceed b, with k the largest exponent of a run of
     * trailing multipliers that does so (十五至二十万 → 150000, 四到五千 → 4000, 六千到八千亿 → 6000亿, 3到5千万
     * → 3000万); not when a is already as large as b's own count (6000到2万 stays 6000).
     */
    private java.math.BigDecimal scaleLikeHigh(java.math.BigDecimal a, java.math.BigDecimal b, int c, int e2) {
        if (a == null || b == null || a.signum() <= 0) return a;
        int k = e2;
        while (k > c && isSpace(s.charAt(k - 1))) k--;
        int exp = 0;
        java.math.BigDecimal best = null;
        while (k > c) {
            char ch = s.charAt(k - 1);
            int x = ChineseNumbers.scaleExp(ch) + ChineseNumbers.unitExp(ch);
            if (x == 0) break;
            exp += x;
            java.math.BigDecimal scaled = a.multiply(ChineseNumbers.pow10(exp));
            if (scaled.compareTo(b) <= 0) best = scaled;
            k--;
        }
        return best != null ? best : a;
    }

    // ---------------------------------------------------------------- finishing an amount

    /** Adds a range continuation, per-units and qualifiers to r, records it, and returns its end. */
    int finish(RawFigure r) {
        if (r.value != null && r.low == null && !changeByTo(r)) {
            int c0 = signedConnector(r.end);
            int c = c0 > r.end ? afterSign(c0) : c0;
            if (c > r.end) {
                int e2 = ChineseNumbers.scan(s, c, n, num, false);
                if (e2 > c && !num.overflow) {
                    RawFigure t = r.kind == FigureKind.PERCENT && percents.perWordAt(c) ? null : classify(c, e2);
                    if (t != null && t.kind == r.kind && same(t.unit, r.unit) && same(t.currency, r.currency)
                            && same(t.duration, r.duration) && (c == c0 || r.kind != FigureKind.DURATION)) {
                        r.low = r.value;
                        r.high = c == c0 || t.value == null ? t.value : t.value.negate();
                        r.value = null;
                        r.end = t.end;
                    }
                }
            }
        }
        // per-unit before: 每公斤 22.92 美元, 每年2500万吨
        int b = r.start;
        if (b > 0 && isSpace(s.charAt(b - 1))) b--;
        Lexicon.Entry per = Lexicon.matchBefore(s, b, Math.max(0, b - 4), Lexicon.PER_UNITS);
        if (per != null) {
            int ps = b - per.word().length() - 1;
            if (ps >= 0 && (s.charAt(ps) == '每' || s.charAt(ps) == '単')) {
                r.per = per.norm();
                r.start = ps;
            }
        }
        // per-unit after: 22.92美元/公斤, 500元每吨
        if (r.per == null && r.end < n && (s.charAt(r.end) == '/' || s.charAt(r.end) == '每')) {
            Lexicon.Entry pa = Lexicon.match(s, r.end + 1, n, Lexicon.PER_UNITS);
            if (pa != null) {
                r.per = pa.norm();
                r.end = r.end + 1 + pa.word().length();
            }
        }
        if (r.qualifier == null) {
            int q = r.start;
            if (q > 0 && isSpace(s.charAt(q - 1))) q--;
            Lexicon.Entry qb = Lexicon.matchBefore(s, q, Math.max(0, q - 3), Lexicon.QUALIFIER_BEFORE);
            if (qb != null && qualifierBeforeStands(q - qb.word().length(), qb.word())) r.qualifier = qb.norm();
        }
        if (r.qualifier == null) {
            Lexicon.Entry qa = Lexicon.match(s, r.end, n, Lexicon.QUALIFIER_AFTER);
            if (qa != null) r.qualifier = qa.norm();
        }
        if (r.kind != FigureKind.DURATION) r.direction = direction(r.start);
        out.add(r);
        return r.end;
    }

    /** 最近/附近/合约/条约 are words, not qualifiers. */
    private boolean qualifierBeforeStands(int st, String w) {
        if (st <= 0) return true;
        char p = s.charAt(st - 1);
        if (w.equals("近")) return p != '最' && p != '附' && p != '接' && p != '将' && p != '將' && p != '逼' && p != '靠';
        if (w.equals("约") || w.equals("約")) return "合条條公契制预預节節大".indexOf(p) < 0;
        if (w.equals("超")) return p != '高';
        return true;
    }

    // ---------------------------------------------------------------- not figures

    private boolean isModelPrefix(int i) {
        char p = s.charAt(i - 1);
        if (isAsciiLetter(p)) return Lexicon.matchBefore(s, i, Math.max(0, i - 3), Lexicon.CURRENCY_BEFORE) == null;
        return (p == '-' || p == '_') && i > 1 && isAsciiLetter(s.charAt(i - 2));
    }

    /** A Latin measure unit standing alone at e (5nm工艺, 3GW。, 256GB), not the start of a model name (5G, 4K). */
    private boolean latinUnit(int e) {
        Lexicon.Entry u = Lexicon.match(s, e, n, Lexicon.QUANTITY_UNITS);
        return u != null && Units.latinEnds(s, e + u.word().length(), n);
    }

    private int skipAlnum(int i) {
        int j = i;
        while (j < n && (ChineseNumbers.isArabicDigit(s.charAt(j)) || isAsciiLetter(s.charAt(j)) || s.charAt(j) == ':'
                || s.charAt(j) == '-' || s.charAt(j) == '.')) j++;
        return Math.max(j, i + 1);
    }
}
