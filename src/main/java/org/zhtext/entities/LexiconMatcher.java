package org.zhtext.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhtext.core.CodePointTrie;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Mention;

/**
 * Finds the entries of a lexicon whose tag names an entity type ({@code nr}, {@code ns}, {@code nt}, … see
 * {@link EntityTypes#fromTag}) in a sentence, with the gazetteers' place names under them ({@link Gazetteers}; a
 * lexicon entry wins over a gazetteer entry of the same word): leftmost-longest, non-overlapping matches. A
 * Latin-script entry (Meta, BBC) matches only as a whole word: not inside Metadata or BBCode. Immutable.
 */
public final class LexiconMatcher {
    private final Map<String, String> types = new HashMap<>();
    private final CodePointTrie trie;
    /** The type of each trie value, as a String (one of {@link EntityTypes}' constants). */
    private final String[] typeOfValue;

    public LexiconMatcher(Lexicon lexicon) {
        this(lexicon, Gazetteers.none());
    }

    public LexiconMatcher(Lexicon lexicon, Gazetteers gazetteers) {
        for (Map.Entry<String, String> e : gazetteers.entries().entrySet()) types.put(e.getKey(), e.getValue());
        for (Lexicon.Entry e : lexicon.entries().values()) {
            String type = EntityTypes.fromTag(e.pos());
            if (type != null && e.word().length() >= 2) types.put(e.word(), type);
        }
        trie = CodePointTrie.of(types);
        typeOfValue = new String[trie.size()];
        for (int i = 0; i < typeOfValue.length; i++) {
            int[] type = trie.value(i);
            typeOfValue[i] = new String(type, 0, type.length).intern();
        }
    }

    /** Number of entity entries. */
    public int size() {
        return types.size();
    }

    /** The entity type of a lexicon word, or null. */
    public String typeOf(String word) {
        return types.get(word);
    }

    /** Length of the longest entry at char {@code i} of {@code s} (ending by {@code to}), or 0: allocates nothing. */
    int longestAt(CharSequence s, int i, int to) {
        long m = trie.longestMatch(s, i, to);
        while (m >= 0) {
            int len = (int) (m >>> 32);
            if (wholeLatinWord(s, i, i + len)) return len;
            // a Latin entry inside a longer word: look for a shorter entry
            m = len > 1 ? trie.longestMatch(s, i, i + len - 1) : -1;
        }
        return 0;
    }

    /** Whether [{@code i}, {@code end}) of {@code s} is exactly one lexicon or gazetteer place (高雄, 金华 of 金华讯). */
    boolean isPlace(CharSequence s, int i, int end) {
        return end > i && longestAt(s, i, end) == end - i && EntityTypes.LOCATION.equals(typeAt(s, i, end - i));
    }

    /** The type of the entry {@link #longestAt} found (of length {@code len} at {@code i}). */
    String typeAt(CharSequence s, int i, int len) {
        long m = trie.longestMatch(s, i, i + len);
        return m < 0 ? null : typeOfValue[(int) m];
    }

    /** Lexicon entities in {@code sentence}, left to right, as char spans. */
    public List<Mention> find(String sentence) {
        List<Mention> out = new ArrayList<>();
        int[] cps = new int[sentence.length()];
        int[] charAt = new int[sentence.length() + 1]; // code point index -> char index
        int n = 0;
        for (int i = 0; i < sentence.length(); n++) {
            int cp = sentence.codePointAt(i);
            cps[n] = cp;
            i += Character.charCount(cp);
            charAt[n + 1] = i;
        }
        for (int i = 0; i < n; ) {
            long m = trie.startsWith(cps[i]) ? trie.longestMatch(cps, i, n) : -1L;
            while (m >= 0 && !wholeLatinWord(sentence, charAt[i], charAt[i + (int) (m >>> 32)])) {
                int len = (int) (m >>> 32);
                m = len > 1 ? trie.longestMatch(cps, i, i + len - 1) : -1L;
            }
            if (m < 0) {
                i++;
                continue;
            }
            int len = (int) (m >>> 32);
            out.add(new Mention(charAt[i], charAt[i + len], typeOfValue[(int) m]));
            i += len;
        }
        return out;
    }

    /** A match whose edges are Latin letters or digits must not continue a Latin word on either side. */
    private static boolean wholeLatinWord(CharSequence s, int start, int end) {
        if (isLatinOrDigit(s.charAt(start)) && start > 0 && isLatinOrDigit(s.charAt(start - 1))) return false;
        return !(isLatinOrDigit(s.charAt(end - 1)) && end < s.length() && isLatinOrDigit(s.charAt(end)));
    }

    static boolean isLatinOrDigit(char c) {
        return (c < 0x250 && Character.isLetterOrDigit(c)) || (c >= 'Ａ' && c <= 'ｚ' && Character.isLetter(c));
    }
}
