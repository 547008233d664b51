package org.zhtext.figures;

/**
 * Relative months and quarters: 上季度/上一季度/上个季度, 本季度/这个季度, 下季度 (the quarter before, of, after the
 * reference date's); 上月/上个月, 本月/这个月/今個月, 下月/下个月, 当月/同月 (the month the text named last), with a day
 * (上个月20日, 下個月廿號) or a part (月初, 月中, 月底/月末, 上旬/中旬/下旬): 下月初, 本月底; and 月初/月底/月末 alone (of
 * the reference month). 每月底 and 上月份以来-style words are no dates.
 */
final class RelativeMonthRecognizer extends RelativeRecognizer {
    static final String ANCHORS = "上下本这這今当當同月";

    private final ChineseNumbers.NumScan ns = new ChineseNumbers.NumScan();

    RelativeMonthRecognizer(FigureScanner scanner) {
        super(scanner);
    }

    @Override
    public int atAnchor(int i) {
        char c = s.charAt(i);
        if (c == '月') return bareMonthPart(i);
        int p = i + 1;
        int amount = 0;
        boolean named = false;
        switch (c) {
            case '上': amount = -1; break;
            case '下': amount = 1; break;
            case '本': case '这': case '這': case '今': break;
            case '当': case '當': case '同': named = true; break;
            default: return -1;
        }
        if (amount != 0 && nextIs(p, c)) { // 上上个月, 下下个月: two months away
            amount *= 2;
            p++;
        }
        if (!named && c != '今' && (startsWith(p, "季度") || startsWith(p, "一季度") || startsWith(p, "个季度")
                || startsWith(p, "個季度"))) {
            return quarter(i, p, amount);
        }
        if (nextIs(p, '个', '個')) p++;
        else if (c == '今') return -1; // 今個月, not 今月
        if (!nextIs(p, '月')) return -1;
        int end = p + 1;
        if (i > 0 && "以之向往最提每逐".indexOf(s.charAt(i - 1)) >= 0) return -1;
        if (nextIs(end, '份')) end++;
        if (nextIs(end, '球', '亮', '光', '饼', '餅', '薪', '票', '度', '刊', '报', '報', '息', '结', '結', '供', '租', '费', '費')) return -1; // 月球, 月饼, 月薪
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.MONTH);
        rel.amount = amount;
        rel.named = named;
        int dayEnd = day(end, rel);
        if (dayEnd > end) return record(i, dayEnd, rel);
        int partEnd = part(end, rel);
        return record(i, partEnd, rel);
    }

    /** 上季度, 上一季度, 上个季度, 本季度, 这个季度, 下季度 at i (季度 or 一/个 + 季度 at p): the quarter amount away. */
    private int quarter(int i, int p, int amount) {
        if (i > 0 && "以之向往最提每逐".indexOf(s.charAt(i - 1)) >= 0) return -1;
        if (Math.abs(amount) > 1) return -1; // 上上季度: rare, left alone
        int end = p + (s.charAt(p) == '季' ? 2 : 3);
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.QUARTER);
        rel.amount = amount;
        return record(i, end, rel);
    }

    /** 月初 / 月底 / 月末 alone: the reference month's. */
    private int bareMonthPart(int i) {
        if (i > 0) {
            char b = s.charAt(i - 1);
            if (ChineseNumbers.canStart(b) || "每个個年岁歲当當本上下这這同该該次逐前后後".indexOf(b) >= 0 || isAsciiLetter(b)) return -1;
        }
        if (!nextIs(i + 1, '初', '底', '末')) return -1;
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.MONTH);
        int e = part(i + 1, rel);
        if (e == i + 1 || nextIs(e, '步', '期', '级', '級', '衷', '始', '次', '线', '線', '价', '價')) return -1;
        return record(i, e, rel);
    }

    /** A day of the month (20日, 二十號, 廿號) at p into rel; returns its end or p. */
    private int day(int p, RelativeDate rel) {
        int q = skipSpaces(p);
        int e = ChineseNumbers.scan(s, q, n, ns, false);
        int v;
        if (e > q && !ns.overflow && ns.integer && !ns.more) {
            v = ns.value.intValue();
        } else if (q < n && s.charAt(q) == '廿') { // 廿號: ChineseNumbers reads 廿 only before a digit
            v = 20;
            e = q + 1;
        } else {
            return p;
        }
        int k = skipSpaces(e);
        if (k < n && (s.charAt(k) == '日' || s.charAt(k) == '号' || s.charAt(k) == '號') && v >= 1 && v <= 31) {
            rel.day = v;
            return k + 1;
        }
        return p;
    }

    /** 初, 中旬, 底/末, 上旬/中旬/下旬 at p into rel; returns the end or p. */
    private int part(int p, RelativeDate rel) {
        if (startsWith(p, "上中旬")) { rel.part = DateSpec.Part.EARLY_MIDDLE; return p + 3; }
        if (startsWith(p, "中下旬")) { rel.part = DateSpec.Part.MIDDLE_LATE; return p + 3; }
        if (startsWith(p, "上旬")) { rel.part = DateSpec.Part.EARLY; return p + 2; }
        if (startsWith(p, "中旬")) { rel.part = DateSpec.Part.MIDDLE; return p + 2; }
        if (startsWith(p, "下旬")) { rel.part = DateSpec.Part.LATE; return p + 2; }
        if (nextIs(p, '初') && !nextIs(p + 1, '步', '期', '级', '級', '衷', '始', '次')) { rel.part = DateSpec.Part.EARLY; return p + 1; }
        if (nextIs(p, '中') && !nextIs(p + 1, '国', '國', '方', '美', '日', '欧', '歐', '央', '心', '间', '間', '期', '共', '东', '東', '部', '文', '华', '華', '资', '資')) {
            rel.part = DateSpec.Part.MIDDLE;
            return p + 1;
        }
        if (nextIs(p, '底', '末') && !nextIs(p + 1, '线', '線', '价', '價')) { rel.part = DateSpec.Part.LATE; return p + 1; }
        return p;
    }
}
