package org.zhtext.engine;

import java.util.List;

/**
 * A segmentation + POS engine. Built once, immutable after construction and safe to call from many threads.
 * It is given one sentence of simplified text and returns its words left to right, covering every
 * non-space character exactly once.
 */
public interface WordSegmenter {
    /** Engine name as chosen on the command line ({@code hanlp}, {@code corenlp}). */
    String name();

    /** Native tagset name ({@code pku}, {@code ctb}). */
    String tagset();

    List<Word> segment(String sentence);
}
