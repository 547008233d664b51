package org.zhtext.segment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhtext.engine.Word;

/**
 * Post-segmentation fixes for HanLP's frequent errors, each kept only because it raised F1 on the gold sets
 * (see {@link SegmentEval} and the eval test). Works on the words of one sentence; never changes the
 * characters, only where words begin and end.
 */
public final class SegmentRules {
    /** One fix. */
    public enum Rule {
        /** Digits cut apart (full-width ones one by one) and decimals ({@code ７/．/８}) become one number. */
        NUMBERS,
        /** A number and a following % / ％ / ‰ become one word. */
        PERCENT,
        /** A number and a following 年/月/日/时 become one word ({@code 2025年}, {@code 31日}). */
        DATE_UNITS,
    }

    /** No rules: bare HanLP boundaries. */
    public static final SegmentRules NONE = new SegmentRules(EnumSet.noneOf(Rule.class));
    /** The rules that measured better on the gold sets. */
    public static final SegmentRules DEFAULT = new SegmentRules(EnumSet.of(Rule.NUMBERS, Rule.PERCENT, Rule.DATE_UNITS));

    private final Set<Rule> rules;

    private SegmentRules(Set<Rule> rules) {
        this.rules = rules;
    }

    public static SegmentRules of(Set<Rule> rules) {
        return new SegmentRules(rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules));
    }

    public Set<Rule> rules() {
        return EnumSet.copyOf(rules.isEmpty() ? EnumSet.noneOf(Rule.class) : rules);
    }

    /** Applies the rules to the words of {@code sentence}; returns the (possibly) merged words. */
    public List<Word> apply(String sentence, List<Word> words) {
        List<Word> out = words;
        if (rules.contains(Rule.NUMBERS)) out = mergeNumbers(sentence, out);
        if (rules.contains(Rule.PERCENT)) out = mergeSuffix(sentence, out, "%％‰");
        if (rules.contains(Rule.DATE_UNITS)) out = mergeSuffix(sentence, out, "年月日时");
        return out;
    }

    /** Merges adjacent words that together form a number: digits with an optional decimal point. */
    private static List<Word> mergeNumbers(String s, List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            if (!out.isEmpty()) {
                Word prev = out.get(out.size() - 1);
                if (prev.end() == w.start() && continuesNumber(s, prev, w)) {
                    out.set(out.size() - 1, new Word(prev.start(), w.end(), "m"));
                    continue;
                }
            }
            out.add(w);
        }
        return out;
    }

    private static boolean continuesNumber(String s, Word prev, Word w) {
        char last = s.charAt(prev.end() - 1), first = s.charAt(w.start());
        if (isNumber(s, prev) && isNumber(s, w)) return true;
        // "７" + "．８" or "７．" + "８" or "７" "．" "８" (the point is merged when a digit follows it)
        if (Chars.isDigit(last) && isPoint(first) && w.end() - w.start() == 1) {
            return w.end() < s.length() && Chars.isDigit(s.charAt(w.end()));
        }
        return isPoint(last) && isNumber(s, prev) && Chars.isDigit(first) && isNumber(s, w);
    }

    private static boolean isNumber(String s, Word w) {
        for (int i = w.start(); i < w.end(); i++) {
            char c = s.charAt(i);
            if (!Chars.isDigit(c) && !(i > w.start() && isPoint(c))) return false;
        }
        return true;
    }

    private static boolean isPoint(char c) {
        return c == '.' || c == '．';
    }

    /** Merges a number word with a following one-character word from {@code suffixes}. */
    private static List<Word> mergeSuffix(String s, List<Word> words, String suffixes) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            if (!out.isEmpty() && w.end() - w.start() == 1 && suffixes.indexOf(s.charAt(w.start())) >= 0) {
                Word prev = out.get(out.size() - 1);
                if (prev.end() == w.start() && isNumber(s, prev)) {
                    out.set(out.size() - 1, new Word(prev.start(), w.end(), prev.tag()));
                    continue;
                }
            }
            out.add(w);
        }
        return out;
    }
}
