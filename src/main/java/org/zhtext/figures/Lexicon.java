package org.zhtext.figures;

/**
 * Small word tables of the figure rules (units, currencies, qualifiers, tariff words), in simplified and
 * traditional forms, matched at a position longest-first. Tables are arrays of a few dozen entries.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** A surface word and what it normalizes to. */
    record Entry(String word, String norm) {
    }

    /**
     * Words indexed by their first and by their last char (open addressing over a small array), so a match
     * at a position looks at only the few words that can start (or end) there, longest first.
     */
    static final class Table {
        private static final Entry[] NONE = new Entry[0];
        private final char[] firstKeys, lastKeys;
        private final Entry[][] byFirst, byLast;
        /** One bit per (first char mod 64): a one-word filter before the hash lookup. */
        private long firstBits;

        private final Entry[] all;

        /** Every entry, longest first. */
        Entry[] entries() {
            return all.clone();
        }

        Table(Entry[] entries) {
            all = entries.clone();
            int size = Integer.highestOneBit(Math.max(4, entries.length) * 4);
            firstKeys = new char[size];
            lastKeys = new char[size];
            byFirst = new Entry[size][];
            byLast = new Entry[size][];
            for (Entry e : entries) { // entries are sorted longest first; buckets keep that order
                put(firstKeys, byFirst, e.word.charAt(0), e);
                firstBits |= 1L << e.word.charAt(0);
                put(lastKeys, byLast, e.word.charAt(e.word.length() - 1), e);
            }
        }

        private static void put(char[] keys, Entry[][] vals, char c, Entry e) {
            int m = keys.length - 1;
            int h = (c * 0x9E37) & m;
            while (vals[h] != null && keys[h] != c) h = (h + 1) & m;
            keys[h] = c;
            Entry[] old = vals[h] == null ? NONE : vals[h];
            Entry[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = e;
            vals[h] = grown;
        }

        Entry[] startingWith(char c) {
            if ((firstBits & (1L << c)) == 0) return NONE;
            return get(firstKeys, byFirst, c);
        }

        Entry[] endingWith(char c) {
            return get(lastKeys, byLast, c);
        }

        private static Entry[] get(char[] keys, Entry[][] vals, char c) {
            int m = keys.length - 1;
            int h = (c * 0x9E37) & m;
            while (vals[h] != null) {
                if (keys[h] == c) return vals[h];
                h = (h + 1) & m;
            }
            return NONE;
        }
    }

    /** Pairs "surface", "normalized", … sorted longest surface first. */
    static Table table(String... pairs) {
        Entry[] e = new Entry[pairs.length / 2];
        for (int i = 0; i < e.length; i++) e[i] = new Entry(pairs[2 * i], pairs[2 * i + 1]);
        java.util.Arrays.sort(e, (a, b) -> b.word.length() - a.word.length());
        return new Table(e);
    }

    /** Currency words and symbols written after the amount → ISO 4217 ({@link Currencies}). */
    static final Table CURRENCY_AFTER = Currencies.AFTER;

    /** Currency words and symbols written before the amount ({@link Currencies}). */
    static final Table CURRENCY_BEFORE = Currencies.BEFORE;

    /** Cents and dimes: 角/毛/毫 = 0.1, 分/仙 = 0.01 (分 and 仙 only in a money compound or standing alone). */
    static final Table SUB_UNITS = table("角", "1", "毛", "1", "毫", "1", "分", "2", "仙", "2");

    /**
     * Measure words and classifiers → unit (longest first, so 千克 beats 克, 毫米 beats 毫): the measure units of
     * {@code units.txt} ({@link Units}: 公斤 → kg, 5nm → nm) and the classifiers and Chinese units with no symbol in
     * use, kept in simplified form (辆, 家, 斤, 桶, 亩).
     */
    static final Table QUANTITY_UNITS = withUnits(
            "斤", "斤", "桶", "桶", "亩", "亩", "畝", "亩",
            "架次", "架次", "架", "架", "艘", "艘", "辆", "辆", "輛", "辆", "台", "台", "臺", "台", "部", "部",
            "家", "家", "人次", "人次", "人", "人", "户", "户", "戶", "户", "名", "名", "位", "位", "口", "口",
            "件", "件", "套", "套", "座", "座", "条", "条", "條", "条", "只", "只", "隻", "只", "头", "头", "頭", "头",
            "枚", "枚", "颗", "颗", "顆", "颗", "片", "片", "张", "张", "張", "张", "箱", "箱",
            "项", "项", "項", "项", "款", "款", "份", "份", "批", "批", "股", "股", "篇", "篇", "所", "所",
            "间", "间", "間", "间", "栋", "栋", "棟", "栋", "个基点", "基点", "個基點", "基点", "基点", "基点", "基點", "基点",
            "倍", "倍", "个", "个", "個", "个",
            // 支 counts phones, pens and teams (6,900萬支, 3支球队); 点 the points of an index (收报3350.12点, 跌112點)
            "支", "支", "点", "点", "點", "点",
            // counts of doses, cases, votes and events (34亿剂次, 新增病例12例, 以52票赞成, 举办3场, 3宗个案)
            "剂次", "剂次", "劑次", "剂次", "剂", "剂", "劑", "剂", "例", "例", "票", "票", "场", "场", "場", "场", "宗", "宗");

    private static Table withUnits(String... pairs) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(Units.WORDS);
        for (int i = 0; i < pairs.length; i += 2) all.putIfAbsent(pairs[i], pairs[i + 1]);
        Entry[] e = new Entry[all.size()];
        int k = 0;
        for (var w : all.entrySet()) e[k++] = new Entry(w.getKey(), w.getValue());
        java.util.Arrays.sort(e, (a, b) -> b.word.length() - a.word.length());
        return new Table(e);
    }

    /** Nouns counted directly after a scaled number (1.7億用户). */
    static final Table COUNT_NOUNS = table(
            "用户", "用户", "用戶", "用户", "人口", "人口", "居民", "居民", "员工", "员工", "員工", "员工", "工人", "工人",
            "游客", "游客", "遊客", "游客", "农民", "农民", "農民", "农民", "选民", "选民", "選民", "选民", "网民", "网民",
            "網民", "网民", "观众", "观众", "觀眾", "观众", "学生", "学生", "學生", "学生", "岗位", "岗位", "崗位", "岗位",
            "个工作岗位", "工作岗位", "個工作崗位", "工作岗位", "个就业岗位", "就业岗位", "消费者", "消费者", "消費者", "消费者",
            "移民", "移民", "难民", "难民", "難民", "难民", "会员", "会员", "會員", "会员");

    /** Duration units → ISO designator ("Y", "M", "W", "D", "H", "MIN", "S"; "Q": quarters, written as 3 months). */
    static final Table DURATION_UNITS = table(
            "年", "Y", "个月", "M", "個月", "M", "个多月", "M+", "個多月", "M+", "个季度", "Q", "個季度", "Q", "周", "W", "週", "W", "个星期", "W", "個星期", "W",
            "星期", "W", "个礼拜", "W", "個禮拜", "W", "礼拜", "W", "禮拜", "W", "天", "D", "日", "D",
            "个小时", "H", "個小時", "H", "小时", "H", "小時", "H", "个钟头", "H", "個鐘頭", "H", "钟头", "H", "鐘頭", "H",
            "個鐘", "H", "个钟", "H", "分钟", "MIN", "分鐘", "MIN", "秒钟", "S", "秒鐘", "S", "秒", "S");

    /** Qualifiers written before a figure ({@code qualifiers.txt}). */
    static final Table QUALIFIER_BEFORE = qualifiers("before");

    /** Qualifiers written after a figure ({@code qualifiers.txt}). */
    static final Table QUALIFIER_AFTER = qualifiers("after");

    private static Table qualifiers(String side) {
        java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
        for (String[] f : Scripts.lines("qualifiers.txt")) {
            if (f[0].equals(side)) for (String w : f[2].split(" ")) words.put(w, f[1]);
        }
        return Scripts.table(words, true);
    }

    /** Words that make a clause about tariffs. */
    static final Table TARIFF_WORDS = table(
            "关税", "", "關稅", "", "税率", "", "稅率", "", "加征", "", "加徵", "", "征收", "", "徵收", "", "课征", "", "課徵", "",
            "反倾销", "", "反傾銷", "", "反补贴", "", "反補貼", "", "惩罚性", "", "懲罰性", "", "报复性", "", "報復性", "",
            "对等", "", "對等", "", "301", "", "232", "", "tariff", "", "Tariff", "");

    /** Per-unit words after 每 (每公斤, 每年) → simplified. */
    static final Table PER_UNITS = table(
            "公斤", "公斤", "千克", "千克", "吨", "吨", "噸", "吨", "桶", "桶", "股", "股", "斤", "斤", "磅", "磅", "盎司", "盎司",
            "年", "年", "月", "月", "天", "天", "日", "日", "周", "周", "週", "周", "小时", "小时", "小時", "小时",
            "人", "人", "户", "户", "戶", "户", "辆", "辆", "輛", "辆", "台", "台", "件", "件", "平方米", "平方米",
            "千瓦时", "千瓦时", "度", "度", "升", "升", "加仑", "加仑", "蒲式耳", "蒲式耳", "个", "个", "個", "个");

    /** The entry whose word starts at {@code i} (longest first), or null. */
    static Entry match(String s, int i, int limit, Table table) {
        if (i >= limit) return null;
        for (Entry e : table.startingWith(s.charAt(i))) {
            if (ChineseNumbers.startsWith(s, i, limit, e.word)) return e;
        }
        return null;
    }

    /** The entry whose word ends right before {@code end} (longest first), not before {@code floor}, or null. */
    static Entry matchBefore(String s, int end, int floor, Table table) {
        if (end <= floor) return null;
        for (Entry e : table.endingWith(s.charAt(end - 1))) {
            int st = end - e.word.length();
            if (st >= floor && ChineseNumbers.startsWith(s, st, end, e.word)) return e;
        }
        return null;
    }
}
