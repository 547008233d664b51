package org.zhtext.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Mention;

/**
 * Finds the entries of a lexicon whose tag names an entity type ({@code nr}, {@code ns}, {@code nt}, … see
 * {@link EntityTypes#fromTag}) in a sentence: leftmost-longest, non-overlapping matches. Immutable.
 */
public final class LexiconMatcher {
    private final Map<String, String> types = new HashMap<>();
    private final int maxLength;

    public LexiconMatcher(Lexicon lexicon) {
        int max = 0;
        for (Lexicon.Entry e : lexicon.entries().values()) {
            String type = EntityTypes.fromTag(e.pos());
            if (type != null && e.word().length() >= 2) {
                types.put(e.word(), type);
                max = Math.max(max, e.word().length());
            }
        }
        maxLength = max;
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
        int n = sentence.length();
        for (int i = 0; i < n; ) {
            int found = 0;
            for (int len = Math.min(maxLength, n - i); len >= 2; len--) {
                String type = types.get(sentence.substring(i, i + len));
                if (type != null) {
                    out.add(new Mention(i, i + len, type));
                    found = len;
                    break;
                }
            }
            i += found > 0 ? found : 1;
        }
        return out;
    }
}
