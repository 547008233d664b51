package org.zhtext.entities;

import java.util.List;
import org.zhtext.engine.Mention;

/**
 * Whole transliterated foreign names, which the engines cut (罗姆 for 杰罗姆·H·鲍威尔, 格奥 for 格奥尔基耶娃):
 * <ul>
 *   <li><b>joined names</b>: parts joined by a middle dot ({@code · • ・ ‧}) or a hyphen between transliterations
 *       ({@code 让-克洛德·容克}); a part is a run of transliteration characters
 *       ({@link NameShapes#isTransliterationChar}), a Latin initial ({@code H}, {@code H.}) or a person the engine
 *       found there. The first part reaches left over transliteration characters, the last one right over those
 *       that are not common words of their own (本周, 日前, 都 end it);</li>
 *   <li><b>long names</b>: a transliterated person of the engine followed by more transliteration characters that
 *       are not common words ({@code 格奥} + {@code 尔基耶娃}).</li>
 * </ul>
 * A run never takes the character of a dictionary word that crosses its edge ({@link WordClasses}): 主席 keeps its
 * 席 out of 主席杰罗姆, unless a longer word claims the outside part (秘书长 before 安东尼奥 leaves 长安 aside), and
 * it stops where a lexicon or gazetteer name starts. Linear in the sentence; allocates only the mentions it returns.
 */
final class ForeignNames {
    private static final int MAX_RUN = 10;

    private ForeignNames() {}

    /** Adds the whole names of {@code s} to {@code out}; {@code persons} are the engine's person mentions, sorted. */
    static void find(String s, List<Mention> persons, List<Mention> enginePersons, LexiconMatcher lexicon, WordClasses words,
            List<Mention> out) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!NameShapes.isJoiner(s.charAt(i)) || !joinsNames(s, i)) {
                i++;
                continue;
            }
            // the chain: first part ends at i; walk right over joiners and parts
            int start = leftPartStart(s, i, persons, words);
            if (start < 0) {
                i++;
                continue;
            }
            int end = i, parts = 1, j = i;
            while (j < n && NameShapes.isJoiner(s.charAt(j))) {
                int partEnd = rightPartEnd(s, j + 1, persons, lexicon, words, isJoinerAfter(s, j + 1));
                if (partEnd <= j + 1) break;
                parts++;
                end = partEnd;
                j = partEnd;
            }
            if (parts >= 2 && NameShapes.isTransliteration(s.substring(start, end))) {
                out.add(new Mention(start, end, EntityTypes.PERSON));
                i = end;
            } else {
                i++;
            }
        }
        // long names cut by the engine (a lexicon name is whole already)
        for (Mention m : enginePersons) {
            if (m.end() >= n || NameShapes.isJoiner(s.charAt(m.end()))) continue;
            String name = s.substring(m.start(), m.end());
            if (name.length() < 2 || !NameShapes.isTransliteration(name) || lexicon.typeOf(name) != null) continue;
            // a Chinese name of three characters is whole; a shorter one does not run into the next name (胡平胡启立)
            boolean chinese = NameShapes.isChineseName(name);
            if (chinese && (name.length() >= 3 || NameShapes.surnameLength(s.substring(m.end(), Math.min(n, m.end() + 2))) > 0)) continue;
            int e = m.end();
            while (e < n && e - m.end() < MAX_RUN && NameShapes.isTransliterationChar(s.charAt(e))
                    && !NameShapes.isCommonTransliterationChar(s.charAt(e)) && lexicon.longestAt(s, e, n) < 2
                    && !startsPerson(persons, e)) {
                e++;
            }
            e = notCrossingRight(s, m.end() - 1, e, words);
            if (e > m.end() && e - m.start() <= 8) out.add(new Mention(m.start(), e, EntityTypes.PERSON));
        }
    }

    /** A hyphen joins only transliterations (not 2-3, COVID-19 or 中-美): a dot joins anything name-like. */
    private static boolean joinsNames(String s, int i) {
        if (i == 0 || i + 1 >= s.length()) return false;
        char before = s.charAt(i - 1), after = s.charAt(i + 1);
        if (NameShapes.isMiddleDot(s.charAt(i))) {
            return (NameShapes.isTransliterationChar(before) || isInitialEnd(s, i)) && startsPart(s, i + 1);
        }
        return NameShapes.isTransliterationChar(before) && NameShapes.isTransliterationChar(after);
    }

    private static boolean startsPart(String s, int i) {
        return NameShapes.isTransliterationChar(s.charAt(i)) || NameShapes.isLatinInitial(s, i);
    }

    /** The char before {@code i} ends a Latin initial (H or H.). */
    private static boolean isInitialEnd(String s, int i) {
        int k = i - 1;
        if (s.charAt(k) == '.' && k > 0) k--;
        return NameShapes.isLatinInitial(s, k) && (k == 0 || !Character.isLetterOrDigit(s.charAt(k - 1)));
    }

    private static boolean isJoinerAfter(String s, int i) {
        int k = i;
        while (k < s.length() && k - i <= MAX_RUN && NameShapes.isTransliterationChar(s.charAt(k))) k++;
        return k < s.length() && NameShapes.isJoiner(s.charAt(k));
    }

    /** Start of the part that ends at the joiner {@code j}, or -1. */
    private static int leftPartStart(String s, int j, List<Mention> persons, WordClasses words) {
        if (isInitialEnd(s, j)) {
            int k = j - 1;
            if (s.charAt(k) == '.') k--;
            return k; // an initial cannot start a name alone, but the chain check (2+ syllables) decides
        }
        int k = j;
        while (k > 0 && j - k < MAX_RUN && NameShapes.isTransliterationChar(s.charAt(k - 1))) k--;
        k = notCrossingLeft(s, k, j, words);
        // a person of the engine ending at the joiner and starting earlier (a name with a rarer character)
        for (Mention m : persons) {
            if (m.end() == j && m.start() < k) k = m.start();
        }
        return k < j ? k : -1;
    }

    /** End of the part that starts at {@code i} (after a joiner), or {@code i} when there is none. */
    private static int rightPartEnd(String s, int i, List<Mention> persons, LexiconMatcher lexicon, WordClasses words,
            boolean inner) {
        if (i >= s.length()) return i;
        if (NameShapes.isLatinInitial(s, i)) {
            int e = s.charAt(Math.min(i + 1, s.length() - 1)) == '.' && i + 1 < s.length() ? i + 2 : i + 1;
            return e < s.length() && NameShapes.isJoiner(s.charAt(e)) ? e : i; // an initial is never the last part
        }
        int e = extendRight(s, i, lexicon, words, inner);
        int longer = e;
        for (Mention m : persons) {
            if (m.start() == i && m.end() > longer) longer = m.end();
        }
        return longer > e && !inner ? trimEnd(s, i, longer, words) : longer;
    }

    /**
     * End of a run of transliteration characters from {@code i}: an inner part (a joiner follows) takes every
     * one; a last part stops where a lexicon or gazetteer name starts that reaches past the run (斯德国), before a
     * dictionary word crossing its end (本周, 日前), and without a final common character that is a function word
     * or adverb of its own (都).
     */
    private static int extendRight(String s, int i, LexiconMatcher lexicon, WordClasses words, boolean inner) {
        int n = s.length(), e = i;
        while (e < n && e - i < MAX_RUN && NameShapes.isTransliterationChar(s.charAt(e))) e++;
        if (inner) return e;
        for (int k = i + 1; k < e; k++) {
            int known = lexicon.longestAt(s, k, n);
            if (known >= 2 && k + known > e) {
                e = k;
                break;
            }
        }
        return trimEnd(s, i, e, words);
    }

    /**
     * The end of a name at {@code e} without what follows names: before a dictionary word crossing it (本周, 夫人), and
     * without a final common character that is a function word or adverb of its own (都, 本 of 鲍威尔本周).
     */
    static int trimEnd(String s, int start, int e, WordClasses words) {
        e = notCrossingRight(s, start, e, words);
        while (e - start > 2 && NameShapes.isCommonTransliterationChar(s.charAt(e - 1))
                && WordClasses.isFunction(WordClasses.wordClass(words.wordAt(s, e - 1, e)))) {
            e--;
        }
        return e;
    }

    /** Some person starts at {@code k}. */
    private static boolean startsPerson(List<Mention> persons, int k) {
        for (Mention m : persons) {
            if (m.start() == k) return true;
        }
        return false;
    }

    /**
     * Moves the start {@code k} of a run ending at {@code end} right past the characters of a dictionary word that
     * begins before the run (主席 in 主席杰罗姆), unless a longer word ending at {@code k} claims that word's
     * outside part (秘书长 in 秘书长安东尼奥 leaves 长安 aside).
     */
    private static int notCrossingLeft(String s, int k, int end, WordClasses words) {
        if (k == 0) return k;
        for (int x = Math.min(end, k + 3); x > k; x--) {
            long w = words.wordBefore(s, x, Math.max(0, x - 4));
            int len = WordClasses.length(w);
            if (w < 0 || x - len >= k) continue; // no word crossing k ends at x
            long outside = words.wordBefore(s, k, Math.max(0, k - 4));
            int claimed = outside < 0 ? 0 : WordClasses.length(outside);
            if (k - claimed < x - len) continue; // a longer word covers the outside part
            return x;
        }
        return k;
    }

    /**
     * Moves the end {@code e} of a run starting at {@code start} left before a dictionary word crossing it (本周,
     * 夫人), unless a longer word claims the outside part, or the outside part is a function word of its own
     * (克瓦希涅夫斯基 + 于: 基于 is no reading there).
     */
    private static int notCrossingRight(String s, int start, int e, WordClasses words) {
        if (e >= s.length()) return e;
        for (int x = Math.max(start + 1, e - 3); x < e; x++) {
            long w = words.wordAt(s, x, Math.min(s.length(), x + 4));
            int wordEnd = x + WordClasses.length(w);
            if (w < 0 || wordEnd <= e) continue;
            long outside = words.wordAt(s, e, Math.min(s.length(), e + 4));
            int claimed = outside < 0 ? 0 : WordClasses.length(outside);
            if (e + claimed > wordEnd) continue;
            if (WordClasses.isFunction(WordClasses.wordClass(words.wordAt(s, e, wordEnd))) && wordEnd - e == claimed) continue;
            return x;
        }
        return e;
    }
}
