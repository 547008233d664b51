package org.zhtext.engine;

import java.util.List;

/**
 * A named-entity engine over simplified text. Built once, immutable after construction, thread-safe.
 * Types are {@code person}, {@code organization}, {@code location}.
 */
public interface EntityEngine {
    String name();

    List<Mention> recognize(String sentence);

    /**
     * The mentions of a sentence whose words the pipeline's segmenter has already found: an engine that reads
     * the words (the trained tagger's word features) takes them from here instead of segmenting again.
     */
    default List<Mention> recognize(String sentence, List<Word> words) {
        return recognize(sentence);
    }
}
