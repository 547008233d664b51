package org.zhtext.engine;

import java.util.List;

/**
 * The words and the entity mentions of one sentence of simplified text in one call. An engine that can share
 * work between the two does (HanLP: one word lattice per sentence, see {@link EngineProvider#analyzer});
 * otherwise {@link #of} calls a segmenter and a recognizer one after the other. Thread-safe when its engines are.
 */
public interface SentenceAnalyzer {
    /** What {@link WordSegmenter#segment} and {@link EntityEngine#recognize} would return for the sentence. */
    record Analysis(List<Word> words, List<Mention> mentions) {}

    Analysis analyze(String sentence);

    /** A segmenter and a recognizer called one after the other; the recognizer is given the segmenter's words. */
    static SentenceAnalyzer of(WordSegmenter segmenter, EntityEngine recognizer) {
        return sentence -> {
            List<Word> words = segmenter.segment(sentence);
            return new Analysis(words, recognizer.recognize(sentence, words));
        };
    }
}
