package org.zhtext.figures;

/**
 * Relative days: 今天/今日/本日, 昨天/昨日, 前天/前日, 大前天, 明天/明日, 后天/後天/後日, 大后天 (and the Cantonese
 * 尋日, 聽日) count from the reference date; 当天/当日/同日 are the date the text named last, 次日/翌日 and
 * 前一天/后一天 the day after (before) it. Not where the characters belong to another word: 目前天气, 说明天然,
 * 相当天真, 如今日本, 共同日本, 不可同日而语, 昨日黄花, 今日头条.
 */
final class RelativeDayRecognizer extends RelativeRecognizer {
    static final String ANCHORS = "今昨前大明次翌后後当當同本尋聽";

    /** Word, days from the reference (or, with N, from the date named last). */
    private static final String[] WORDS = {
            "今天", "0", "今日", "0", "本日", "0", "昨天", "-1", "昨日", "-1", "尋日", "-1", "前天", "-2", "前日", "-2",
            "大前天", "-3", "大前日", "-3", "明天", "1", "明日", "1", "聽日", "1", "后天", "2", "後天", "2", "後日", "2",
            "大后天", "3", "大後天", "3", "大後日", "3",
            "当天", "N0", "當天", "N0", "当日", "N0", "當日", "N0", "同日", "N0", "次日", "N1", "翌日", "N1",
            "前一天", "N-1", "前一日", "N-1", "后一天", "N1", "後一天", "N1", "后一日", "N1", "後一日", "N1"};
    private static final Lexicon.Table TABLE;

    static {
        Lexicon.Entry[] es = new Lexicon.Entry[WORDS.length / 2];
        for (int k = 0; k < es.length; k++) es[k] = new Lexicon.Entry(WORDS[2 * k], WORDS[2 * k + 1]);
        java.util.Arrays.sort(es, (a, b) -> b.word().length() - a.word().length());
        TABLE = new Lexicon.Table(es);
    }

    /** Characters that make a word with the first character of the match when they stand before it. */
    private static final String BEFORE_JIN = "至如古迄现現当當";
    static final String BEFORE_QIAN = "目此之日事提空当當以眼面跟生战戰会會节節年月周週史赛賽午上向往最超从從之";
    static final String BEFORE_HOU = "之此以然最落背随隨其战戰会會节節赛賽课課饭飯午前婚产產病死退事过過稍";
    private static final String BEFORE_MING = "说說证證表声聲发發鲜鮮光文透分英高精开開清简簡标標注指申阐闡查失黎聪聰昌严嚴";
    private static final String BEFORE_DANG = "相应應正充担擔适適妥恰便理典抵勾承直上不家得停稳穩";
    private static final String BEFORE_TONG = "共相协協等认認赞贊合连連陪伙夥如雷大混视視胡异異会會";
    /** After a …日 word: 日本, 日元, 日报 … */
    private static final String AFTER_RI = "本元语語报報圆圓文韩韓军軍产產企方美籍币幣据據常程期志記记均益渐漸趋趨夜";

    RelativeDayRecognizer(FigureScanner scanner) {
        super(scanner);
    }

    @Override
    public int atAnchor(int i) {
        Lexicon.Entry e = Lexicon.match(s, i, n, TABLE);
        if (e == null) return -1;
        String w = e.word();
        int end = i + w.length();
        char first = w.charAt(0), last = w.charAt(w.length() - 1);
        char before = i > 0 ? s.charAt(i - 1) : 0;
        switch (first) {
            case '今': if (BEFORE_JIN.indexOf(before) >= 0 || startsAny(end, "头条", "頭條", "俄罗斯", "俄羅斯", "美国", "美國")) return -1; break;
            case '前': if (BEFORE_QIAN.indexOf(before) >= 0 || nextIs(end, '后', '後')) return -1; break;
            case '后': case '後': if (BEFORE_HOU.indexOf(before) >= 0) return -1; break;
            case '明': if (BEFORE_MING.indexOf(before) >= 0 || startsWith(end, "之星")) return -1; break;
            case '当': case '當': if (BEFORE_DANG.indexOf(before) >= 0) return -1; break;
            case '同': if (BEFORE_TONG.indexOf(before) >= 0 || nextIs(end, '而')) return -1; break;
            case '次': if (before == '一' || before == '首' || before == '每' || before == '这' || before == '這' || before == '上' || before == '下' || before == '本' || before == '多' || before == '层' || before == '層') return -1; break;
            case '昨': if (startsWith(end, "黄花") || startsWith(end, "黃花")) return -1; break;
            case '本': if (before == '日' || before == '基' || before == '根' || before == '资' || before == '資' || before == '成' || before == '版') return -1; break;
            default: break;
        }
        if (last == '日' && end < n && AFTER_RI.indexOf(s.charAt(end)) >= 0) return -1;
        if (last == '天' && nextIs(end, '然', '津', '堂', '使', '鹅', '鵝', '涯')) return -1; // 天然, 天津 …
        RelativeDate rel;
        String norm = e.norm();
        if (norm.charAt(0) == 'N') {
            rel = new RelativeDate(RelativeDate.Kind.NAMED_DAY);
            rel.amount = Integer.parseInt(norm.substring(1));
        } else {
            rel = new RelativeDate(RelativeDate.Kind.DAY);
            rel.amount = Integer.parseInt(norm);
        }
        return record(i, end, rel);
    }
}
