package org.zhtext.figures;

import java.math.BigDecimal;

/**
 * Money: a number with a currency word or symbol after it (80亿美元, 100元, 5 EUR) or before it (US$5,
 * 人民币100元, 港幣三個一毫四), sub-units (五角, 两毛五, 一块二, 3元5角2分) and a currency prefix that decides the
 * currency of 元 (新台币9,899.2亿元 is TWD).
 */
final class MoneyRecognizer extends TextScan implements Recognizer {
    private final FigureScanner scanner;

    MoneyRecognizer(FigureScanner scanner) {
        super(scanner.s);
        this.scanner = scanner;
    }

    @Override
    public FigureKind kind() {
        return FigureKind.MONEY;
    }

    @Override
    public RawFigure afterNumber(int i, int e, int k) {
        return money(i, k, scanner.num.value);
    }

    private RawFigure money(int i, int k, BigDecimal v) {
        Lexicon.Entry cur = Lexicon.match(s, k, n, Lexicon.CURRENCY_AFTER);
        if (cur != null) {
            if (cur.word().equals("元") && nextIs(k + 1, '素', '首', '老', '年', '月', '旦', '气', '氣', '件', '帅', '帥')) return null;
            RawFigure r = new RawFigure(FigureKind.MONEY, i, k + cur.word().length());
            r.currency = cur.norm();
            Lexicon.Entry pre = currencyBefore(i);
            if (pre != null && (isYuanLike(cur.word()) && !pre.norm().equals("JPY") || pre.norm().equals(cur.norm()))) {
                r.start = i - pre.word().length(); // 新台币9,899.2亿元 is TWD; 人民币100元 keeps its prefix
                r.currency = pre.norm();
            } else if (pre == null && isYuanLike(cur.word()) && "CNY".equals(r.currency)) {
                r.bareYuan = true;
            } else if (pre == null && Currencies.sharedStem(cur.word())) {
                r.sharedStem = cur.word(); // 1,400比索: the text's country may say whose peso
            }
            if (isYuanLike(cur.word())) {
                BigDecimal[] tail = subUnitTail(r.end);
                if (tail != null) {
                    v = v.add(tail[0]);
                    r.end = tail[1].intValue();
                }
            }
            r.value = v;
            return r;
        }
        Lexicon.Entry sub = Lexicon.match(s, k, n, Lexicon.SUB_UNITS);
        if (sub != null && subUnitStands(k, sub.word().charAt(0))) {
            RawFigure r = new RawFigure(FigureKind.MONEY, i, k + 1);
            r.currency = "CNY";
            v = v.movePointLeft(Integer.parseInt(sub.norm()));
            if (sub.norm().equals("1")) { // 两毛五, 两角五分
                BigDecimal[] tail = centsTail(r.end);
                if (tail != null) {
                    v = v.add(tail[0]);
                    r.end = tail[1].intValue();
                }
            }
            r.value = v;
            return r;
        }
        Lexicon.Entry pre = currencyBefore(i);
        if (pre != null) {
            RawFigure r = new RawFigure(FigureKind.MONEY, i - pre.word().length(), k);
            while (r.end > i && isSpace(s.charAt(r.end - 1))) r.end--;
            r.currency = pre.norm();
            // 港幣三個一毫四: 个/個 counts as the currency unit after a currency word
            if (k < n && (s.charAt(k) == '个' || s.charAt(k) == '個')) {
                BigDecimal[] tail = subUnitTail(k + 1);
                if (tail != null) {
                    v = v.add(tail[0]);
                    r.end = tail[1].intValue();
                }
            }
            r.value = v;
            return r;
        }
        return null;
    }

    /** Words that make a clause's N分 a score, not cents. */
    private static final java.util.Set<String> SCORE_WORDS = java.util.Set.of("积分", "積分", "比分", "得分", "总分", "總分",
            "分数", "分數", "评分", "評分", "考分", "成绩", "成績", "排名", "联赛", "聯賽", "赛季", "賽季", "分差", "拿下", "砍下",
            "轰下", "轟下", "攻下", "全场", "全場", "单场", "單場", "场均", "場均", "篮板", "籃板", "助攻", "比赛", "比賽");

    /** Verbs of scoring right before a number of 分: points, not cents (得到15分, 贡献22分, 斩获30分). */
    private static final java.util.Set<String> SCORE_VERBS = java.util.Set.of("得到", "拿到", "贡献", "貢獻", "独得", "獨得",
            "斩获", "斬獲", "砍到", "取得", "获得", "獲得", "狂砍", "怒砍");

    private static boolean isYuanLike(String w) {
        return w.equals("元") || w.equals("块") || w.equals("塊") || w.equals("蚊") || w.equals("圆") || w.equals("圓");
    }

    /** 角/毛/毫 stand alone unless they start another word (毫米, 毛利); 分/仙 only in a money context. */
    private boolean subUnitStands(int k, char c) {
        if (c == '毫') return !nextIs(k + 1, '米', '克', '升', '秒', '安', '瓦', '无', '無', '不');
        if (c == '毛') return !nextIs(k + 1, '利', '额', '額', '衣', '巾', '泽', '澤', '病');
        if (c == '角') return !nextIs(k + 1, '度', '色', '落', '逐', '力', '形');
        // 分 / 仙: at the end of the text or before a non-Han character or 钱, never 分钟/分之/十分
        if (nextIs(k + 1, '钟', '鐘', '之', '别', '別', '析', '成')) return false;
        if (k + 1 < n && isHan(s.charAt(k + 1)) && !nextIs(k + 1, '钱', '錢')) return false;
        int q = k + 1;
        while (q < n && ChineseNumbers.isArabicDigit(s.charAt(q))) q++;
        if (q > k + 1 && q < n && s.charAt(q) == '秒') return false; // 1分58秒: a time
        int b = k - 1;
        while (b >= 0 && isSpace(s.charAt(b))) b--;
        int st = b;
        while (st >= 0 && ChineseNumbers.canStart(s.charAt(st))) st--;
        // scores, not cents: 得95分, 积7分, 仅差1分, 净胜2分, 领先3分, 扣了5分, 高出2分
        if (st >= 0 && "点點时時:得获獲拿考评評积積满滿比差胜勝先后後了扣加丢丟出".indexOf(s.charAt(st)) >= 0) return false;
        // 赵睿得到15分, 全场贡献22分: a verb of scoring right before the number
        if (st >= 1 && SCORE_VERBS.contains(s.substring(st - 1, st + 1))) return false;
        // 积分仍停留在6分, 总分为95分: a score word earlier in the clause
        for (int i = st; i >= Math.max(0, st - 30) && !RelativeRecognizer.isClauseMark(s.charAt(i)); i--) {
            if (i > 0 && SCORE_WORDS.contains(s.substring(i - 1, i + 1))) return false;
        }
        return !(b == st + 1 && ChineseNumbers.unitExp(s.charAt(b)) > 0); // 十分, 百分 alone
    }

    /** After 元/块: 五角/五毛 [二分], 零四 (cents), or a lone digit 块二 (dimes). Returns {amount, end}. */
    private BigDecimal[] subUnitTail(int p) {
        if (p >= n) return null;
        if (p + 1 < n && (s.charAt(p) == '零' || s.charAt(p) == '〇') && digitAt(p + 1) > 0) {
            int end = p + 2;
            if (end < n && (s.charAt(end) == '分' || s.charAt(end) == '仙')) end++;
            return new BigDecimal[] {BigDecimal.valueOf(digitAt(p + 1), 2), BigDecimal.valueOf(end)};
        }
        int d = digitAt(p);
        if (d <= 0) return null;
        if (p + 1 < n) {
            Lexicon.Entry sub = Lexicon.match(s, p + 1, n, Lexicon.SUB_UNITS);
            if (sub != null) {
                BigDecimal amount = BigDecimal.valueOf(d, Integer.parseInt(sub.norm()));
                int end = p + 2;
                if (sub.norm().equals("1")) {
                    BigDecimal[] cents = centsTail(end);
                    if (cents != null) {
                        amount = amount.add(cents[0]);
                        end = cents[1].intValue();
                    }
                }
                return new BigDecimal[] {amount, BigDecimal.valueOf(end)};
            }
            if (isHan(s.charAt(p + 1)) && ChineseNumbers.digitValue(s.charAt(p + 1)) < 0 && !isConnector(s.charAt(p + 1))) return null;
        }
        if (ChineseNumbers.isArabicDigit(s.charAt(p))) return null;
        return new BigDecimal[] {BigDecimal.valueOf(d, 1), BigDecimal.valueOf(p + 1)}; // 一块二
    }

    /** After 角/毛: a digit with or without 分 (两毛五). */
    private BigDecimal[] centsTail(int p) {
        int d = digitAt(p);
        if (d <= 0 || (ChineseNumbers.isArabicDigit(s.charAt(p)) && !nextIs(p + 1, '分', '仙'))) return null; // 6角2分
        int end = p + 1;
        if (end < n && (s.charAt(end) == '分' || s.charAt(end) == '仙')) end++;
        else if (end < n && isHan(s.charAt(end)) && !isConnector(s.charAt(end))) return null;
        return new BigDecimal[] {BigDecimal.valueOf(d, 2), BigDecimal.valueOf(end)};
    }

    private Lexicon.Entry currencyBefore(int i) {
        int b = i;
        if (b > 0 && isSpace(s.charAt(b - 1))) b--;
        Lexicon.Entry e = Lexicon.matchBefore(s, b, Math.max(0, b - 4), Lexicon.CURRENCY_BEFORE);
        if (e == null) return null;
        int st = b - e.word().length();
        if (st > 0 && isAsciiLetter(e.word().charAt(0)) && isAsciiLetter(s.charAt(st - 1))) return null;
        String code = e.norm();
        if (code.equals("CNY") && (e.word().equals("¥") || e.word().equals("￥")) && Currencies.aboutJapan(s, i)) code = "JPY";
        return new Lexicon.Entry(s.substring(st, i), code);
    }

}
