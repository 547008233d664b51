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
 * {@link EntityTypes#fromTag}) in a sentence: leftmost-longest, non-overlapping matches. Immutable.
 */
public final class LexiconMatcher {
    private final Map<String, String> types = new HashMap<>();
    private final CodePointTrie trie;
    /** The type of each trie value, as a String (one of {@link EntityTypes}' constants). */
    private final String[] typeOfValue;

    public LexiconMatcher(Lexicon lexicon) {
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
}
