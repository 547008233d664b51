package org.zhtext.hanlp;

import org.zhtext.core.CharClasses;
import org.zhtext.core.CharSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhtext.engine.Word;

/**
 * Post-segmentation fixes for HanLP's frequent errors. Each rule is switchable so that its effect on F1 can be
 * measured on the gold sets ({@code segment.SegmentEval}); {@link #DEFAULT} holds the ones that measured better.
 * Rules only move word boundaries inside one sentence; they never change characters. Immutable, thread-safe.
 */
public final class SegmentRules {
    /** One fix. */
    public enum Rule {
        /** Digits cut apart (full-width ones one by one) and decimals ({@code ７/．/８}) become one number. */
        NUMBERS,
        /** A number and a following % / ％ / ‰ become one word. */
        PERCENT,
        /** A year number + 年, a month number + 月, a day number + 日/号 become one word ({@code 2025年}, {@code 31日}). */
        DATES,
        /** Any number + 年 (also durations: {@code 5年}); MSR writes them whole, PKU does not. */
        YEARS_ANY,
        /** A number + 万/亿/千/百 become one number ({@code 50万}). */
        MAGNITUDE,
        /** 第 + a number become one ordinal ({@code 第三}). */
        ORDINAL,
        /** Adjacent date parts stay whole: {@code 1996年10月}, {@code 9月13日} (figure-like spans). */
        WHOLE_DATES,
        /**
         * The opposite convention (CityU, AS, UD GSD): a number is cut from its unit or classifier
         * ({@code 3日} → {@code 3/日}, {@code 一個} → {@code 一/個}, {@code 第三} → {@code 第/三}, {@code 5％} → {@code 5/％}).
         */
        SPLIT_UNITS,
        /** A number and a following classifier or unit become one measure word ({@code 两个}, {@code ２５０公斤}, {@code ３０万元}); MSR. */
        MEASURE,
        /** A determiner is cut from its classifier or noun ({@code 这/种}, {@code 每/年}, {@code 全/国}); CityU, AS. */
        DETERMINERS,
        /**
         * A degree or scope adverb is cut from the verb or adjective it modifies when the pair is a free
         * combination ({@code 最/高}, {@code 更/多}, {@code 只/有}); CityU, AS.
         */
        ADVERBS,
        /** A word and a following bound suffix become one word ({@code 露宿者}, {@code 气象局}, {@code 黎巴嫩队}); CityU, AS, MSR. */
        SUFFIXES,
        /** Runs of single characters from the transliteration alphabet become one foreign name ({@code 贝森特}). */
        TRANSLITERATION,
        /** A web address or an e-mail address is one word, tagged {@code nx} ({@code https://www.mofcom.gov.cn/…}). */
        ADDRESSES,
    }

    /** No rules: bare HanLP boundaries. */
    public static final SegmentRules NONE = new SegmentRules(EnumSet.noneOf(Rule.class));
    /**
     * PKU (People's Daily) conventions, the default for news: {@code 2000年}, {@code 31日}, {@code 50万},
     * {@code 第三}, {@code 7.8％} whole; durations ({@code 10 年}) split.
     */
    public static final SegmentRules PKU = new SegmentRules(EnumSet.of(Rule.NUMBERS, Rule.PERCENT, Rule.DATES,
            Rule.MAGNITUDE, Rule.ORDINAL, Rule.TRANSLITERATION, Rule.ADDRESSES));
    /**
     * MSR conventions (its factoids and measures are single words): as PKU, and every number + 年
     * ({@code ６年}), number + classifier or unit ({@code 两个}, {@code ２５０公斤}) and whole dates whole.
     */
    public static final SegmentRules MSR = new SegmentRules(EnumSet.of(Rule.NUMBERS, Rule.PERCENT, Rule.DATES,
            Rule.YEARS_ANY, Rule.MAGNITUDE, Rule.ORDINAL, Rule.MEASURE, Rule.WHOLE_DATES, Rule.TRANSLITERATION, Rule.ADDRESSES));
    /** UD GSD conventions: numbers cut from units, classifiers, 第 and %. */
    public static final SegmentRules SPLIT = new SegmentRules(EnumSet.of(Rule.NUMBERS, Rule.SPLIT_UNITS, Rule.TRANSLITERATION, Rule.ADDRESSES));
    /**
     * CityU and Academia Sinica (Hong Kong / Taiwan) conventions, finer grained: as {@link #SPLIT}, numbers with
     * 万/亿 whole ({@code 30万}), determiners and degree adverbs cut off ({@code 这/种}, {@code 最/高}), bound
     * suffixes joined ({@code 露宿者}).
     */
    public static final SegmentRules HK_TW = new SegmentRules(EnumSet.of(Rule.NUMBERS, Rule.MAGNITUDE, Rule.SPLIT_UNITS,
            Rule.DETERMINERS, Rule.ADVERBS, Rule.SUFFIXES, Rule.TRANSLITERATION, Rule.ADDRESSES));
    /** The default: {@link #PKU}. */
    public static final SegmentRules DEFAULT = PKU;

    private static final String CHINESE_DIGITS = "〇○零一二两三四五六七八九十百千";
    /** Characters of Xinhua-style transliterations of foreign names. */
    private static final String TRANSLIT = "阿埃艾爱安昂奥澳巴芭拜班邦鲍贝本比彼毕宾波伯博布查达黛戴丹道德登迪蒂丁东杜多俄厄恩尔"
            + "法范菲费芬丰冯弗福富盖甘冈高戈哥格根贡古瓜圭哈海汉豪赫黑亨洪胡华霍基吉加佳贾杰金卡凯坎康柯科克肯库夸奎昆拉"
            + "莱赖兰朗劳勒雷蕾黎里利莉连林琳隆卢鲁路伦罗洛马玛迈麦曼梅美门蒙米密明莫姆穆纳娜奈南内尼妮涅努诺欧帕潘佩彭"
            + "皮珀普奇齐恰乔切钦琴丘萨塞赛桑瑟森沙莎尚舍什施史斯松苏索塔泰坦汤唐陶特滕提图托娃瓦万旺威韦维温沃乌西希"
            + "锡夏谢辛休雅亚扬耶伊因尤于约泽扎詹兹佐夫茨";
    private static final CharSet TRANSLIT_CHARS = CharSet.of(TRANSLIT);
    private static final CharSet CHINESE_DIGIT_CHARS = CharSet.of(CHINESE_DIGITS);

    /** Determiners written together with a classifier or noun in the PKU / MSR standards. */
    private static final String DETERMINERS = "这那每各该此本全某哪";
    /** Second characters that make a determiner a pronoun or adverb ({@code 这样}, {@code 那些}, {@code 这里}). */
    private static final String PRONOUN_ENDS = "样么些里儿边个部";

    /** Bound suffixes that derive nouns from words. */
    private static final String SUFFIX_CHARS = "者性率员队县镇局厂派界式型化家业省市区村乡党";

    /** Adverbs written together with the verb or adjective they modify in the PKU / MSR standards. */
    private static final String ADVERBS = "只还就更很太都已最也并再又才";

    private final Set<Rule> rules;

    private SegmentRules(Set<Rule> rules) {
        this.rules = rules;
    }

    /** The rules of a segmentation standard: {@code pku}, {@code msr}, {@code cityu}, {@code as}, {@code ud}. */
    public static SegmentRules forStandard(String standard) {
        switch (standard.toLowerCase(java.util.Locale.ROOT)) {
            case "pku": return PKU;
            case "msr": return MSR;
            case "cityu": case "as": return HK_TW;
            case "ud": case "gsd": return SPLIT;
            default: throw new IllegalArgumentException("unknown segmentation standard: " + standard + " (pku, msr, cityu, as, ud)");
        }
    }

    public static SegmentRules of(Set<Rule> rules) {
        return new SegmentRules(rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules));
    }

    public Set<Rule> rules() {
        return rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    }

    /**
     * Applies the rules to the words of {@code sentence}; returns the (possibly) merged words. {@code dictionary}
     * is the engine's core dictionary, which a few rules consult ({@link Rule#SPLIT_UNITS}, {@link Rule#DETERMINERS},
     * {@link Rule#ADVERBS}).
     */
    public List<Word> apply(String sentence, List<Word> words, WordTags dictionary) {
        List<Word> out = words;
        if (rules.isEmpty()) return out;
        Merger m = new Merger(sentence, dictionary);
        if (rules.contains(Rule.NUMBERS)) out = m.merge(out, m::continuesNumber, "m");
        if (rules.contains(Rule.MAGNITUDE)) out = m.merge(out, (a, b) -> m.isNumber(a) && m.isOneOf(b, "万亿千百"), "m");
        if (rules.contains(Rule.ORDINAL)) out = m.merge(out, (a, b) -> m.isOneOf(a, "第") && m.isNumber(b), "m");
        if (rules.contains(Rule.PERCENT)) out = m.merge(out, (a, b) -> m.isNumber(a) && m.isOneOf(b, "%％‰"), "m");
        if (rules.contains(Rule.DATES) || rules.contains(Rule.YEARS_ANY)) {
            boolean any = rules.contains(Rule.YEARS_ANY);
            out = m.merge(out, (a, b) -> m.isDatePart(a, b, any), "t");
        }
        if (rules.contains(Rule.WHOLE_DATES)) out = m.merge(out, m::continuesDate, "t");
        if (rules.contains(Rule.MEASURE)) out = m.merge(out, m::isMeasure, "mq");
        if (rules.contains(Rule.SPLIT_UNITS)) out = m.splitUnits(out);
        if (rules.contains(Rule.SUFFIXES)) out = m.merge(out, m::takesSuffix, "n");
        if (rules.contains(Rule.DETERMINERS)) out = m.splitFirst(out, m::isDeterminerPair, "r");
        if (rules.contains(Rule.ADVERBS)) out = m.splitFirst(out, m::isAdverbPair, "d");
        if (rules.contains(Rule.TRANSLITERATION)) out = m.transliterations(out);
        if (rules.contains(Rule.ADDRESSES)) out = addresses(sentence, out);
        return out;
    }

    /** Web and e-mail addresses: a scheme or www., or a local part and @; ASCII only, a final period left out. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?:(?:https?|ftp)://|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+"
            + "|[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");

    /** The words inside each address of {@code sentence} merged into one (words crossing its edges left as they are). */
    static List<Word> addresses(String sentence, List<Word> words) {
        // most sentences hold no address (and many a decimal point): the pattern runs only where one can start
        if (sentence.indexOf("://") < 0 && sentence.indexOf("www.") < 0 && sentence.indexOf('@') < 0) return words;
        java.util.regex.Matcher a = ADDRESS.matcher(sentence);
        List<Word> out = words;
        while (a.find()) {
            int s = a.start(), e = a.end();
            while (e > s && ".,;:!?)'".indexOf(sentence.charAt(e - 1)) >= 0) e--; // 见www.x.com. / (www.x.com)
            int first = -1, last = -1;
            for (int i = 0; i < out.size(); i++) {
                Word w = out.get(i);
                if (w.start() == s) first = i;
                if (w.end() == e) last = i;
            }
            if (first < 0 || last <= first) continue;
            List<Word> merged = new ArrayList<>(out.size() - (last - first));
            merged.addAll(out.subList(0, first));
            merged.add(new Word(s, e, "nx"));
            merged.addAll(out.subList(last + 1, out.size()));
            out = merged;
        }
        return out;
    }

    /** The merge operations over one sentence's text. */
    private static final class Merger {
        private final String s;
        private final WordTags dictionary;

        Merger(String s, WordTags dictionary) {
            this.s = s;
            this.dictionary = dictionary;
        }

        interface Joins {
            boolean test(Word a, Word b);
        }

        /**
         * Left to right, merges each word into the previous one while {@code joins} holds for the pair. Returns
         * {@code words} itself when nothing merges (most sentences, for most rules).
         */
        List<Word> merge(List<Word> words, Joins joins, String tag) {
            List<Word> out = null; // copied on the first merge
            for (int i = 1; i < words.size(); i++) {
                Word w = words.get(i);
                Word prev = out == null ? words.get(i - 1) : out.get(out.size() - 1);
                if (prev.end() == w.start() && joins.test(prev, w)) {
                    if (out == null) {
                        out = new ArrayList<>(words.size());
                        out.addAll(words.subList(0, i));
                    }
                    out.set(out.size() - 1, new Word(prev.start(), w.end(), tag));
                } else if (out != null) {
                    out.add(w);
                }
            }
            return out == null ? words : out;
        }

        boolean continuesNumber(Word prev, Word w) {
            if (isDigits(prev) && isDigits(w)) return true;
            char last = s.charAt(prev.end() - 1);
            // "７" "．" "８": the point joins when a digit follows it
            if (isDigits(prev) && len(w) == 1 && isPoint(s.charAt(w.start()))) {
                return w.end() < s.length() && CharClasses.isDigit(s.charAt(w.end()));
            }
            return isPoint(last) && isDigits(w);
        }

        /** Digits with an optional inner decimal point. */
        private boolean isDigits(Word w) {
            for (int i = w.start(); i < w.end(); i++) {
                char c = s.charAt(i);
                if (!CharClasses.isDigit(c) && !(i > w.start() && isPoint(c))) return false;
            }
            return true;
        }

        /** Arabic or Chinese-numeral number (digits, decimal point, 万/亿 inside). */
        boolean isNumber(Word w) {
            if (isDigits(w)) return true;
            for (int i = w.start(); i < w.end(); i++) {
                char c = s.charAt(i);
                if (!CHINESE_DIGIT_CHARS.contains(c) && !(i > w.start() && (isPoint(c) || c == '万' || c == '亿' || CharClasses.isDigit(c)))) {
                    return false;
                }
            }
            return true;
        }

        boolean isOneOf(Word w, String chars) {
            return len(w) == 1 && chars.indexOf(s.charAt(w.start())) >= 0;
        }

        /** {@code number + 年/月/日/号} where the number can be a year / month / day ({@code any}: every number + 年). */
        boolean isDatePart(Word a, Word b, boolean any) {
            if (len(b) != 1 || !isNumber(a)) return false;
            char unit = s.charAt(b.start());
            int n = len(a);
            switch (unit) {
                case '年':
                    return any || n >= 3 && !hasMagnitude(a);
                case '月':
                    return n <= 2 || n <= 3 && s.charAt(a.start()) == '十';
                case '日': case '号':
                    return n <= 3;
                default:
                    return false;
            }
        }

        private boolean hasMagnitude(Word w) {
            for (int i = w.start(); i < w.end(); i++) {
                char c = s.charAt(i);
                if (c == '万' || c == '亿' || c == '百' || c == '千' || c == '十' || isPoint(c)) return true;
            }
            return false;
        }

        /** A number (or 几 / 数 / 多 after one) followed by a classifier or unit word (tag q). */
        boolean isMeasure(Word a, Word b) {
            return b.tag() != null && b.tag().startsWith("q") && (isNumber(a) || "mq".equals(a.tag()) || isOneOf(a, "几数"));
        }

        /** {@code 1996年} + {@code 10月}, {@code 9月} + {@code 13日}, {@code 1996年10月} + {@code 13日}. */
        boolean continuesDate(Word a, Word b) {
            char ua = s.charAt(a.end() - 1), ub = s.charAt(b.end() - 1);
            return len(a) >= 2 && len(b) >= 2 && isNumberBefore(a) && isNumberBefore(b)
                    && (ua == '年' && ub == '月' || ua == '月' && (ub == '日' || ub == '号') || ua == '年' && ub == '日');
        }

        /** The character before the unit is a digit or numeral ({@code 1996年5月} ends in a month number). */
        private boolean isNumberBefore(Word w) {
            return isNumber(new Word(w.end() - 2, w.end() - 1, null));
        }

        /**
         * Cuts a number off the unit, classifier or 第 it was written with. After Chinese numerals only
         * classifiers are cut, and core-dictionary words that are not numerals stay whole ({@code 十分},
         * {@code 一直}), and so do month names ({@code 7月}).
         */
        List<Word> splitUnits(List<Word> words) {
            List<Word> out = new ArrayList<>(words.size());
            for (Word w : words) {
                int n = len(w);
                char last = s.charAt(w.end() - 1);
                Word head = new Word(w.start(), w.end() - 1, null);
                boolean numberFirst = n >= 2 && (isNumber(head) || isOneOf(head, "万亿")) && !isNumber(w);
                if (n >= 2 && s.charAt(w.start()) == '第' && isNumber(new Word(w.start() + 1, w.end(), null))) {
                    out.add(new Word(w.start(), w.start() + 1, "m"));
                    out.add(new Word(w.start() + 1, w.end(), "m"));
                } else if (numberFirst && last != '月' && cutsUnit(w, head, last)) {
                    out.add(new Word(w.start(), w.end() - 1, "m"));
                    out.add(new Word(w.end() - 1, w.end(), "q"));
                } else {
                    out.add(w);
                }
            }
            return out;
        }

        private boolean cutsUnit(Word w, Word head, char last) {
            if ("%％‰".indexOf(last) >= 0) return true;
            if (!Character.isIdeographic(last)) return false;
            if (isDigits(head)) return true;
            return last != '些' && isClassifier(String.valueOf(last)) && !isLexical(s.substring(w.start(), w.end()));
        }

        /** A word of two or more Chinese characters followed by a bound suffix. */
        boolean takesSuffix(Word a, Word b) {
            return len(a) >= 2 && isOneOf(b, SUFFIX_CHARS) && Character.isIdeographic(s.charAt(a.end() - 1));
        }

        /** Cuts the first character off each two-character word for which {@code cuts} holds. */
        List<Word> splitFirst(List<Word> words, java.util.function.Predicate<String> cuts, String firstTag) {
            List<Word> out = new ArrayList<>(words.size());
            for (Word w : words) {
                if (len(w) == 2 && cuts.test(s.substring(w.start(), w.end()))) {
                    out.add(new Word(w.start(), w.start() + 1, firstTag));
                    out.add(new Word(w.start() + 1, w.end(), w.tag()));
                } else {
                    out.add(w);
                }
            }
            return out;
        }

        /** A determiner + classifier or noun that is no pronoun and no lexical word ({@code 这种}, {@code 全国}, not {@code 这样}). */
        boolean isDeterminerPair(String t) {
            return DETERMINERS.indexOf(t.charAt(0)) >= 0 && PRONOUN_ENDS.indexOf(t.charAt(1)) < 0
                    && isClassifierOrNoun(t.substring(1)) && !isLexical(t);
        }

        /** A degree or scope adverb + a verb or adjective, the pair a free combination ({@code 最高}, {@code 更多}). */
        boolean isAdverbPair(String t) {
            return ADVERBS.indexOf(t.charAt(0)) >= 0 && isCompositional(t);
        }

        /** A classifier or unit in the dictionary ({@code 个}, {@code 吨}, {@code 种}). */
        private boolean isClassifier(String w) {
            return "q".equals(dictionary.tag(w));
        }

        /** A classifier or a common noun in the dictionary ({@code 种}, {@code 国}). */
        private boolean isClassifierOrNoun(String w) {
            String t = dictionary.tag(w);
            return "q".equals(t) || "n".equals(t);
        }

        /**
         * A dictionary word that is not a numeral, classifier, pronoun, noun or time word ({@code 十分},
         * {@code 一直}, {@code 全面}): kept whole by the splitting rules.
         */
        private boolean isLexical(String w) {
            String t = dictionary.tag(w);
            return t != null && !t.equals("m") && !t.equals("mq") && !t.equals("q") && !t.equals("r") && !t.equals("n") && !t.equals("t");
        }

        /** Absent from the dictionary, or a verb or adjective there ({@code 不能}, {@code 最高}): a free combination. */
        private boolean isCompositional(String w) {
            String t = dictionary.tag(w);
            return t == null || t.equals("v") || t.equals("a");
        }

        /** Merges runs of transliteration words: single characters, or foreign-name words, all from the alphabet. */
        List<Word> transliterations(List<Word> words) {
            List<Word> out = new ArrayList<>(words.size());
            int i = 0;
            while (i < words.size()) {
                int j = i, singles = 0, chars = 0;
                while (j < words.size() && isTranslitPiece(words.get(j)) && (j == i || words.get(j - 1).end() == words.get(j).start())) {
                    if (len(words.get(j)) == 1) singles++;
                    chars += len(words.get(j));
                    j++;
                }
                if (j - i >= 2 && singles >= 1 && chars >= 3) {
                    out.add(new Word(words.get(i).start(), words.get(j - 1).end(), "nrf"));
                    i = j;
                } else {
                    out.add(words.get(i));
                    i++;
                }
            }
            return out;
        }

        private boolean isTranslitPiece(Word w) {
            int n = len(w);
            if (n != 1 && !(w.tag() != null && w.tag().startsWith("nr"))) return false;
            for (int i = w.start(); i < w.end(); i++) if (!TRANSLIT_CHARS.contains(s.charAt(i))) return false;
            return true;
        }

        static int len(Word w) {
            return w.end() - w.start();
        }

        private static boolean isPoint(char c) {
            return c == '.' || c == '．';
        }
    }
}
