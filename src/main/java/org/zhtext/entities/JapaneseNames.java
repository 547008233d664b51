package org.zhtext.entities;

import org.zhtext.engine.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Japanese persons' names written in kanji ({@link EntityRules.Rule#JAPANESE_NAMES}): a surname of two or three
 * characters and a given name of one to three from {@code models/gazetteers/japanese-names.txt} (IPADIC's person
 * names, converted to simplified; see its header). Kanji names are no transliterations, so the foreign-name rule
 * does not see them, and the tagger, trained on Chinese names, misses some (高市早苗) or stops at the surname (植野 of
 * 植野大作). A name is read only where its context says it is one: a title right before it (首相, 大臣, 财务官, 社长…)
 * or a verb of speech right after it (表示, 说…); a tagger person that is exactly a surname takes the given name
 * after it. Surnames that are common Chinese words or places, and given names that are common words (一行, 正), are
 * left out when the table is read. Immutable and thread-safe.
 */
final class JapaneseNames {
    static final String FILE = "gazetteers/japanese-names.txt";
    private static volatile JapaneseNames shared;

    /** Titles right before a name (日本首相高市早苗, 财务官三村淳, 首席策略师植野大作). */
    private static final List<String> TITLES = List.of("首相", "外相", "大臣", "长官", "知事", "市长", "社长", "会长", "总裁",
            "行长", "董事长", "总经理", "首席执行官", "执行长", "议员", "党首", "干事长", "主席", "代表", "部长", "次官",
            "财务官", "审议官", "大使", "教授", "选手", "演员", "导演", "作家", "记者", "策略师", "分析师", "经济学家", "主帅",
            "教练", "棋手", "天皇", "皇后", "太子", "总理", "理事长", "所长", "院长", "校长", "团长", "队长", "书记");
    /** Verbs right after a name (高市早苗表示). */
    private static final List<String> SPEECH = List.of("表示", "说", "称", "指出", "强调", "透露", "介绍", "认为", "预计",
            "宣布", "回应", "坦言", "会见", "出席", "访问", "抵达", "发表", "当天", "当晚", "日前", "此前", "曾");

    private final CodePointTrieSet surnames;
    private final CodePointTrieSet given;

    private JapaneseNames(CodePointTrieSet surnames, CodePointTrieSet given) {
        this.surnames = surnames;
        this.given = given;
    }

    /** The table of the models folder, read once per process, with the lexicon and word classes that filter it. */
    static JapaneseNames get(LexiconMatcher lexicon, WordClasses words) {
        JapaneseNames j = shared;
        if (j == null) {
            synchronized (JapaneseNames.class) {
                j = shared;
                if (j == null) shared = j = read(lexicon, words);
            }
        }
        return j;
    }

    private static JapaneseNames read(LexiconMatcher lexicon, WordClasses words) {
        Map<String, String> s = new HashMap<>(), g = new HashMap<>();
        for (String line : WordClasses.lines(FILE)) {
            if (line.length() < 3 || line.charAt(1) != ' ') continue;
            String w = line.substring(2);
            if (line.charAt(0) == 'S' && !commonOrPlace(w, lexicon, words)) s.put(w, "S");
            else if (line.charAt(0) == 'G' && !common(w, words)) g.put(w, "G");
        }
        return new JapaneseNames(new CodePointTrieSet(s), new CodePointTrieSet(g));
    }

    /** A surname that is a place of the lexicon or one common word of the dictionary (中山, 高山): left out. */
    private static boolean commonOrPlace(String w, LexiconMatcher lexicon, WordClasses words) {
        return lexicon.longestAt(w, 0, w.length()) == w.length() || common(w, words);
    }

    /** One common word of the dictionary (一行 "a delegation" after 上杉, 正 an adverb): no name part. */
    private static boolean common(String w, WordClasses words) {
        long v = words.wordAt(w, 0, w.length());
        char c = WordClasses.wordClass(v);
        return WordClasses.length(v) == w.length() && c != WordClasses.PERSON_NAME && c != WordClasses.PROPER_NOUN;
    }

    /**
     * The names in {@code sentence}: a surname and a given name between a title and the sentence, or before a verb
     * of speech; and, for a tagger person that is exactly a surname ({@code persons}), that person with the given
     * name after it.
     */
    List<Mention> find(String sentence, List<Mention> persons) {
        List<Mention> out = new ArrayList<>();
        for (Mention p : persons) {
            // 植野 → 植野大作, 茂木敏 → 茂木敏充: a tagger person that is a surname, or one and part of a given name
            int sl = surnames.longestAt(sentence, p.start(), Math.min(p.end(), p.start() + 3));
            if (sl < 2 || p.end() - p.start() > sl + 2) continue;
            int g = givenEnd(sentence, p.start() + sl);
            if (g > p.end()) out.add(new Mention(p.start(), g, EntityTypes.PERSON));
        }
        for (String t : TITLES) {
            for (int at = sentence.indexOf(t); at >= 0; at = sentence.indexOf(t, at + 1)) {
                int s = at + t.length();
                int sl = surnames.longestAt(sentence, s, Math.min(sentence.length(), s + 3));
                if (sl < 2) continue;
                int g = givenEnd(sentence, s + sl);
                if (g > s + sl) out.add(new Mention(s, g, EntityTypes.PERSON));
            }
        }
        return out;
    }

    /**
     * Where the given name after a surname ending at {@code from} ends: the longest given name of the table there
     * that a boundary follows (punctuation, a verb of speech, the sentence's end, 和/与/、), else {@code from}.
     */
    private int givenEnd(String sentence, int from) {
        int best = from;
        for (int len = 1; len <= 3 && from + len <= sentence.length(); len++) {
            if (given.longestAt(sentence, from, from + len) != len) continue;
            if (boundary(sentence, from + len)) best = from + len;
        }
        return best;
    }

    private static boolean boundary(String s, int at) {
        if (at >= s.length()) return true;
        char c = s.charAt(at);
        if (!Character.isLetterOrDigit(c) || "和与、及等".indexOf(c) >= 0 || Character.isDigit(c)) return true;
        for (String w : SPEECH) if (s.startsWith(w, at)) return true;
        for (String w : TITLES) if (s.startsWith(w, at)) return true;
        return false;
    }

    /** A set of words with a longest-match lookup. */
    private static final class CodePointTrieSet {
        private final org.zhtext.core.CodePointTrie trie;

        CodePointTrieSet(Map<String, String> words) {
            this.trie = org.zhtext.core.CodePointTrie.of(words);
        }

        /** The length of the longest word starting at {@code i} and ending by {@code to}, or 0. */
        int longestAt(CharSequence s, int i, int to) {
            long m = trie.longestMatch(s, i, to);
            return m < 0 ? 0 : (int) (m >>> 32);
        }
    }
}
