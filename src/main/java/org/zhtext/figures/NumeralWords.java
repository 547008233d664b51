package org.zhtext.figures;

/**
 * Words in which a numeral is no number: idioms (九牛一毛, 三头六臂, 千家万户, 三天两头) and lexicalized nouns
 * (五角大楼, 三角洲, 两口子, 百家号) whose numeral our rules would otherwise read as a count, an amount or a duration
 * because a measure word, a currency sub-unit or a time unit follows it. Every entry of {@link #WORDS} is, in its
 * simplified form, a word of HanLP's core or custom dictionary (checked by {@code CalendarRulesTest}), so the list
 * documents itself against a published lexicon; two 成语 HanLP lacks are kept apart ({@link #IDIOMS_NOT_IN_HANLP}).
 * It holds only words that produced a wrong figure. Simplified and traditional forms.
 * The general rule — what follows the numeral is a noun-forming character, not a measure word — is applied where
 * it is decidable from the next character (两头 is a count only before an animal: 两头牛, not 两头受压; 零 starting a
 * word is no number); this list is for the rest.
 */
final class NumeralWords {
    private NumeralWords() {
    }

    /** Words of HanLP's core or custom dictionary (simplified form; the traditional twin beside it). */
    static final String[] WORDS = {
            "九牛一毛", "一毛不拔", "三头六臂", "三頭六臂", "千家万户", "千家萬戶", "百家争鸣", "百家爭鳴", "百家姓",
            "一日千里", "一日三秋", "一年半载", "一年半載", "十年寒窗", "百年大计", "百年大計", "三天两头", "三天兩頭",
            "五角大楼", "五角大樓", "三角洲", "金三角", "三角债", "三角債", "三角形", "两口子", "兩口子", "三座大山",
            "一年到头", "一年到頭", "十年树木", "十年樹木", "百年树人", "百年樹人"};

    /** 成语 that HanLP's dictionary lacks, kept apart so that the list stays checkable: 三人成虎, 七年之痒. */
    static final String[] IDIOMS_NOT_IN_HANLP = {"三人成虎", "七年之痒", "七年之癢"};

    private static final Lexicon.Table TABLE;
    private static final int LONGEST;

    static {
        String[] all = new String[WORDS.length + IDIOMS_NOT_IN_HANLP.length];
        System.arraycopy(WORDS, 0, all, 0, WORDS.length);
        System.arraycopy(IDIOMS_NOT_IN_HANLP, 0, all, WORDS.length, IDIOMS_NOT_IN_HANLP.length);
        Lexicon.Entry[] es = new Lexicon.Entry[all.length];
        int longest = 0;
        for (int k = 0; k < all.length; k++) {
            es[k] = new Lexicon.Entry(all[k], all[k]);
            longest = Math.max(longest, all[k].length());
        }
        java.util.Arrays.sort(es, (a, b) -> b.word().length() - a.word().length());
        TABLE = new Lexicon.Table(es);
        LONGEST = longest;
    }

    /** The animals 头 counts: 两头牛 is two cattle, 两头受压 is 'both ends'. */
    private static final String HEAD_NOUNS = "牛猪豬羊驴驢骡騾马馬象鲸鯨鹿狮獅熊骆駱牲母公大小奶肉种種";

    /**
     * The end of a word from the list that covers position i (starts at most 3 chars before it), or of 两头/兩頭
     * used as 'both ends' at i; -1 when none. Called only for a numeral that would otherwise lead a figure.
     */
    static int coveringEnd(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if ((c == '两' || c == '兩') && i + 1 < n && (s.charAt(i + 1) == '头' || s.charAt(i + 1) == '頭')
                && (i + 2 >= n || HEAD_NOUNS.indexOf(s.charAt(i + 2)) < 0)) {
            return i + 2;
        }
        for (int k = 0; k < LONGEST && k <= i; k++) {
            Lexicon.Entry e = Lexicon.match(s, i - k, n, TABLE);
            if (e != null && e.word().length() > k) return i - k + e.word().length();
        }
        return -1;
    }
}
