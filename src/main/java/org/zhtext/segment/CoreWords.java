package org.zhtext.segment;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/** Word classes from HanLP's core dictionary (each word's most frequent nature), shared and read only. */
final class CoreWords {
    private CoreWords() {}

    /** A classifier or unit ({@code 个}, {@code 吨}, {@code 种}). */
    static boolean isClassifier(String w) {
        return first(w) == Nature.q;
    }

    /** A classifier or a common noun ({@code 种}, {@code 国}). */
    static boolean isClassifierOrNoun(String w) {
        Nature n = first(w);
        return n == Nature.q || n == Nature.n;
    }

    /**
     * A dictionary word that is not a numeral, classifier, pronoun, noun or time word ({@code 十分},
     * {@code 一直}, {@code 全面}): kept whole by the splitting rules.
     */
    static boolean isLexical(String w) {
        Nature n = first(w);
        return n != null && n != Nature.m && n != Nature.mq && n != Nature.q && n != Nature.r && n != Nature.n && n != Nature.t;
    }

    /** Absent from the core dictionary, or a verb or adjective there ({@code 不能}, {@code 最高}): a free combination. */
    static boolean isCompositional(String w) {
        Nature n = first(w);
        return n == null || n == Nature.v || n == Nature.a;
    }

    private static Nature first(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        return a == null || a.nature.length == 0 ? null : a.nature[0];
    }
}
