package org.zhtext.entities;

import org.zhtext.engine.Mention;

/**
 * Boundaries that hold, for an engine's mentions: rules over the part of speech of the words at a span's edges
 * ({@link WordClasses}: the longest dictionary word there, a lexicon or gazetteer name taking precedence) and over
 * character classes, applied whatever the engine:
 * <ul>
 *   <li>a place or organization does not <b>begin</b> with a function word, pronoun or adverb (但参议院, 他代表…):
 *       those words are cut off; nor with a verb, numeral, measure word or adjective that stands before a known
 *       name (应美国, 多家中国 → 美国, 中国);</li>
 *   <li>a place or organization does not <b>contain</b> a preposition, particle, pronoun or adverb before its name
 *       part: 男子曾在中央情报局 → 中央情报局 (a conjunction joins name parts: 工业与安全局 stays whole);</li>
 *   <li>a place or organization does not <b>end</b> in a function word, pronoun or adverb, nor in a verb, numeral or
 *       measure word of two characters or more; an organization's one-character head (会, 所, 部) does not
 *       follow a function word, localizer or numeral (将会, 中所);</li>
 *   <li>a government named by a person or country is no organization (奥巴马政府, 美国政府): the person stays, as
 *       a person (the place is found by the gazetteers);</li>
 *   <li>a two-character Chinese-looking person is no name when its characters are a function word or verb followed
 *       by a verb, adverb or function word (都想, 曾在), or a verb right after an adverb (未谈好).</li>
 * </ul>
 * Lexicon and gazetteer names are not checked: they are names by definition.
 */
final class Boundaries {
    private Boundaries() {}

    /** The mention with its edges repaired, or null when no name is left. */
    static Mention repair(String s, Mention m, LexiconMatcher lexicon, WordClasses words) {
        String type = m.type();
        int st = m.start(), e = m.end();
        if (lexicon.typeOf(s.substring(st, e)) != null) return m;
        if (isCommonNoun(s, st, e, words)) return null; // 城市, 街道, 部队, 地方: a common noun names nothing
        if (EntityTypes.PERSON.equals(type)) {
            if (!personHolds(s, st, e, words)) return null;
            if (NameShapes.isTransliteration(s.substring(st, e)) && !NameShapes.isChineseName(s.substring(st, e))) {
                int end = ForeignNames.trimEnd(s, st, e, words); // 鲍威尔本(周): the engine took a word's first character
                return end == e ? m : new Mention(st, end, type);
            }
            return m;
        }
        // a transliterated place (特拉维夫, 巴塞罗那) is read as one word: its characters are no function words
        boolean foreign = NameShapes.isTransliteration(s.substring(st, e));
        if (!foreign) {
            st = trimFront(s, st, e, lexicon, words);
            if (st < 0) return null;
            st = afterInnerFunctionWord(s, st, e, lexicon, words);
            if (e - st < 2) return null;
        }
        if (!endHolds(s, st, e, type, words, foreign)) return null;
        if (EntityTypes.ORGANIZATION.equals(type) && s.startsWith("政府", e - 2) && e - st > 2) {
            String inner = s.substring(st, e - 2);
            String known = lexicon.typeOf(inner);
            boolean person = EntityTypes.PERSON.equals(known)
                    || (known == null && (NameShapes.isTransliteration(inner) || NameShapes.isChineseName(inner)));
            return person ? new Mention(st, e - 2, EntityTypes.PERSON) : null;
        }
        return st == m.start() ? m : new Mention(st, e, type);
    }

    /**
     * Start after the words before a name that no name begins with; -1 when the span is a counted common noun
     * phrase (多家跨国公司, 一家银行) with no known name after the count.
     */
    private static int trimFront(String s, int st, int e, LexiconMatcher lexicon, WordClasses words) {
        if (lexicon.longestAt(s, st, e) >= 2) return st;
        int cut = st, k = st;
        boolean functionOnly = true;
        char previous = WordClasses.NONE;
        while (k < e) {
            if (k > st && lexicon.longestAt(s, k, e) >= 2) return k; // non-name words, then a known name
            long w = words.wordAt(s, k, e);
            if (w < 0) break;
            int len = WordClasses.length(w);
            char c = WordClasses.wordClass(w);
            if (len > 1 && !consumable(c) && k + 1 < e && lexicon.longestAt(s, k + 1, e) >= 2
                    && consumable(WordClasses.wordClass(words.wordAt(s, k, k + 1)))) {
                return k + 1; // 家中国: 家 | 中国, not 家中 | 国
            }
            if (k + len >= e) break;
            if (previous == WordClasses.NUMERAL && c == WordClasses.MEASURE) return -1;
            if (k == st && c == WordClasses.NUMERAL && !knownNameAfter(s, k + len, e, lexicon, words)) return -1; // 一部, 两军, 十城市
            previous = c;
            if (WordClasses.isFunction(c) && (len > 1 || c != WordClasses.ADVERB)) {
                // a one-character adverb (特, 刚, 约) also starts place names: cut only before a known name
                k += len;
                if (functionOnly) cut = k;
            } else if (consumable(c)) {
                k += len;
                functionOnly = false;
            } else {
                break;
            }
        }
        return cut;
    }

    /** A known name starts at {@code k} or after measure words from there (家中国). */
    private static boolean knownNameAfter(String s, int k, int e, LexiconMatcher lexicon, WordClasses words) {
        while (k < e) {
            if (lexicon.longestAt(s, k, e) >= 2) return true;
            long w = words.wordAt(s, k, e);
            char c = WordClasses.wordClass(w);
            if (w < 0 || !(c == WordClasses.MEASURE || c == WordClasses.NUMERAL)) {
                return lexicon.longestAt(s, k + 1, e) >= 2 && (c == WordClasses.NOUN || w < 0);
            }
            k += WordClasses.length(w);
        }
        return false;
    }

    /** Classes of words that may stand before a name without being part of it. */
    private static boolean consumable(char c) {
        return WordClasses.isFunction(c) || c == WordClasses.VERB || c == WordClasses.NUMERAL || c == WordClasses.MEASURE
                || c == WordClasses.ADJECTIVE || c == WordClasses.LOCALIZER;
    }

    /** The whole span is one common noun of the dictionary. */
    private static boolean isCommonNoun(String s, int st, int e, WordClasses words) {
        long w = words.wordAt(s, st, e);
        return WordClasses.length(w) == e - st && WordClasses.wordClass(w) == WordClasses.NOUN;
    }

    /**
     * Start after the last particle, pronoun or adverb inside the span that has two or more characters after it, or
     * preposition before a known name (男子曾在中央情报局). Not after a conjunction, which joins the parts of names,
     * nor after a preposition that may be one before an unknown part (工业与安全局), nor after a one-character
     * adverb, which starts names too (终 in 终审法院).
     */
    private static int afterInnerFunctionWord(String s, int st, int e, LexiconMatcher lexicon, WordClasses words) {
        int k = st, cut = st;
        while (k < e) {
            int known = lexicon.longestAt(s, k, e);
            if (known >= 2) {
                k += known;
                continue;
            }
            long w = words.wordAt(s, k, e);
            int len = w < 0 ? 1 : WordClasses.length(w);
            char c = WordClasses.wordClass(w);
            // a preposition (与, 同 are conjunctions too) only before a known name: 在中央情报局, not 工业与安全局
            if (k > st && WordClasses.isFunction(c) && c != WordClasses.CONJUNCTION && (len > 1 || c != WordClasses.ADVERB)
                    && e - (k + len) >= 2 && (c != WordClasses.PREPOSITION || lexicon.longestAt(s, k + len, e) >= 2)) {
                cut = k + len;
            }
            k += len;
        }
        return cut;
    }

    private static boolean endHolds(String s, int st, int e, String type, WordClasses words, boolean foreign) {
        long last = words.wordBefore(s, e, st);
        if (last < 0) return true;
        char c = WordClasses.wordClass(last);
        int len = WordClasses.length(last);
        if (foreign && len == 1) return true;
        if (c == WordClasses.PARTICLE || c == WordClasses.PREPOSITION || c == WordClasses.CONJUNCTION
                || c == WordClasses.PRONOUN || c == WordClasses.ADVERB) return false;
        if (len >= 2 && (c == WordClasses.VERB || c == WordClasses.NUMERAL || c == WordClasses.MEASURE)) return false;
        if (EntityTypes.ORGANIZATION.equals(type) && e - len > st) {
            long before = words.wordBefore(s, e - len, st);
            char b = WordClasses.wordClass(before);
            // a one-character head after a function word, localizer or numeral: 将会, 中所
            if (len == 1 && (WordClasses.isFunction(b) || b == WordClasses.LOCALIZER || b == WordClasses.NUMERAL)) return false;
            // a common noun ending in a head character (工厂) right after a verb of its own: 新建工厂 is a clause
            if (b == WordClasses.VERB && WordClasses.length(before) >= 2 && len >= 2
                    && !NameShapes.isOrganizationHead(s.substring(e - len, e))) return false;
        }
        return true;
    }

    /** A Chinese-looking person the engine found is no name when its characters are function words and verbs. */
    private static boolean personHolds(String s, int st, int e, WordClasses words) {
        if (e - st == 2 && WordClasses.isFunction(WordClasses.wordClass(words.wordAt(s, st, st + 1)))
                && NameShapes.isTransliteration(s.substring(st, e))) {
            return false; // 那一, 都得, 何地: a function word, then anything
        }
        if (e - st > 3 || !NameShapes.isChineseName(s.substring(st, e))) return true;
        // a pronoun is no surname (那群, 这个), unless it is a common one (何)
        if (WordClasses.wordClass(words.wordAt(s, st, st + 1)) == WordClasses.PRONOUN
                && !NameShapes.isCommonSurname(s.charAt(st))) return false;
        char surname = WordClasses.wordClass(words.wordAt(s, st, st + 1));
        // 欧方, 美方: a country's side
        if (e - st == 2 && s.charAt(st + 1) == '方' && CountryAbbreviations.isAbbreviation(s.charAt(st))) return false;
        // a verb with an aspect particle (谈好了)
        if (surname == WordClasses.VERB && e < s.length() && "了着过".indexOf(s.charAt(e)) >= 0) return false;
        if (e - st == 2) {
            char given = WordClasses.wordClass(words.wordAt(s, st + 1, e));
            boolean verbLikeGiven = given == WordClasses.VERB || given == WordClasses.ADVERB || WordClasses.isFunction(given)
                    || given == WordClasses.MEASURE || given == WordClasses.NUMERAL || given == WordClasses.LOCALIZER;
            if (WordClasses.isFunction(surname) && surname != WordClasses.PRONOUN
                    && (verbLikeGiven || given == WordClasses.ADJECTIVE)) return false;
            if (surname == WordClasses.VERB && verbLikeGiven) return false;
        }
        // a verb right after an adverb or a one-character verb (a modal): 未谈好, 能谈好, 仍想
        if (st > 0 && (surname == WordClasses.VERB || surname == WordClasses.ADVERB)) {
            long before = words.wordBefore(s, st, Math.max(0, st - 2));
            char b = WordClasses.wordClass(before);
            if ((b == WordClasses.ADVERB || b == WordClasses.VERB) && WordClasses.length(before) == 1) return false;
        }
        return true;
    }

    /**
     * Why an entity breaks the boundary rules, or null when it keeps them: it begins with a function word, pronoun
     * or adverb, or a numeral; it ends with a function word, pronoun or adverb, or a verb, numeral or measure word of
     * two characters or more; or it is an organization without an organizational head word. Lexicon and gazetteer
     * names, transliterated names (whose characters are syllables, not words) and Latin names keep them by definition.
     * For tests over whole outputs.
     */
    static String violation(String s, Mention m, LexiconMatcher lexicon, WordClasses words) {
        int st = m.start(), e = m.end();
        String text = s.substring(st, e);
        if (lexicon.typeOf(text) != null || NameShapes.isTransliteration(text) || !NameShapes.isHan(text.charAt(0))) return null;
        long first = words.wordAt(s, st, e);
        boolean surname = EntityTypes.PERSON.equals(m.type()) && NameShapes.isChineseName(text)
                && NameShapes.isCommonSurname(text.charAt(0)); // 何, 于, 余 are surnames first
        if (lexicon.longestAt(s, st, e) < 2 && first >= 0 && !surname) {
            char c = WordClasses.wordClass(first);
            if (WordClasses.isFunction(c) && (WordClasses.length(first) > 1 || c != WordClasses.ADVERB
                    || EntityTypes.PERSON.equals(m.type()))) return "begins with " + c + " word " + s.substring(st, st + WordClasses.length(first));
            if (c == WordClasses.NUMERAL) return "begins with a numeral " + s.substring(st, st + WordClasses.length(first));
        }
        long last = words.wordBefore(s, e, st);
        if (last >= 0 && WordClasses.length(last) < e - st) {
            char c = WordClasses.wordClass(last);
            int len = WordClasses.length(last);
            String w = s.substring(e - len, e);
            if (c == WordClasses.PARTICLE || c == WordClasses.PREPOSITION || c == WordClasses.CONJUNCTION
                    || c == WordClasses.PRONOUN || c == WordClasses.ADVERB) return "ends with " + c + " word " + w;
            if (len >= 2 && (c == WordClasses.VERB || c == WordClasses.NUMERAL || c == WordClasses.MEASURE)) return "ends with " + c + " word " + w;
        }
        if (EntityTypes.ORGANIZATION.equals(m.type()) && !NameShapes.isOrganizationName(text)) return "organization without a head word";
        return null;
    }
}
