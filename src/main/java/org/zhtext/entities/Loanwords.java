package org.zhtext.entities;

import java.util.HashSet;
import java.util.Set;

/**
 * Common nouns CC-CEDICT marks as loanwords ({@code models/entities/loanwords-cedict.txt}: 芬太尼, 阿司匹林, 马拉松),
 * written like transliterated names: no person ({@link EntityRules.Rule#LOANWORD}). Read once per process.
 */
final class Loanwords {
    static final String FILE = "entities/loanwords-cedict.txt";
    private static volatile Set<String> shared;

    private Loanwords() {}

    /** True when {@code word} (simplified) is one of the loanwords. */
    static boolean contains(String word) {
        Set<String> s = shared;
        if (s == null) {
            synchronized (Loanwords.class) {
                s = shared;
                if (s == null) shared = s = Set.copyOf(new HashSet<>(WordClasses.lines(FILE)));
            }
        }
        return s.contains(word);
    }
}
