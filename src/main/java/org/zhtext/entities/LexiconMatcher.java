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

    public LexiconMatcher(Lexicon lexicon) {
        for (Lexicon.Entry e : lexicon.entries().values()) {
            String type = EntityTypes.fromTag(e.pos());
            if (type != null && e.word().length() >= 2) types.put(e.word(), type);
        }
        trie = CodePointTrie.of(types);
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
        int[] cps = sentence.codePoints().toArray();
        int[] charAt = new int[cps.length + 1]; // code point index -> char index
        for (int k = 0; k < cps.length; k++) charAt[k + 1] = charAt[k] + Character.charCount(cps[k]);
        for (int i = 0; i < cps.length; ) {
            long m = trie.startsWith(cps[i]) ? trie.longestMatch(cps, i, cps.length) : -1L;
            if (m < 0) {
                i++;
                continue;
            }
            int len = (int) (m >>> 32);
            int[] type = trie.value((int) m);
            out.add(new Mention(charAt[i], charAt[i + len], new String(type, 0, type.length).intern()));
            i += len;
        }
        return out;
    }
}
