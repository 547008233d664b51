package org.zhtext.hanlp;

/**
 * A segmentation engine's core dictionary as {@link SegmentRules} consult it: a word's most frequent
 * part-of-speech tag there, in PKU style ({@code q} classifier, {@code n} noun, {@code v} verb, ...), or null when
 * the word is not in it. Read only and thread-safe.
 */
@FunctionalInterface
public interface WordTags {
    String tag(String word);
}
