package org.zhtext.tariffs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhtext.core.CodePointIndex;
import org.zhtext.core.Sentence;
import org.zhtext.core.SentenceSplitter;
import org.zhtext.figures.DomesticTaxes;
import org.zhtext.figures.Figure;
import org.zhtext.figures.FigureKind;

/**
 * Tariff events (issue 25) from a text and its figures: who taxes whom, on what, at which rate, from when.
 * Rules over the original text, the figures the {@link org.zhtext.figures.FigureExtractor} found in it, and the
 * parties of {@link Parties} (CLDR country names through ICU4J plus the news forms); no NLP engine and no second
 * segmentation, so {@code figures}, {@code tariffs} and {@code analyze} share it at no engine cost.
 *
 * <p>A sentence is cut into clauses (，；：); a clause that names a duty ({@code duties.txt}) and holds a trigger
 * ({@code triggers.txt}) states an event (or several: one per target country, one per rate of 分别); the other
 * clauses of the sentence add to the event before them (税率为…, 为期90天, 至…日, 涉及…) or, before the first
 * event, to every event after them (自…起). Parties come from where they are written ({@code patterns.txt}):
 * the target after 对/将/把 (through 自, 原产于, 来自), implied parties (印度对美出口 → the United States taxes
 * India; 巴西输美 → the same for Brazil), the imposer the last other party before them in the sentence. The
 * stance is read from markers before the trigger ({@code stance.txt}). Immutable and thread-safe.
 */
public final class TariffExtractor {
    /** The events of a text and, for each figure given, whether an event uses it. */
    public record Result(List<TariffEvent> events, boolean[] used) {}

    private static final String CLAUSE_MARKS = "，,；;：:";
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}(-\\d{2})?)(T\\d{2}:\\d{2}(:\\d{2})?)?");

    /** The day of a date figure's value (2025-11-10 of 2025-11-10T13:01: events are dated by the day), or null. */
    private static String day(Object value) {
        if (!(value instanceof String v)) return null;
        java.util.regex.Matcher m = ISO_DATE.matcher(v);
        return m.matches() ? m.group(1) : null;
    }
    private static final Pattern ISO_DURATION = Pattern.compile("P(\\d+)([YMWD])");
    private static final String[] UNTIL_BEFORE = {"至", "到", "直至", "直到", "截至", "期限为", "期限為", "期限是", "为止", "延至"};
    private static final String[] EFFECTIVE_BEFORE = {"自", "从", "從", "于", "於", "定在", "定于", "定於", "由"};
    /** Words right after a duty word that make it a quota's (关税配额, 免关税进口配额). */
    private static final String[] QUOTAS = {"配额", "配額", "进口配额", "進口配額", "进口配額"};
    /** Verbs of a pledge or an investment: a date after one in a later clause is that act's, not the duty's. */
    private static final String[] PLEDGES = {"承诺", "承諾", "投资", "投資", "采购", "採購", "购买", "購買"};
    /** Words that open a clause naming the measure another one answers (以回应美国…征收的关税). */
    private static final String[] RESPONDS = {"以回应", "以回應", "回应", "回應", "以报复", "以報復", "作为对", "作為對", "以反制"};
    /** Verbs right after a date that make it the day of a ruling or an inquiry, not of a measure (於2月作出初裁). */
    private static final String[] RULES_ON = {"作出", "做出", "裁定", "初裁", "终裁", "終裁", "发起", "發起", "启动", "啟動",
            "立案", "开始调查", "開始調查"};
    /** Verbs of seeking between a party and a cut (寻求降低关税): the party pays the duty (see clause). */
    private static final String[] SEEKS = {"寻求", "尋求", "争取", "爭取", "希望", "要求", "请求", "請求", "力争", "力爭", "游说",
            "遊說", "谋求", "謀求", "盼", "期盼", "呼吁", "呼籲", "申请", "申請"};
    /** Plan markers of deliberation: after a fact marker (宣布…并考虑) they make the measure a plan. */
    private static final String[] DELIBERATE = {"考虑", "考慮", "研究", "评估", "評估", "酝酿", "醞釀", "权衡", "權衡", "商讨",
            "商討", "讨论", "討論", "研议", "研議", "研拟", "研擬", "寻求", "尋求", "提议", "提議", "建议", "建議", "可能", "有望"};
    /** Words of a clause that speak of all the measures just listed (措施自3月20日起生效, 上述关税均自…起). */
    private static final String[] ALL_MEASURES = {"措施", "上述", "以上", "这些", "這些", "均", "都", "一律"};
    private static final String[] EFFECTIVE_AFTER = {"起", "开始", "開始", "生效", "实施", "實施", "执行", "執行"};
    private static final String[] UNTIL_AFTER = {"到期", "为止", "為止", "截止", "前", "之前"};
    private static final String[] PREVIOUS_BEFORE = {"由", "从", "從", "自"};
    private static final String[] NEW_BEFORE = {"至", "到", "为", "為", "成", "达", "達", "是", "税率", "稅率", "超过", "超過",
            "维持在", "維持在", "保持在"};
    private static final String[] DURATION_BOUNDS = {"为期", "為期", "期限为", "期限為", "期限是", "有效期"};
    private static final String[] SPLIT_EACH = {"分别", "分別"};
    private static final String[] FACES = {"面临", "面臨"};
    /** Words before a range of rates (税率介于21.31%至271.2%之间, 税率在5%至10%之间). */
    private static final String[] RANGE_BEFORE = {"介于", "介於", "在"};
    /** Words before the rate in force (在现行10%关税基础上额外加征40%, 此前25%的关税): that percent is the old rate. */
    private static final String[] CURRENT = {"现行", "現行", "现有", "現有", "原有", "目前", "此前", "原来", "原來", "原先", "原本",
            "现行的", "現行的", "现有的", "現有的", "原有的", "目前的", "此前的", "原来的", "原來的", "原先的", "原本的"};
    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[“”\"「」]");
    /** Characters that no goods named as the subject of a duty hold (a clause, a preposition, a verb of saying). */
    private static final String NOT_IN_SUBJECT_GOODS = "的对對把将將在从從由自于於为為是被向说說称稱表示指";
    /** Words that start or end a subject before the duty word that names no goods (此前的关税, 新关税, 特朗普政府的关税). */
    private static final String[] NOT_SUBJECT_GOODS = {"此前", "之前", "目前", "现行", "現行", "当前", "當前", "现有", "現有",
            "原有", "原来", "原來", "新", "该", "該", "这", "這", "那", "此", "其", "各", "本", "相关", "相關", "有关", "有關", "上述",
            "平均", "整体", "整體", "总体", "總體", "实际", "實際", "最终", "最終", "最高", "最低", "额外", "額外", "高额", "高額",
            "报复", "報復", "惩罚", "懲罰", "反制", "对等", "對等", "双方", "雙方", "彼此", "两国", "兩國", "多国", "多國", "本国", "本國",
            "政府", "当局", "當局", "方面", "政策", "措施", "行动", "行動", "协议", "協議", "谈判", "談判",
            "水平", "全面", "部分", "所有", "全部", "这些", "這些", "一些", "特朗普", "川普", "拜登", "总统", "總統",
            // a verb of seeking or avoiding before the duty (以期获得关税豁免, 规避关税): no goods
            "以", "获得", "獲得", "取得", "争取", "爭取", "寻求", "尋求", "避免", "规避", "規避", "应对", "應對", "希望"};
    /** Words after a party in a list of targets that are no goods (台湾地区和日本, 瑞士、冰岛等国的商品). */
    private static final String[] PARTY_TAILS = {"地区", "地區", "等国家", "等國家", "等国", "等國", "等地"};
    /** Words that open a purpose clause (以换取关税豁免): what follows is sought, a plan (the stance markers before are another clause's). */
    private static final String[] PURPOSE = {"以换取", "以換取", "换取", "換取", "以期", "以求"};
    /** Exemption words that make a clause without a duty word a lifting when a duty's clause comes before it. */
    private static final String[] EXEMPTIONS = {"豁免", "免征", "免徵", "免除"};
    private static final String[] ZERO = {"降为零", "降為零", "降至零", "降到零", "零关税", "零關稅", "降为0", "降至0"};
    private static final String[] CONJUNCTIONS = {"并", "並", "且", "同时", "同時", "及", "以及", "还", "還", "另"};
    private static final Set<String> GENERIC_PRODUCTS = Set.of("商品", "产品", "產品", "货物", "貨物", "进口商品",
            "進口商品", "出口商品", "输美商品", "輸美商品", "进口产品", "進口產品", "所有商品", "全部商品", "所有进口商品",
            "所有進口商品", "部分商品", "外国商品", "外國商品", "零");
    private static final String[] PRODUCT_PREFIX = {"的", "产", "產", "所有", "全部", "部分", "其", "进口", "進口",
            "出口", "输美", "輸美", "生产", "生產", "制造", "製造"};
    /** The makers before their goods (比亚迪、吉利和上汽集团生产的, 三星製造的). */
    private static final java.util.regex.Pattern MADE_BY = java.util.regex.Pattern.compile(
            ".*(生产|生產|制造|製造|出产|出產|组装|組裝|代工)的");
    /** Words after a percent that make it a share of the tariff lines or of the goods, no rate (约99%税目, 93%商品). */
    private static final String[] SHARE_OF = {"税目", "稅目", "的税目", "的稅目", "的税号", "的稅號", "税号", "稅號",
            "商品", "的商品", "产品", "的产品", "產品", "的產品", "货物", "的货物", "貨物", "的貨物"};
    private static final String[] PRODUCT_SUFFIX = {"的", "出口", "追溯", "可能", "或将", "或將", "恐将", "恐將", "等产品",
            "等產品", "等商品", "等货物", "等貨物", "等", "征收", "徵收",
            "加征", "加徵", "进口", "進口", "暂时", "暫時", "将", "將", "被", "遭", "会", "會", "再", "拟", "擬", "已", "已经", "已經",
            "正式", "一律", "统一", "統一", "继续", "繼續", "额外", "額外", "分别", "分別", "各", "均", "价值", "價值", "目前", "仍",
            "仍然", "也", "还", "還", "则", "則", "亦", "都", "不", "并不", "並不",
            // an aspect before the trigger (对美国乙醇恢复征收18%关税): no part of the goods
            "恢复", "恢復", "重新", "开始", "開始", "再次", "首次", "同时", "同時", "一并", "一併", "逐步", "全面",
            // an amount word before the share that follows (鞋类约99%税目)
            "约", "約", "大约", "大約", "近", "逾",
            // the kind of duty, written before 关税 (对美国钢铝产品的报复性关税): no part of the goods
            "报复性", "報復性", "惩罚性", "懲罰性", "保障性", "高额", "高額", "临时", "臨時", "附加", "特别", "特別",
            "反制性", "反制", "报复", "報復", "更高", "较高", "較高",
            // how the duty comes (对俄罗斯化肥逐步加征): no part of the goods
            "逐步", "逐渐", "逐漸", "分阶段", "分階段", "全面", "大幅", "进一步", "進一步", "一并", "一併", "同时", "同時", "暂", "暫",
            "全部", "所有", "一切", "部分",
            // which duty of the goods (黃金和白銀的基本進口關稅, 汽车的最惠国关税): no part of the goods
            "基本", "现行", "現行", "平均", "最惠国", "最惠國", "普通", "一般"};
    /** Words that pick a part of what the clause before named (其中汽车关税…): the goods follow them. */
    private static final String[] AMONG = {"其中", "尤其是", "特别是", "特別是", "包括"};
    /** Where goods come from, described after a list of parties (中国、韩国等未与墨西哥签署协定国家的商品): the goods follow. */
    private static final Pattern ORIGIN_END = Pattern.compile(".*(国家|國家|地区|地區|经济体|經濟體)的");
    /** Characters that start a clause, not goods, right after 对 (对未与…签约国家的汽车, 对与…签约国家的商品). */
    private static final String CLAUSE_STARTS = "未不没沒已曾与與同跟在";
    /** A legal basis written after the goods (依232条款, 根据《贸易法》第301条, 依據第232條). */
    private static final Pattern LEGAL_BASIS = Pattern.compile("(依据|依據|根据|根據|依照|按照|依)(?=[\\d《第“\"]|$)");
    /** Adverbs before 与/和 that make it the preposition "with" (未与, 不与, 已与, 曾和), not "and". */
    private static final String ADVERB_ENDS = "未不没沒已曾并並都也";
    private static final Pattern PRODUCT_SPLIT = Pattern.compile("、|以及|及|和|与|與");

    private final Rules rules = Rules.get();
    private final Parties parties = Parties.get();
    private final Rules.Words targetBefore = rules.pattern("target-before"), det = rules.pattern("det"),
            origin = rules.pattern("origin"), pronounWords = rules.pattern("pronoun"), targetAfter = rules.pattern("target-after"),
            notImposerWords = rules.pattern("not-imposer"), statisticWords = rules.pattern("statistic"),
            inForce = rules.pattern("in-force"),
            condition = rules.pattern("condition"), conditionParty = rules.pattern("condition-party"),
            notCondition = rules.pattern("not-condition");
    /** For each stance marker, the bit of its stance in {@link Rules#STANCES}. */
    private final int[] stanceBits = java.util.stream.IntStream.range(0, rules.stance.words().size())
            .map(k -> Rules.STANCES.contains(rules.stance.label(k)) ? 1 << Rules.STANCES.indexOf(rules.stance.label(k)) : 0)
            .toArray();
    /** The implied patterns (TARGET pre IMPOSER post: 印度对美出口), split once at their {@code *}. */
    private final String[][] implied = rules.pattern("implied").words().stream()
            .map(w -> new String[] {w.substring(0, w.indexOf('*')), w.substring(w.indexOf('*') + 1)})
            .toArray(String[][]::new);

    /** The events of {@code text}, whose figures (all kinds, with their code point offsets) are {@code figures}. */
    public Result extract(String text, List<Figure> figures) {
        boolean[] used = new boolean[figures.size()];
        if (text.indexOf('税') < 0 && text.indexOf('稅') < 0) return new Result(List.of(), used);
        List<TariffEvent> out = new ArrayList<>();
        CodePointIndex cpi = null;
        int[] fs = null, fe = null;
        List<Sentence> sentences = SentenceSplitter.get().split(text);
        int lo = 0;
        for (Sentence s : sentences) {
            if (!hasTaxChar(text, s.start(), s.end()) || rules.duties.find(text, s.start(), s.end()) < 0) continue;
            if (cpi == null) {
                cpi = CodePointIndex.of(text);
                fs = new int[figures.size()];
                fe = new int[figures.size()];
                toChars(text, cpi.hasSurrogates(), figures, fs, fe);
            }
            while (lo < fs.length && fs[lo] < s.start()) lo++;
            int hi = lo;
            while (hi < fs.length && fs[hi] < s.end()) hi++;
            new SentenceScan(text, s, figures, fs, fe, lo, hi, used, cpi).run(out);
        }
        return new Result(out, used);
    }

    /** Every duty word holds 税 or 稅: a sentence without either is rejected in one scan. */
    private static boolean hasTaxChar(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '税' || c == '稅') return true;
        }
        return false;
    }

    /** Char offsets of the figures' code point spans. */
    private static void toChars(String text, boolean surrogates, List<Figure> figures, int[] fs, int[] fe) {
        if (!surrogates) {
            for (int i = 0; i < figures.size(); i++) {
                fs[i] = figures.get(i).start();
                fe[i] = figures.get(i).end();
            }
            return;
        }
        // figures are sorted by start; one pass over the text converts every offset
        int ch = 0, cp = 0;
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.start() < cp) {
                ch = 0;
                cp = 0;
            }
            while (cp < f.start()) {
                ch += Character.isHighSurrogate(text.charAt(ch)) && ch + 1 < text.length() ? 2 : 1;
                cp++;
            }
            fs[i] = ch;
            int c2 = ch, p2 = cp;
            while (p2 < f.end()) {
                c2 += Character.isHighSurrogate(text.charAt(c2)) && c2 + 1 < text.length() ? 2 : 1;
                p2++;
            }
            fe[i] = c2;
        }
    }

    /** An event while its sentence is read. */
    private static final class Ev {
        int clauseStart, clauseEnd, start, end;
        String action, stance;
        Parties.Mention imposer, target;
        String imposerCode, targetCode, imposerText, targetText;
        List<String> products = List.of();
        BigDecimal rate, previous;
        /** A range of rates (税率介于21.31%至271.2%之间), when no single rate is given. */
        BigDecimal rateLow, rateHigh;
        String effective, until, duration;
        boolean inherits;
        final List<Integer> figures = new ArrayList<>();

        Ev copy() {
            Ev e = new Ev();
            e.clauseStart = clauseStart; e.clauseEnd = clauseEnd; e.start = start; e.end = end;
            e.action = action; e.stance = stance; e.imposer = imposer; e.target = target;
            e.imposerCode = imposerCode; e.targetCode = targetCode; e.imposerText = imposerText; e.targetText = targetText;
            e.products = products; e.rate = rate; e.previous = previous; e.effective = effective; e.until = until;
            e.rateLow = rateLow; e.rateHigh = rateHigh;
            e.duration = duration; e.inherits = inherits;
            e.figures.addAll(figures);
            return e;
        }
    }

    private final class SentenceScan {
        private final String t;
        private final Sentence s;
        private final List<Figure> figures;
        private final int[] fs, fe;
        private final boolean[] used;
        private final CodePointIndex cpi;
        private List<Parties.Mention> mentions;
        private final List<Ev> events = new ArrayList<>();
        private String pendingEffective;
        private final List<Integer> pendingFigures = new ArrayList<>();
        private String pendingDuration;

        /** The figures of the sentence: [lo, hi) of the list (sorted by start). */
        private final int lo, hi;

        SentenceScan(String t, Sentence s, List<Figure> figures, int[] fs, int[] fe, int lo, int hi, boolean[] used,
                     CodePointIndex cpi) {
            this.lo = lo;
            this.hi = hi;
            this.t = t;
            this.s = s;
            this.figures = figures;
            this.fs = fs;
            this.fe = fe;
            this.used = used;
            this.cpi = cpi;
        }

        /** The parties of the sentence, found when a clause states an event. */
        private List<Parties.Mention> mentions() {
            if (mentions == null) mentions = parties.find(t, s.start(), s.end());
            return mentions;
        }

        void run(List<TariffEvent> out) {
            int cs = s.start();
            for (int i = s.start(); i <= s.end(); i++) {
                if (i == s.end() || CLAUSE_MARKS.indexOf(t.charAt(i)) >= 0 || headlineGap(i) || listedClause(cs, i)) {
                    if (i > cs) clause(cs, i);
                    cs = i + 1;
                }
            }
            if (events.isEmpty() || (stanceIn(s.start(), s.end()) & 1 << Rules.STANCES.indexOf("none")) != 0) return;
            Ev prev = null;
            for (Ev e : events) {
                if (e.effective == null && prev != null && e.inherits && e.stance.equals(prev.stance)) e.effective = prev.effective;
                if (e.until == null && e.effective != null && e.duration != null) e.until = plus(e.effective, e.duration);
                prev = e;
                for (int k : e.figures) used[k] = true;
                int start = e.start, end = e.end;
                List<Integer> ids = new ArrayList<>();
                for (int k : e.figures) {
                    ids.add(figures.get(k).start());
                }
                out.add(new TariffEvent(s.index(), cpi.toCodePoint(start), cpi.toCodePoint(end), t.substring(start, end),
                        e.action, e.stance, e.imposerText, e.imposerCode, e.targetText, e.targetCode, e.products,
                        e.rate, e.previous, e.effective, e.until, List.copyOf(ids), e.rateLow, e.rateHigh));
            }
        }

        /**
         * 、 before 对 after a duty and its trigger: two measures listed in one clause (对中国电动汽车加征100%关税、对钢铝
         * 产品加征25%关税), each a clause of its own.
         */
        private boolean listedClause(int cs, int i) {
            if (t.charAt(i) != '、' || i + 1 >= s.end() || (t.charAt(i + 1) != '对' && t.charAt(i + 1) != '對')) return false;
            return rules.duties.find(t, cs, i) >= 0 && rules.triggers.find(t, cs, i) >= 0;
        }

        /**
         * A space between Han characters: the gap between the two halves of a headline (墨西哥上调汽车关税 中国车企加速
         * 布局), which Chinese text writes no other way; a clause ends there.
         */
        private boolean headlineGap(int i) {
            if (!Character.isWhitespace(t.charAt(i)) || i == s.start() || !Character.isIdeographic(t.charAt(i - 1))) return false;
            int j = i;
            while (j < s.end() && Character.isWhitespace(t.charAt(j))) j++;
            return j < s.end() && Character.isIdeographic(t.charAt(j));
        }

        /**
         * Whether [cs, ce) names a duty: a duty word other than the 税率 of a tax that is none (印花稅稅率由4.25%下調至
         * 3.75%, 出口退税率).
         */
        private boolean namesDuty(int cs, int ce) {
            for (int i = cs; i < ce; i++) {
                int k = rules.duties.at(t, i, ce);
                if (k < 0) continue;
                String w = rules.duties.word(k);
                boolean rate = w.equals("税率") || w.equals("稅率");
                // 免关税进口配额, 关税配额: a quota's volume, which a cut (削减配额) changes, not a duty's rate
                boolean quota = false;
                for (String q : QUOTAS) if (t.startsWith(q, i + w.length()) && i + w.length() + q.length() <= ce) quota = true;
                if (!quota && (!rate || !DomesticTaxes.rateOfOne(t, i, cs))) return true;
                i += w.length() - 1;
            }
            return false;
        }

        private void clause(int cs, int ce) {
            boolean duty = namesDuty(cs, ce);
            boolean statistic = statisticWords.find(t, cs, ce) >= 0;
            int best = Integer.MAX_VALUE, trigStart = -1, trigEnd = -1;
            if (duty && !statistic) {
                for (int i = cs; i < ce; ) {
                    int k = rules.triggers.at(t, i, ce);
                    if (k < 0) {
                        i++;
                        continue;
                    }
                    int p = Rules.ACTIONS.indexOf(rules.triggers.label(k));
                    if (p < best) {
                        best = p;
                        trigStart = i;
                        trigEnd = i + rules.triggers.word(k).length();
                    }
                    i += rules.triggers.word(k).length();
                }
            }
            if (trigStart < 0 && duty && !statistic) {
                // 对美出口商品将面临36%的关税: 面临 before a rate of the duty states the duty (not 面临关税压力)
                int f = facesRate(cs, ce);
                if (f >= 0) {
                    best = Rules.ACTIONS.indexOf("impose");
                    trigStart = f;
                    trigEnd = f + 2;
                }
            }
            if (trigStart < 0 && duty && !statistic) {
                // 欧盟对美国摩托车的惩罚性关税已经生效: a duty on named goods or a party (对 before it) that takes
                // effect is imposed; 新税率自8月7日起生效 (no 对) only dates the event before it
                int f = inForce.find(t, cs, ce);
                int on = f;
                do on = lastDui(on - 1, cs);
                while (on >= cs && rules.duties.at(t, on, ce) >= 0); // 对等关税…生效: no 对 before goods
                if (f >= 0 && on >= cs) {
                    best = Rules.ACTIONS.indexOf("impose");
                    trigStart = f;
                    trigEnd = f + inForce.word(inForce.at(t, f, ce)).length();
                }
            }
            if (trigStart < 0 && !duty && !events.isEmpty()) {
                // 对…征收25%关税，但对来自加拿大的卡车豁免: an exemption of goods or a party (对/对于 before it) right
                // after a duty's clause is a lifting; 在美国设厂的企业可获豁免 (firms that qualify) is none
                for (String w : EXEMPTIONS) {
                    int at = indexIn(w, cs, ce);
                    if (at >= 0 && at + w.length() <= ce && targetBefore.find(t, cs, at) >= 0) {
                        best = Rules.ACTIONS.indexOf("lift");
                        trigStart = at;
                        trigEnd = at + w.length();
                        break;
                    }
                }
            }
            if (trigStart < 0 || (!events.isEmpty() && Rules.ACTIONS.get(best).equals("impose") && rateSubject(cs, trigStart)
                    && !hasPercent(cs, ce))) {
                // 新税率自9月16日起适用 (the rate as subject, no rate of its own) only dates the event before it
                support(cs, ce);
                return;
            }
            if (condition(cs, trigStart) && ce < s.end() - 1) return; // 若中方对美加征关税，美方将…: a condition
            if (talksPutOff(cs, trigStart, best)) return; // 欧盟对中国电动车反补贴税谈判再延期: the talks, not the duty
            String action = Rules.ACTIONS.get(best);
            int zero = rules.duties.find(t, trigEnd, ce);
            if (action.equals("impose") && zero == trigEnd + 1 && t.charAt(trigEnd) == '零') action = "lower"; // 实施零关税: a lowering to 0
            event(cs, ce, action, trigStart, trigEnd);
        }

        /** Where 面临/面臨 stands in [cs, ce) with a percent right after it (a few words between) that a duty word follows, or -1. */
        private int facesRate(int cs, int ce) {
            for (String w : FACES) {
                for (int at = indexIn(w, cs, ce); at >= 0; at = indexIn(w, at + 1, ce)) {
                    for (int k = lo; k < hi; k++) {
                        if (fs[k] < at + 2 || fs[k] > at + 8 || fe[k] > ce) continue;
                        Figure f = figures.get(k);
                        if (f.kind() == FigureKind.PERCENT && "%".equals(f.unit()) && dutyFollows(fe[k], ce)) return at;
                    }
                }
            }
            return -1;
        }

        /** Whether a condition word stands in [from, to): 若, 如果, 一旦; 如 only right before a party. */
        private boolean condition(int from, int to) {
            for (int i = from; i < to; i++) {
                int k = notCondition.at(t, i, to);
                if (k >= 0) {
                    i += notCondition.word(k).length() - 1;
                    continue;
                }
                if (condition.at(t, i, to) >= 0) return true;
                k = conditionParty.at(t, i, to);
                if (k >= 0 && mentionAt(mentions(), i + conditionParty.word(k).length()) != null) return true;
            }
            return false;
        }

        /** A clause that states an event (or one per target, one per rate of 分别). */
        private void event(int cs, int ce, String action, int trigStart, int trigEnd) {
            Ev e = new Ev();
            e.clauseStart = cs;
            e.clauseEnd = ce;
            e.action = action;
            e.stance = stance(trigEnd);
            e.start = trigStart;
            e.end = trigEnd;
            int dutyAt = rules.duties.find(t, trigStart, ce);
            if (dutyAt >= 0) e.end = Math.max(e.end, dutyAt + rules.duties.word(rules.duties.at(t, dutyAt, ce)).length());
            Ev before = events.isEmpty() ? null : events.get(events.size() - 1);
            // parties
            List<Parties.Mention> inClause = new ArrayList<>();
            for (Parties.Mention m : mentions()) if (m.start() >= cs && m.end() <= ce) inClause.add(m);
            List<Parties.Mention> targets = new ArrayList<>();
            Parties.Mention implied = null;
            boolean pronoun = false;
            int productFrom = -1;
            for (Parties.Mention m : inClause) {
                Parties.Mention by = impliedImposer(m, inClause);
                if (by != null) {
                    targets.add(m);
                    implied = by;
                    productFrom = endOfImplied(by);
                    break;
                }
            }
            if (targets.isEmpty()) {
                Rules.Words tb = targetBefore;
                for (int i = cs; i < ce && targets.isEmpty() && !pronoun; i++) {
                    int k = tb.at(t, i, ce);
                    if (k < 0 || rules.duties.at(t, i, ce) >= 0) continue; // 对等关税: a duty, no 对 before a target
                    if (inWord(i, tb.word(k))) continue; // 應對美國對汽車徵收的關稅: 應對 is a verb, no 对 before a target
                    int j = i + tb.word(k).length();
                    int later = topicDui(tb.word(k), j, trigStart);
                    if (later >= 0) {
                        // 对于美国总统扬言对进口芯片征收100%关税，…: 对于 opens the topic; the 对 after it names the target
                        i = later - 1;
                        continue;
                    }
                    int d = det.at(t, j, ce);
                    if (d >= 0) j += det.word(d).length();
                    int o = origin.at(t, j, ce);
                    if (o >= 0) j += origin.word(o).length();
                    if (pronounWords.at(t, j, ce) >= 0) {
                        pronoun = true;
                        productFrom = j + pronounWords.word(pronounWords.at(t, j, ce)).length();
                        break;
                    }
                    Parties.Mention m = mentionAt(inClause, j);
                    int inner = m == null ? -1 : innerClauseTarget(m.end(), trigStart);
                    if (inner >= 0) {
                        // 是对美国自8月6日起对巴西商品加征50%关税的回应: the party after the first 对 is the subject of
                        // the duty's own clause (a time or an adverb follows it), the 对 after it names the target
                        i = inner - 1;
                        continue;
                    }
                    if (m != null && (t.charAt(i) == '将' || t.charAt(i) == '將') && tb.word(k).length() == 1) {
                        // 印度将美国苹果的关税由70%降至50%: 将 before the target marks the object (把), not the future
                        markers[i - s.start()] = -1;
                        e.stance = stance(trigEnd);
                    }
                    while (m != null) {
                        targets.add(m);
                        int g = m.end();
                        for (String w : PARTY_TAILS) if (t.startsWith(w, g)) g += w.length(); // 台湾地区和日本, 冰岛等国的
                        g = madeIn(g, ce);
                        productFrom = g;
                        if (g < ce && "、和及与與".indexOf(t.charAt(g)) >= 0) m = mentionAt(inClause, g + 1);
                        else m = null;
                    }
                    if (targets.isEmpty() && targetBefore.at(t, j, ce) < 0 && goodsAt(j, ce)) {
                        // 对进口汽车…: the goods follow; a later 对/把 wins (将于…起对进口钢材, 将在明年把进口牛肉)
                        productFrom = j;
                        // 对来自未与墨西哥签署协定国家的进口汽车, 对与中国签约国家的商品: an origin that names no
                        // party, or a clause (from an adverb or 与), describes where the goods come from; the goods
                        // are what follows its last 的
                        if (o >= 0 || CLAUSE_STARTS.indexOf(t.charAt(j)) >= 0) {
                            productFrom = Math.max(j, t.lastIndexOf('的', productEnd(j, ce) - 1) + 1);
                        }
                    }
                }
            }
            if (targets.isEmpty() && !pronoun) {
                for (Parties.Mention m : inClause) {
                    if (targetAfter.at(t, m.end(), ce) >= 0 && !notImposer(m)) {
                        targets.add(m);
                        productFrom = m.end();
                        break;
                    }
                }
            }
            if (targets.isEmpty() && !pronoun && startsWith(trigStart, FACES)) {
                // 瑞士制药业则面临39%的关税: who faces the duty is its target, not its imposer
                Parties.Mention last = null;
                for (Parties.Mention m : inClause) if (m.end() <= trigStart && !notImposer(m)) last = m;
                if (last != null) {
                    targets.add(last);
                    productFrom = last.end();
                    // 智利铜出口面临美国50%关税: a party between 面临 and the rate or duty is who lays it
                    int faceEnd = trigStart + 2;
                    for (Parties.Mention m : inClause) {
                        if (m.start() == faceEnd && m.code() != null && !m.code().equals(last.code()) && !notImposer(m)
                                && rateOrDutyAt(m.end(), ce)) {
                            implied = m;
                            break;
                        }
                    }
                }
            }
            if (targets.isEmpty() && !pronoun) {
                // 对价值不超过800美元的香港邮件征收…: a party inside the phrase after 对 is where the goods come from
                int on = lastDui(trigStart - 1, cs);
                if (on >= cs && rules.duties.at(t, on, ce) < 0) {
                    for (Parties.Mention m : inClause) {
                        // not a party the goods' country deals with (对与美国签署协定国家的商品)
                        if (m.start() > on && m.end() <= trigStart && !notImposer(m) && "与與和同跟".indexOf(t.charAt(m.start() - 1)) < 0) {
                            targets.add(m);
                            break;
                        }
                    }
                }
            }
            if (targets.isEmpty() && !pronoun) {
                for (Parties.Mention m : inClause) {
                    if (m.start() >= trigStart && !notImposer(m)) {
                        targets.add(m);
                        productFrom = m.end();
                        break;
                    }
                }
            }
            if (targets.isEmpty() && !pronoun && inClause.isEmpty() && before == null) {
                // 香港產品須…，繳納…關稅: the goods' party in a clause before
                for (Parties.Mention m : mentions()) {
                    if (m.end() <= cs && targetAfter.at(t, m.end(), s.end()) >= 0 && !notImposer(m)) {
                        targets.add(m);
                        break;
                    }
                }
            }
            if (pronoun || (targets.isEmpty() && inClause.isEmpty() && before != null)) {
                if (before != null) {
                    e.target = before.target;
                    e.targetCode = before.targetCode;
                    e.targetText = before.targetText;
                }
                e.inherits = true;
            }
            String targetCode = targets.isEmpty() ? e.targetCode : targets.get(0).code();
            int limit = targets.isEmpty() ? trigStart : Math.min(trigStart, targets.get(0).start());
            Parties.Mention imposer = implied;
            if (imposer == null) imposer = lastParty(inClause, cs, limit, targetCode, targets);
            if (imposer != null) {
                e.imposerCode = imposer.code();
                e.imposerText = imposer.text();
            } else if (before != null) {
                e.imposerCode = before.imposerCode;
                e.imposerText = before.imposerText;
            } else {
                imposer = lastParty(mentions(), s.start(), cs, targetCode, targets);
                if (imposer != null) {
                    e.imposerCode = imposer.code();
                    e.imposerText = imposer.text();
                }
            }
            if (imposer != null && targets.isEmpty() && !pronoun && imposer.end() <= trigStart && !action.equals("impose")
                    && !action.equals("raise") && contains(imposer.end(), trigStart, SEEKS)) {
                // 瑞士寻求降低关税, 南非争取取消关税: who seeks a cut or an exemption pays the duty; it does not lay it
                targets.add(imposer);
                e.imposerCode = e.imposerText = null;
            }
            if (e.inherits && before != null && e.products.isEmpty()) e.products = List.of();
            // products
            if (productFrom >= 0) e.products = products(productFrom, productEnd(productFrom, ce));
            else if (!pronoun && !e.inherits) e.products = goodsAfterTrigger(trigEnd, ce); // 下调汽车关税
            if (productFrom < 0 && !pronoun && e.products.isEmpty()) e.products = goodsBeforeDuty(cs, trigStart, inClause); // 服装关税提高至35%
            // figures of the clause
            List<BigDecimal> rates = new ArrayList<>();
            List<Integer> rateFigs = new ArrayList<>();
            BigDecimal previous = null;
            int previousFig = -1;
            List<Integer> dutyRates = new ArrayList<>();
            boolean base = false; // the previous rate is the one in force that a levy adds to (在现行10%关税基础上加征40%)
            int rangeFig = -1;
            for (int k = lo; k < hi; k++) {
                if (fs[k] < cs || fe[k] > ce) continue;
                Figure f = figures.get(k);
                if (rangeFig < 0 && rateRange(f) && !endsWith(fs[k], cs, PREVIOUS_BEFORE) && !previousBefore(fs[k], cs)
                        && (endsWith(fs[k], cs, NEW_BEFORE) || endsWith(fs[k], cs, RANGE_BEFORE) || dutyFollows(fe[k], ce))) {
                    rangeFig = k; // 征收5%至10%的出口关税
                    continue;
                }
                if (f.kind() == FigureKind.PERCENT) {
                    if (!"%".equals(f.unit()) || !(f.value() instanceof BigDecimal v)) continue;
                    boolean from = endsWith(fs[k], cs, PREVIOUS_BEFORE) || previousBefore(fs[k], cs);
                    if (from || endsWith(fs[k], cs, CURRENT)) {
                        base = !from && fs[k] < trigStart;
                        previous = v;
                        previousFig = k;
                    } else if (endsWith(fs[k], cs, NEW_BEFORE)
                            || (!rateFigs.isEmpty() && listed(fe[rateFigs.get(rateFigs.size() - 1)], fs[k]))) {
                        rates.add(v);
                        rateFigs.add(k);
                    } else if (dutyFollows(fe[k], ce) || alternativeBeforeDuty(k, ce)) {
                        dutyRates.add(k);
                    }
                } else {
                    timeOrAmount(e, k, cs);
                }
            }
            // 分别征收25%和10%的关税: a percent listed before a duty's rate is a rate of its own
            for (int j = dutyRates.isEmpty() ? -1 : dutyRates.get(0) - 1; j >= lo && j >= 0; j--) {
                int next = dutyRates.get(0);
                Figure f = figures.get(j);
                if (fs[j] < cs || f.kind() != FigureKind.PERCENT || !"%".equals(f.unit()) || !(f.value() instanceof BigDecimal)
                        || rateFigs.contains(j) || j == previousFig || !listed(fe[j], fs[next])) {
                    break;
                }
                dutyRates.add(0, j);
            }
            if (rates.isEmpty()) {
                if (action.equals("lower") && !dutyRates.isEmpty() && previous == null) {
                    previousFig = dutyRates.get(0);
                    previous = (BigDecimal) figures.get(previousFig).value();
                } else {
                    for (int k : dutyRates) {
                        rates.add((BigDecimal) figures.get(k).value());
                        rateFigs.add(k);
                    }
                }
            }
            if (rates.isEmpty() && action.equals("lower") && contains(cs, ce, ZERO)) rates.add(BigDecimal.ZERO);
            if (base && rates.size() == 1 && !rateFigs.isEmpty() && dutyRates.contains(rateFigs.get(0)) && levies(trigStart, trigEnd)) {
                rates.set(0, previous.add(rates.get(0))); // 在现行10%关税基础上额外加征40%: 50 in all, 10 before
            }
            e.previous = previous;
            if (previousFig >= 0) use(e, previousFig);
            // 今年3月，加拿大对…加征25%关税，以回应美国对加拿大钢铝征收的关税: the measure answered is of another time
            if (e.effective == null && pendingEffective != null && !startsWith(cs, RESPONDS)) e.effective = pendingEffective;
            e.figures.addAll(pendingFigures);
            if (e.duration == null) e.duration = pendingDuration;
            pendingFigures.clear();
            pendingDuration = null;
            int n = rates.size() > 1 && contains(cs, ce, SPLIT_EACH) ? rates.size() : Math.min(1, rates.size());
            List<Ev> made = new ArrayList<>();
            if (n == 0) made.add(e);
            boolean pairGoods = n > 1 && e.products.size() == n; // 对钢材和铝材分别加征25%和10%: in order
            List<String> goods = e.products;
            if (n == 0 && rangeFig >= 0) {
                range(e, rangeFig);
            }
            for (int r = 0; r < n; r++) {
                Ev x = r == n - 1 ? e : e.copy();
                x.rate = rates.get(r);
                if (pairGoods) x.products = List.of(goods.get(r));
                if (r < rateFigs.size()) use(x, rateFigs.get(r));
                made.add(x);
            }
            List<Ev> prior = n > 0 && inClause.isEmpty() && !pronoun && rateSubject(cs, trigStart)
                    ? ratelessBefore(before) : List.of();
            if (!prior.isEmpty()) {
                // 对中国电动汽车加征关税，税率由25%提高至100%: one event, the rate clause completing the one before
                events.removeAll(prior);
                for (Ev p : prior) for (Ev x : made) events.add(joined(x, p));
                return;
            }
            // 对自俄罗斯和白俄罗斯进口的氮肥提高关税，并对其他农产品加征50%关税: the clause takes every target of the
            // clause before, not only its last
            List<Ev> sameClause = new ArrayList<>();
            if (targets.isEmpty() && e.inherits && before != null && before.targetCode != null) {
                for (Ev b : events) {
                    if (b.clauseStart == before.clauseStart && b.targetCode != null && b != before
                            && sameClause.stream().noneMatch(o -> o.targetCode.equals(b.targetCode))) {
                        sameClause.add(b);
                    }
                }
                sameClause.removeIf(b -> b.targetCode.equals(before.targetCode));
            }
            for (Ev x : made) {
                if (targets.isEmpty()) {
                    for (Ev b : sameClause) {
                        Ev y = x.copy();
                        y.target = b.target;
                        y.targetCode = b.targetCode;
                        y.targetText = b.targetText;
                        events.add(y);
                    }
                    events.add(x);
                    continue;
                }
                for (int i = 0; i < targets.size(); i++) {
                    Ev y = i == targets.size() - 1 ? x : x.copy();
                    y.target = targets.get(i);
                    y.targetCode = targets.get(i).code();
                    y.targetText = targets.get(i).text();
                    events.add(y);
                }
            }
        }

        /** Whether a percent figure stands in [cs, ce). */
        private boolean hasPercent(int cs, int ce) {
            for (int k = lo; k < hi; k++) {
                if (fs[k] >= cs && fe[k] <= ce && figures.get(k).kind() == FigureKind.PERCENT) return true;
            }
            return false;
        }

        /** A clause without an event: adds to the event before it, or to every event after it. */
        private void support(int cs, int ce) {
            Ev last = events.isEmpty() ? null : events.get(events.size() - 1);
            if (last != null && last.rate != null && continuedChange(cs, ce)) return;
            for (int k = lo; k < hi; k++) {
                if (fs[k] < cs || fe[k] > ce) continue;
                Figure f = figures.get(k);
                if (last == null) {
                    String date = f.kind() == FigureKind.DATE ? day(f.value()) : null;
                    if (date != null && (isEffective(k, cs) || wholeClause(k, cs, ce) && !announced(ce))) {
                        // 今年3月，加拿大对…加征25%关税 (not 2026年9月15日，商务部宣布对…: the day of the announcement)
                        pendingEffective = date;
                        pendingFigures.add(k);
                    } else if (f.kind() == FigureKind.DURATION && f.value() instanceof String v) {
                        pendingFigures.add(k);
                        if (endsWith(fs[k], cs, DURATION_BOUNDS)) pendingDuration = v;
                    } else if (window(f)) {
                        pendingFigures.add(k); // 在未来60天内，逐步降低…关税: the window the measure runs in
                    }
                    continue;
                }
                if (rateRange(f) && last.rate == null && last.rateLow == null && contains(cs, fs[k], new String[] {"税率", "稅率"})
                        && (endsWith(fs[k], cs, NEW_BEFORE) || endsWith(fs[k], cs, RANGE_BEFORE))) {
                    // …课征反倾销税，税率介于21.31%至271.2%之间
                    for (Ev e : events) if (e.clauseStart == last.clauseStart && e.rate == null && e.rateLow == null) range(e, k);
                } else if (f.kind() == FigureKind.PERCENT && last.rate == null && last.rateLow == null
                        && contains(cs, fs[k], SPLIT_EACH) && contains(cs, fs[k], new String[] {"税率", "稅率"})
                        && listedPercents(k, ce) > k) {
                    // …征收反补贴税，比亚迪、吉利和上汽集团的税率分别为17%、18.8%和35.3%: rates of several makers or
                    // goods the events do not split by, the range they span
                    int to = listedPercents(k, ce);
                    BigDecimal min = null, max = null;
                    for (int j = k; j <= to; j++) {
                        BigDecimal v = (BigDecimal) figures.get(j).value();
                        if (min == null || v.compareTo(min) < 0) min = v;
                        if (max == null || v.compareTo(max) > 0) max = v;
                    }
                    for (Ev e : events) {
                        if (e.clauseStart == last.clauseStart && e.rate == null && e.rateLow == null) {
                            e.rateLow = min;
                            e.rateHigh = max;
                            for (int j = k; j <= to; j++) use(e, j);
                        }
                    }
                    k = to;
                } else if (f.kind() == FigureKind.PERCENT) {
                    // 税率为25%, or a clause that is only the change (…关税，由17.5%降至10%)
                    boolean bare = bareChange(cs);
                    if (last.rate == null && "%".equals(f.unit()) && f.value() instanceof BigDecimal v
                            && (bare || contains(cs, fs[k], new String[] {"税率", "稅率"})) && endsWith(fs[k], cs, NEW_BEFORE)) {
                        for (Ev e : events) {
                            if (e.clauseStart == last.clauseStart && e.rate == null) {
                                e.rate = v;
                                use(e, k);
                            }
                        }
                    } else if (bare && last.rate == null && last.previous == null && f.value() instanceof BigDecimal v
                            && endsWith(fs[k], cs, PREVIOUS_BEFORE)) {
                        for (Ev e : events) {
                            if (e.clauseStart == last.clauseStart && e.previous == null) {
                                e.previous = v;
                                use(e, k);
                            }
                        }
                    } else if (last.rate != null && last.previous == null && f.value() instanceof BigDecimal v
                            && comparedRate(cs, k) && v.compareTo(last.rate) != 0) {
                        // …將被課徵50%的關稅，較現行的25%提高一倍: the rate in force it is compared with
                        for (Ev e : events) {
                            if (e.clauseStart == last.clauseStart && e.previous == null && e.rate != null) {
                                e.previous = v;
                                use(e, k);
                            }
                        }
                    }
                } else {
                    // …加征100%关税，对水产品和猪肉加征25%关税，措施自3月20日起生效: a date the clause gives the measures
                    // (措施, 上述, 均) dates every event of the sentence that has none, not only the last clause's
                    boolean all = f.kind() == FigureKind.DATE && contains(cs, fs[k], ALL_MEASURES) && isEffective(k, cs);
                    for (Ev e : events) {
                        if (e.clauseStart == last.clauseStart
                                || all && e.effective == null && e.stance.equals(last.stance)) timeOrAmount(e, k, cs);
                    }
                }
            }
        }

        /**
         * The last of the plain percents listed from figure {@code k} on (17%、18.8%和35.3%: only 、/和/及/与 between
         * them, within the clause), or k itself.
         */
        private int listedPercents(int k, int ce) {
            int j = k;
            while (j + 1 < hi && fe[j + 1] <= ce && figures.get(j + 1).kind() == FigureKind.PERCENT
                    && figures.get(j + 1).value() instanceof BigDecimal && figures.get(j).value() instanceof BigDecimal) {
                String gap = t.substring(fe[j], fs[j + 1]).strip();
                if (!gap.equals("、") && !gap.equals("和") && !gap.equals("及") && !gap.equals("与") && !gap.equals("與")) break;
                j++;
            }
            return j;
        }

        /**
         * The clause opens with 较/比 and the rate in force (较现行的25%, 比目前的10%), figure k its first figure: the old
         * rate a raise or cut just stated is measured against.
         */
        private boolean comparedRate(int cs, int k) {
            int i = cs;
            while (i < s.end() && Character.isWhitespace(t.charAt(i))) i++;
            if (i >= s.end() || "较較比".indexOf(t.charAt(i)) < 0 || fs[k] - i > 8) return false;
            for (int j = lo; j < k; j++) if (fs[j] >= cs) return false;
            return endsWith(fs[k], cs, CURRENT) || fs[k] == i + 1
                    || t.charAt(fs[k] - 1) == '的' && endsWith(fs[k] - 1, cs, CURRENT);
        }

        /** A clause that is only a change of rate: 由/从 and a percent first (由17.5%降至10%). */
        private boolean bareChange(int cs) {
            int i = cs;
            while (i < s.end() && Character.isWhitespace(t.charAt(i))) i++;
            if (!startsWith(i, PREVIOUS_BEFORE)) return false;
            for (int k = lo; k < hi; k++) {
                if (fs[k] >= cs) return fs[k] == i + 1 && figures.get(k).kind() == FigureKind.PERCENT;
            }
            return false;
        }

        /** A window from the reference date (未来60天内, 年内, 年底前; issue 26), resolved to a range or not. */
        private boolean window(Figure f) {
            String t = f.text();
            return f.kind() == FigureKind.DATE && f.value() == null
                    && (t.endsWith("内") || t.endsWith("內") || t.endsWith("底前") || t.endsWith("底之前"));
        }

        /** A date, duration or amount of the event's clause or of a clause after it. */
        private void timeOrAmount(Ev e, int k, int cs) {
            Figure f = figures.get(k);
            // …由27.5%降至15%，日本则承诺在2029年前对美投资5500亿美元: a later clause's pledge has its own time
            if (f.kind() == FigureKind.DATE && cs != e.clauseStart && contains(cs, fs[k], PLEDGES)) return;
            if (f.kind() == FigureKind.DATE) {
                String v = day(f.value());
                if (v == null) return;
                if (isUntil(k, cs)) {
                    if (e.until == null) e.until = v;
                    use(e, k);
                } else if (isEffective(k, cs)) {
                    if (e.effective == null) e.effective = v;
                    use(e, k);
                }
            } else if (f.kind() == FigureKind.DURATION) {
                if (!(f.value() instanceof String v)) return;
                use(e, k);
                boolean bound = endsWith(fs[k], cs, DURATION_BOUNDS) || rules.duties.endingAt(t, fs[k], cs) >= 0;
                if (bound && e.duration == null) e.duration = v;
            } else if (f.kind() == FigureKind.MONEY) {
                // the amount of goods covered; in a later clause only when it says so (涉及商品总额约为35亿加元), not
                // what a party pledges there (韩国则承诺对美投资3500亿美元)
                if (cs == e.clauseStart || contains(cs, fs[k], COVERED) && !contains(cs, fs[k], NOT_COVERED)) use(e, k);
            }
        }

        /** Words that announce a measure: a time clause before them dates the announcement, not the measure. */
        private static final String[] ANNOUNCES = {"宣布", "宣佈", "公布", "公佈", "发布", "發布", "表示", "称", "稱", "决定", "決定",
                "批准", "通过", "通過", "签署", "簽署", "发表", "發表", "公告"};

        /** An announcing word stands in the sentence after {@code from} before any trigger. */
        private boolean announced(int from) {
            for (int i = from; i < s.end(); i++) {
                if (rules.triggers.at(t, i, s.end()) >= 0) return false;
                if (startsWith(i, ANNOUNCES)) return true;
            }
            return false;
        }

        /** Figure k is all of the clause [cs, ce) but spaces: a time set before the event's clause (今年3月，…). */
        private boolean wholeClause(int k, int cs, int ce) {
            while (cs < ce && Character.isWhitespace(t.charAt(cs))) cs++;
            while (ce > cs && Character.isWhitespace(t.charAt(ce - 1))) ce--;
            return fs[k] == cs && fe[k] == ce;
        }

        /** What may be put off or extended other than a duty (谈判再延期, 表决推迟). */
        private static final String[] TALKS = {"谈判", "談判", "磋商", "会谈", "會談", "协商", "協商", "会议", "會議", "协议", "協議",
                "表决", "表決", "投票", "听证会", "聽證會", "签署", "簽署", "谈判期限", "談判期限"};
        /** Adverbs between such a subject and its verb (谈判再度延期, 会谈或将推迟). */
        private static final String TALKS_ADVERBS = "再度又将將已或被一次";

        /** An extension or a suspension whose subject right before it is the talks, a vote or an agreement, not a duty. */
        private boolean talksPutOff(int cs, int trigStart, int action) {
            String a = Rules.ACTIONS.get(action);
            if (!a.equals("extend") && !a.equals("suspend")) return false;
            int e = trigStart;
            while (e > cs && TALKS_ADVERBS.indexOf(t.charAt(e - 1)) >= 0) e--;
            return endsWith(e, cs, TALKS);
        }

        /** Where a later target word stands in [from, to) when {@code word} is 对于/對於 (which then opens a topic), or -1. */
        private int topicDui(String word, int from, int to) {
            if (!word.equals("对于") && !word.equals("對於")) return -1;
            return targetBefore.find(t, from, to);
        }

        /** Words of steps a continued change may start with (进一步降至40%). */
        private static final String[] CONTINUATION_WORDS = {"进一步", "進一步", "逐步", "逐年", "分阶段", "分階段", "最终", "最終"};
        private static final java.util.regex.Pattern NTH_YEAR = java.util.regex.Pattern.compile("第[一二三四五六七八九十0-9]+年");

        private String wordAt(int i, String[] words) {
            for (String w : words) if (t.startsWith(w, i)) return w;
            return null;
        }

        /** Words a clause that only changes the rates just stated may open with (并将在明年1月1日分别提高到30%和50%). */
        private static final String CONTINUATION_CHARS = "并並且将將再随隨后後之然于於在还還又也则則拟擬届屆时時起分别別均各";

        /**
         * A clause with no duty word and no party that only changes the rates of the events before it: conjunctions,
         * adverbs and dates, then a raise or lower trigger and new rates (…征收25%关税，并将在明年1月1日分别提高到30%和
         * 50%). One event per new rate, in order, continuing the last events with a rate (each rate to every event
         * of the last clause when one rate is given without 分别); true when it made any.
         */
        private boolean continuedChange(int cs, int ce) {
            int i = cs;
            while (i < ce) {
                char c = t.charAt(i);
                if (Character.isWhitespace(c) || CONTINUATION_CHARS.indexOf(c) >= 0) {
                    i++;
                    continue;
                }
                String w = wordAt(i, CONTINUATION_WORDS);
                if (w != null) {
                    i += w.length();
                    continue;
                }
                java.util.regex.Matcher nth = NTH_YEAR.matcher(t).region(i, ce);
                if (nth.lookingAt()) { // 并在第十年进一步降至40%
                    i = nth.end();
                    continue;
                }
                boolean date = false;
                for (int k = lo; k < hi; k++) {
                    if (fs[k] == i && figures.get(k).kind() == FigureKind.DATE) {
                        i = fe[k];
                        date = true;
                        break;
                    }
                }
                if (!date) break;
            }
            int trig = rules.triggers.at(t, i, ce);
            if (trig < 0) return false;
            String action = rules.triggers.label(trig);
            if (!action.equals("raise") && !action.equals("lower")) return false;
            int trigEnd = i + rules.triggers.word(trig).length();
            List<Integer> rates = new ArrayList<>();
            for (int k = lo; k < hi; k++) {
                if (fs[k] < trigEnd || fe[k] > ce) continue;
                Figure f = figures.get(k);
                if (f.kind() != FigureKind.PERCENT || !"%".equals(f.unit()) || !(f.value() instanceof BigDecimal)) return false;
                if (!rates.isEmpty() && !listed(fe[rates.get(rates.size() - 1)], fs[k])) return false;
                if (rates.isEmpty() && fs[k] > trigEnd + 1) return false;
                rates.add(k);
            }
            // 并在第五年进一步降至零: zero written as a word
            boolean zero = rates.isEmpty() && action.equals("lower") && (startsWith(i, ZERO) || trigEnd < ce && t.charAt(trigEnd) == '零');
            if (rates.isEmpty() && !zero) return false;
            if (zero) rates.add(-1);
            boolean each = contains(cs, i, new String[] {"分别", "分別"});
            List<Ev> prior = new ArrayList<>();
            Ev last = events.get(events.size() - 1);
            if (each) {
                for (Ev e : events) if (e.rate != null) prior.add(e);
                if (prior.size() < rates.size()) return false;
                prior = new ArrayList<>(prior.subList(prior.size() - rates.size(), prior.size()));
            } else {
                if (rates.size() != 1) return false;
                for (Ev e : events) if (e.clauseStart == last.clauseStart && e.rate != null) prior.add(e);
            }
            String stance = stance(trigEnd);
            for (int p = 0; p < prior.size(); p++) {
                Ev before = prior.get(p);
                int k = rates.get(each ? p : 0);
                Ev e = before.copy();
                e.figures.clear();
                e.clauseStart = cs;
                e.clauseEnd = ce;
                e.action = action;
                e.stance = stance;
                e.previous = before.rate;
                e.rate = k < 0 ? BigDecimal.ZERO : (BigDecimal) figures.get(k).value();
                e.rateLow = e.rateHigh = null;
                e.effective = e.until = e.duration = null;
                e.inherits = false;
                e.start = i;
                e.end = trigEnd;
                if (k >= 0) use(e, k);
                for (int d = lo; d < hi; d++) if (fs[d] >= cs && fe[d] <= ce && d != k) timeOrAmount(e, d, cs);
                events.add(e);
            }
            return !prior.isEmpty();
        }

        /**
         * Where a 对 stands in [from, to) after a time or an adverb that opens a clause right at {@code from}
         * (美国自8月6日起对巴西商品…, 美国已对…), or -1: a party before it is a subject, not the target.
         * 对中国对美出口的商品 (no word between) is the goods' description and gives -1.
         */
        private int innerClauseTarget(int from, int to) {
            if (from >= to || "自从從于於将將已曾也还還再则則".indexOf(t.charAt(from)) < 0) return -1;
            for (int i = from + 1; i < to; i++) {
                char c = t.charAt(i);
                if ((c == '对' || c == '對') && !inWord(i, String.valueOf(c))) return i;
                if (CLAUSE_MARKS.indexOf(c) >= 0) return -1;
            }
            return -1;
        }

        /** Words that make the total of a later clause another amount (台积电的投资总额已提高到1650亿美元). */
        private static final String[] NOT_COVERED = {"投资", "投資", "营收", "營收", "收入", "利润", "利潤", "市值", "销售额",
                "銷售額", "产值", "產值", "融资", "融資"};

        /** Words before an amount in a clause of its own that make it the value of the goods a duty covers. */
        private static final String[] COVERED = {"涉及", "總額", "总额", "价值", "價值", "总值", "總值", "货值", "貨值", "规模",
                "規模", "金额", "金額"};

        /** A range of percents (5%至10%, 21.31%-271.2%) with both ends. */
        private boolean rateRange(Figure f) {
            return f.kind() == FigureKind.PERCENT && "%".equals(f.unit()) && f.value() == null
                    && f.low() instanceof BigDecimal && f.high() instanceof BigDecimal;
        }

        /** The event's rate is the range of figure k. */
        private void range(Ev e, int k) {
            Figure f = figures.get(k);
            e.rateLow = (BigDecimal) f.low();
            e.rateHigh = (BigDecimal) f.high();
            use(e, k);
        }

        private void use(Ev e, int k) {
            e.figures.add(k);
            e.start = Math.min(e.start, fs[k]);
            e.end = Math.max(e.end, fe[k]);
        }

        private boolean isUntil(int k, int cs) {
            if (startsWith(fe[k], EFFECTIVE_AFTER)) return false;
            return endsWith(fs[k], cs, UNTIL_BEFORE) || startsWith(fe[k], UNTIL_AFTER);
        }

        private boolean isEffective(int k, int cs) {
            // 於今年3月8日宣布，對…加徵: the day of the announcement; 已於今年2月作出初裁: of a ruling
            if (startsWith(fe[k], ANNOUNCES) || startsWith(fe[k], RULES_ON)) return false;
            return startsWith(fe[k], EFFECTIVE_AFTER) || endsWith(fs[k], cs, EFFECTIVE_BEFORE)
                    || contains(cs, fs[k], new String[] {"生效", "實施", "实施"});
        }

        /** A duty word after a percent, with at most a few words between (25%的关税, 20%報復性關稅). */
        private boolean dutyFollows(int from, int ce) {
            if (startsWith(from, SHARE_OF)) return false; // 约99%税目的关税: a share of the tariff lines
            int lim = Math.min(ce, from + 10);
            for (int i = from; i < lim; i++) {
                char c = t.charAt(i);
                if (Character.isDigit(c) || c == '%' || c == '％') return false;
                if (rules.duties.at(t, i, ce) >= 0) return true;
                if (rules.triggers.at(t, i, ce) >= 0) return false; // 90%的出口商品免征关税: a share
                if (startsWith(i, SHARE_OF)) return false; // 约80%欧盟出口商品的关税: a share of the goods
            }
            return false;
        }

        /**
         * A percent offered with an amount as the other way to levy the duty (征收货值120%或每件100美元的关税): 或 right
         * after it, then within a few chars an amount that the duty word follows.
         */
        private boolean alternativeBeforeDuty(int k, int ce) {
            int at = fe[k];
            if (!t.startsWith("或", at)) return false;
            for (int j = k + 1; j < hi && fs[j] <= at + 4; j++) {
                if (figures.get(j).kind() == FigureKind.MONEY && fe[j] <= ce) return dutyFollows(fe[j], ce);
            }
            return false;
        }

        /** 由/从 a few words before a percent, no figure between (从原定的 100%, 由原来的30%). */
        private boolean previousBefore(int at, int floor) {
            // 由加入世贸组织时的15.3%降至7.3%: a phrase ending in 的 may stand between 由 and the old rate
            int reach = at > floor && t.charAt(at - 1) == '的' ? 14 : 6;
            for (int i = at - 1; i >= Math.max(floor, at - reach); i--) {
                char c = t.charAt(i);
                if (Character.isDigit(c) || c == '%' || c == '％') return false;
                if (c == '由' && i > 0 && "自理经經缘緣来來事原".indexOf(t.charAt(i - 1)) >= 0) continue; // 自由贸易协定的
                if (c == '由' || c == '从' || c == '從' || c == '较' || c == '較') return true; // 较现行的25%提高一倍
            }
            return false;
        }

        /** Characters before 对 that make it part of a word (应对, 面对, 反对, 绝对, 相对, 核对): no preposition. */
        private static final String BEFORE_DUI = "应應面反绝絕相核";
        /** Characters after 对 that make it part of a word (对手, 对话, 对象, 对方, 对比, 对策, 对抗, 对峙). */
        private static final String AFTER_DUI = "手话話象方比策抗峙";

        /** The one-character 对 at i is part of a word (应对, 对手), no preposition. */
        private boolean inWord(int i, String word) {
            if (word.length() != 1 || (word.charAt(0) != '对' && word.charAt(0) != '對')) return false;
            return (i > 0 && BEFORE_DUI.indexOf(t.charAt(i - 1)) >= 0) || (i + 1 < t.length() && AFTER_DUI.indexOf(t.charAt(i + 1)) >= 0);
        }

        /** A trigger that levies a duty on top (加征, 额外征收, 再加徵): its rate adds to the one in force. */
        private boolean levies(int trigStart, int trigEnd) {
            for (int i = trigStart; i < trigEnd; i++) if (t.charAt(i) == '征' || t.charAt(i) == '徵') return true;
            return false;
        }

        /** Only a list word between two figures (25%和10%, 25%、10%). */
        private boolean listed(int end, int start) {
            String between = t.substring(end, start);
            return between.equals("和") || between.equals("、") || between.equals("及") || between.equals("与")
                    || between.equals("與");
        }

        private String stance(int trigEnd) {
            // 宣布了投资计划，以换取关税豁免: what a purpose clause seeks is a plan; markers before it are the main clause's
            int from = s.start();
            for (String w : PURPOSE) {
                for (int at = indexIn(w, s.start(), trigEnd); at >= 0; at = indexIn(w, at + 1, trigEnd)) {
                    from = Math.max(from, at + w.length());
                }
            }
            int found = stanceIn(from, trigEnd);
            if (from > s.start() && found == 0) return "plan";
            int fact = 1 << Rules.STANCES.indexOf("fact");
            if ((found & fact) != 0 && (found & (1 << Rules.STANCES.indexOf("denial") | 1 << Rules.STANCES.indexOf("threat"))) == 0
                    && (found & 1 << Rules.STANCES.indexOf("plan")) != 0) {
                // 宣布…，并考虑自明年7月1日起对镍铁出口征收…: a word of deliberation after the last fact marker governs
                // the measure, which is weighed, not decided (宣布将…, 宣布计划… stay facts, as before)
                int lastFact = -1;
                for (int i = from; i < trigEnd; i++) {
                    int k = markers[i - s.start()];
                    if (k >= 0 && (stanceBits[k] & fact) != 0) lastFact = i;
                }
                if (lastFact >= 0 && contains(lastFact, trigEnd, DELIBERATE)) return "plan";
            }
            for (int i = 0; i < Rules.STANCES.size(); i++) {
                if (!Rules.STANCES.get(i).equals("none") && (found & 1 << i) != 0) return Rules.STANCES.get(i);
            }
            return "fact";
        }

        /** The stance markers of the sentence (index of the word at each position, or -1), read once. */
        private int[] markers;

        /** The stances with a marker in [sentence start, to), as bits of {@link Rules#STANCES}. */
        private int stanceIn(int from, int to) {
            if (markers == null) {
                markers = new int[s.end() - s.start()];
                for (int i = s.start(); i < s.end(); i++) markers[i - s.start()] = rules.stance.at(t, i, s.end());
            }
            int found = 0;
            for (int i = from; i < to; i++) {
                int k = markers[i - s.start()];
                if (k >= 0 && i + rules.stance.word(k).length() > to) k = rules.stance.at(t, i, to); // cut by the bound
                if (k >= 0) found |= stanceBits[k];
            }
            return found;
        }

        /** The imposer of an implied pattern after a target (印度对美出口 → 美), or null. */
        private Parties.Mention impliedImposer(Parties.Mention m, List<Parties.Mention> in) {
            for (String[] w : implied) {
                String pre = w[0], post = w[1];
                if (!t.startsWith(pre, m.end())) continue;
                Parties.Mention by = mentionAt(in, m.end() + pre.length());
                if (by != null && !by.code().equals(m.code()) && t.startsWith(post, by.end())) return by;
            }
            return null;
        }

        private int endOfImplied(Parties.Mention by) {
            int e = by.end();
            if (t.startsWith("出口", e)) e += 2;
            return e;
        }

        private Parties.Mention mentionAt(List<Parties.Mention> in, int at) {
            for (Parties.Mention m : in) if (m.start() == at) return m;
            return null;
        }

        private boolean notImposer(Parties.Mention m) {
            return notImposerWords.endingAt(t, m.start(), s.start()) >= 0;
        }

        /** The last party in [from, to) that is no target and not written as a place of origin. */
        private Parties.Mention lastParty(List<Parties.Mention> in, int from, int to, String targetCode,
                                          List<Parties.Mention> targets) {
            Parties.Mention best = null;
            for (Parties.Mention m : in) {
                if (m.start() < from || m.end() > to || targets.contains(m)) continue;
                if (m.code().equals(targetCode) || notImposer(m)) continue;
                int k = targetBefore.endingAt(t, m.start(), from);
                // 对美国自8月起对巴西…, 对于美国威胁对药品…: 美国 is the subject, not a target
                if (k >= 0 && !inWord(m.start() - targetBefore.word(k).length(), targetBefore.word(k))
                        && innerClauseTarget(m.end(), to + 1) < 0 && topicDui(targetBefore.word(k), m.start(), to + 1) < 0) continue;
                best = m;
            }
            return best;
        }

        /**
         * Whether goods can start at {@code from}: their run ends at a trigger or a duty word, not at a number or the
         * clause's end (将于2025年…, 将在明年…: 将 there is the future, and no goods follow it).
         */
        private boolean goodsAt(int from, int ce) {
            int end = productEnd(from, ce);
            if (end <= from || end >= ce) return false;
            if ("于於在".indexOf(t.charAt(from)) >= 0) return false; // 将于下月生效: a time, no goods
            if (!Character.isDigit(t.charAt(end))) return true;
            if (LEGAL_BASIS.matcher(t.substring(from, end)).find()) return true; // 对半导体依232条款加征
            if (t.charAt(end - 1) == '等') return true; // 对汽车、钢铁等1400余种商品: a list closed by 等, then its count
            // 对亚洲汽车的50%关税: the goods end at 的 before a percent of the duty
            if (t.charAt(end - 1) != '的') return false;
            for (int k = lo; k < hi; k++) {
                if (fs[k] == end && figures.get(k).kind() == FigureKind.PERCENT && dutyFollows(fe[k], ce)) return true;
            }
            return false;
        }

        /**
         * A clause whose subject is the rate (税率由25%提高至100%, 其关税税率将上调至50%): what stands before its
         * trigger is a rate word, with at most a determiner, a duty word or a stance word around it.
         */
        private boolean rateSubject(int cs, int trigStart) {
            String head = t.substring(cs, trigStart).strip();
            int r = Math.max(head.indexOf("税率"), head.indexOf("稅率"));
            if (r < 0 || r > 6) return false;
            for (int i = 0; i < r; i++) {
                if (Character.isDigit(head.charAt(i))) return false;
            }
            return true;
        }

        /** The events of the clause before, when none of them has a rate: a rate clause after them completes them. */
        private List<Ev> ratelessBefore(Ev before) {
            if (before == null) return List.of();
            List<Ev> out = new ArrayList<>();
            for (Ev b : events) {
                if (b.clauseStart != before.clauseStart) continue;
                if (b.rate != null || b.previous != null) return List.of();
                out.add(b);
            }
            return out;
        }

        /** The rate clause's event {@code x} completing the rateless event {@code p} of the clause before. */
        private Ev joined(Ev x, Ev p) {
            Ev y = x.copy();
            y.clauseStart = p.clauseStart;
            y.target = p.target; y.targetCode = p.targetCode; y.targetText = p.targetText;
            y.imposer = p.imposer; y.imposerCode = p.imposerCode; y.imposerText = p.imposerText;
            if (y.products.isEmpty()) y.products = p.products;
            if (y.effective == null) y.effective = p.effective;
            if (y.until == null) y.until = p.until;
            if (y.duration == null) y.duration = p.duration;
            y.start = Math.min(y.start, p.start);
            y.end = Math.max(y.end, p.end);
            y.figures.clear();
            y.figures.addAll(p.figures);
            for (int k : x.figures) if (!y.figures.contains(k)) y.figures.add(k);
            return y;
        }

        /**
         * Goods written between the trigger and the duty word when nothing before the trigger names them (印度下调汽车
         * 关税, 下调大米进口关税至5%): Han characters only, no party.
         */
        private List<String> goodsAfterTrigger(int trigEnd, int ce) {
            int d = rules.duties.find(t, trigEnd, ce);
            if (d <= trigEnd || d - trigEnd > 12) return List.of();
            for (int i = trigEnd; i < d; i++) {
                if (!Character.isIdeographic(t.charAt(i)) || "的对對把将將".indexOf(t.charAt(i)) >= 0) return List.of();
            }
            for (Parties.Mention m : mentions()) if (m.start() < d && m.end() > trigEnd) return List.of();
            return products(trigEnd, d);
        }

        /**
         * Goods named as the subject, before the duty word and its trigger (进口轻型汽车的关税将从20%提高至50%, 服装和鞋类
         * 关税则提高至35%): from the clause start (after a party there: 美国进口钢铁的关税) to the duty word, Han
         * characters and list marks only; not a determiner, a time or a party's side (此前的关税, 新关税, 特朗普政府的关税).
         */
        private List<String> goodsBeforeDuty(int cs, int trigStart, List<Parties.Mention> inClause) {
            int d = rules.duties.find(t, cs, trigStart);
            if (d < 0) return List.of();
            int from = cs;
            while (from < d && Character.isWhitespace(t.charAt(from))) from++;
            for (Parties.Mention m : inClause) if (m.start() == from) from = m.end();
            for (String w : AMONG) if (t.startsWith(w, from)) from += w.length(); // 其中汽车关税将由20%提高至50%
            int to = d;
            if (to > from && (t.charAt(to - 1) == '的')) to--;
            if (to - from < 2 || to - from > 12) return List.of();
            for (int i = from; i < to; i++) {
                char c = t.charAt(i);
                if (!(Character.isIdeographic(c) || c == '、') || NOT_IN_SUBJECT_GOODS.indexOf(c) >= 0) return List.of();
            }
            for (Parties.Mention m : mentions()) if (m.start() < to && m.end() > from) return List.of();
            String p = t.substring(from, to);
            for (String w : NOT_SUBJECT_GOODS) if (p.startsWith(w) || p.endsWith(w)) return List.of();
            if (p.endsWith("年") || p.endsWith("月") || p.equals("进口") || p.equals("進口") || p.equals("出口")) return List.of(); // 去年的关税
            return products(from, to);
        }

        /** Whether every “ and 「 in {@code p} is closed and its " are paired. */
        private static boolean balancedQuotes(String p) {
            int curly = 0, corner = 0, straight = 0;
            for (int i = 0; i < p.length(); i++) {
                switch (p.charAt(i)) {
                    case '“' -> curly++;
                    case '”' -> curly--;
                    case '「' -> corner++;
                    case '」' -> corner--;
                    case '"' -> straight++;
                    default -> { }
                }
            }
            return curly == 0 && corner == 0 && straight % 2 == 0;
        }

        /** Where the goods after {@code from} end: at the trigger, a rate, or the duty word. */
        private int productEnd(int from, int ce) {
            for (int i = from; i < ce; i++) {
                char c = t.charAt(i);
                if (Character.isDigit(c) || rules.triggers.at(t, i, ce) >= 0 || rules.duties.at(t, i, ce) >= 0
                        || startsWith(i, FACES) || (c == '「' || c == '『' || c == '“') && rules.duties.at(t, i + 1, ce) >= 0
                        || (c == '在' && startsWith(i + 1, CURRENT))) {
                    return i; // 台灣商品的「對等關稅」: a quoted duty ends the goods; 电动汽车在现行10%关税基础上
                }
            }
            return ce;
        }

        /** 中國製電動車: 制/製 right after the goods' country is "made in", no part of the goods (not 制品, 制药, 製造). */
        private int madeIn(int g, int ce) {
            if (g + 1 < ce && (t.charAt(g) == '制' || t.charAt(g) == '製') && "造品药藥度裁定成".indexOf(t.charAt(g + 1)) < 0) return g + 1;
            return g;
        }

        /** A rate (50%, 的50%) or a duty word at {@code i}. */
        private boolean rateOrDutyAt(int i, int ce) {
            if (i < ce && t.charAt(i) == '的') i++;
            return i < ce && (Character.isDigit(t.charAt(i)) || rules.duties.at(t, i, ce) >= 0);
        }

        private List<String> products(int from, int to) {
            String p = t.substring(from, to).strip();
            // 等未与墨西哥签署贸易协定国家的1463种商品: the origin described after a list of parties is no goods
            java.util.regex.Matcher origin = ORIGIN_END.matcher(p);
            if (origin.lookingAt()) p = p.substring(origin.end());
            // 对半导体依232条款加征: the legal basis after the goods is no part of them
            java.util.regex.Matcher basis = LEGAL_BASIS.matcher(p);
            if (basis.find() && basis.start() > 0) p = p.substring(0, basis.start());
            // 对比亚迪、吉利和上汽集团生产的电动车: the makers describe the goods, which follow the last 的
            java.util.regex.Matcher maker = MADE_BY.matcher(p);
            if (maker.lookingAt() && maker.end() < p.length()) p = p.substring(maker.end());
            for (boolean changed = true; changed && !GENERIC_PRODUCTS.contains(p); ) {
                changed = false;
                for (String w : PRODUCT_PREFIX) {
                    if (p.startsWith(w) && p.length() > w.length()) {
                        p = p.substring(w.length());
                        changed = true;
                    }
                }
                for (String w : PRODUCT_SUFFIX) {
                    if (p.endsWith(w)) {
                        p = p.substring(0, p.length() - w.length());
                        changed = true;
                    }
                }
            }
            // 对“转运”商品: quotes that mark a word (balanced) are no part of the goods' name
            if (balancedQuotes(p)) p = QUOTES.matcher(p).replaceAll("");
            if (p.isEmpty() || GENERIC_PRODUCTS.contains(p) || tooLong(p) || p.matches(".*[\\d“”\"].*")) return List.of();
            List<String> out = new ArrayList<>();
            String[] pieces = PRODUCT_SPLIT.split(p);
            for (int i = 0; i + 1 < pieces.length; i++) {
                // 未与美国签署协定国家的汽车: 与 after an adverb is "with", not "and"
                String x = pieces[i].strip();
                if (!x.isEmpty() && ADVERB_ENDS.indexOf(x.charAt(x.length() - 1)) >= 0) return List.of(p);
            }
            for (int i = 0; i < pieces.length; i++) {
                String x = pieces[i].strip();
                if (x.length() > 2 && (x.charAt(0) == '其')) pieces[i] = x.substring(1); // 中型和重型卡车及其零部件
            }
            int modifiers = modifiers(pieces);
            String head = modifiers > 0 ? sharedHead(pieces, modifiers) : null;
            for (int i = 0; i < pieces.length; i++) {
                String x = pieces[i].strip();
                if (head != null && i < modifiers) x += head;
                if (!x.isEmpty() && !GENERIC_PRODUCTS.contains(x)) out.add(x);
            }
            return out;
        }

        /**
         * Longer than goods are written: over 20 characters, unless a list of pieces of at most 10 each (高粱、大豆、猪肉、
         * 牛肉、水产品、水果、蔬菜、乳制品).
         */
        private static boolean tooLong(String p) {
            if (p.length() <= 20) return false;
            String[] pieces = PRODUCT_SPLIT.split(p);
            if (pieces.length < 3) return true;
            for (String x : pieces) if (x.strip().length() > 10) return true;
            return false;
        }

        /** Characters that end a modifier of type or grade (中型, 重型, 手动式, 高级). */
        private static final String MODIFIER_ENDS = "型式级級";

        /**
         * The noun that coordinated modifiers share, written once after the last (中型和重型卡车: 卡车, so the goods are
         * 中型卡车 and 重型卡车), or null: every piece but the last a modifier ending in 型/式/级, the last that
         * modifier and its noun.
         */
        /** How many pieces from the first are bare modifiers (中型, 重型; at most 3 characters ending in 型/式/级). */
        private static int modifiers(String[] pieces) {
            int k = 0;
            while (k + 1 < pieces.length) {
                String x = pieces[k].strip();
                if (x.isEmpty() || x.length() > 3 || MODIFIER_ENDS.indexOf(x.charAt(x.length() - 1)) < 0) break;
                k++;
            }
            return k;
        }

        /**
         * The noun the first {@code k} pieces (modifiers) share with the piece after them, which is a modifier and
         * its noun (中型和重型卡车及其零部件: 卡车, for 中型; the parts after it keep their own), or null.
         */
        private static String sharedHead(String[] pieces, int k) {
            String next = pieces[k].strip();
            char end = pieces[0].strip().charAt(pieces[0].strip().length() - 1);
            int j = next.indexOf(end);
            return j > 0 && j <= 3 && j + 1 < next.length() ? next.substring(j + 1) : null;
        }

        private boolean endsWith(int at, int floor, String[] words) {
            while (at > floor && Character.isWhitespace(t.charAt(at - 1))) at--;
            for (String w : words) {
                int st = at - w.length();
                if (st >= floor && t.startsWith(w, st)) return true;
            }
            // one word between (税率最高为35.3%, 由原来的30%)
            return false;
        }

        private boolean startsWith(int at, String[] words) {
            for (String w : words) if (t.startsWith(w, at)) return true;
            return false;
        }

        private boolean contains(int from, int to, String[] words) {
            for (String w : words) if (indexIn(w, from, to) >= 0) return true;
            return false;
        }

        /** Where the last 对/對 at or before {@code at} and not before {@code floor} stands, or -1 (no search past the clause). */
        private int lastDui(int at, int floor) {
            for (int i = Math.min(at, t.length() - 1); i >= floor; i--) if (t.charAt(i) == '对' || t.charAt(i) == '對') return i;
            return -1;
        }

        /** Where {@code w} first stands whole in [from, to) of the text, or -1 (no search past {@code to}). */
        private int indexIn(String w, int from, int to) {
            char c = w.charAt(0);
            for (int i = Math.max(from, 0), last = to - w.length(); i <= last; i++) {
                if (t.charAt(i) == c && t.startsWith(w, i)) return i;
            }
            return -1;
        }
    }

    /** An ISO date plus an ISO duration (P90D, P1Y), or null. */
    static String plus(String date, String duration) {
        Matcher m = ISO_DURATION.matcher(duration);
        if (!m.matches()) return null;
        try {
            LocalDate d = LocalDate.parse(date);
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "Y" -> d.plusYears(n).toString();
                case "M" -> d.plusMonths(n).toString();
                case "W" -> d.plusWeeks(n).toString();
                default -> d.plusDays(n).toString();
            };
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }
}
