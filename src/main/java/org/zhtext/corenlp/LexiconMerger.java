package org.zhtext.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Word;

/**
 * Applies the user lexicon to a segmentation it cannot be fed into (CoreNLP's CRF segmenter has no user
 * dictionary): runs of adjacent words (no gap between them) whose text together is a lexicon word become
 * that one word, longest run first, left to right. Words are only merged, never split, so a lexicon word
 * that CoreNLP cuts through the middle of one of its words is not recovered.
 * <p>
 * Tag of a merged word: the entry's own tag when it is a CTB tag ({@code NR}, {@code NN}, ...); {@code NR}
 * when it is a HanLP proper-noun tag ({@code nr}, {@code ns}, {@code nt}, {@code nz} and their subtypes);
 * otherwise the tag of the last word of the run (the head, in Chinese).
 */
final class LexiconMerger {
    private static final Set<String> CTB_TAGS = Set.of("AD", "AS", "BA", "CC", "CD", "CS", "DEC", "DEG", "DER",
            "DEV", "DT", "ETC", "FW", "IJ", "JJ", "LB", "LC", "M", "MSP", "NN", "NR", "NT", "OD", "ON", "P", "PN",
            "PU", "SB", "SP", "URL", "VA", "VC", "VE", "VV");

    private final Lexicon lexicon;
    private final int maxLength;

    LexiconMerger(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.maxLength = lexicon.entries().keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The words of {@code sentence} with lexicon words merged; the input list when nothing changes. */
    List<Word> apply(String sentence, List<Word> words) {
        if (maxLength < 2 || words.size() < 2) return words;
        List<Word> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); ) {
            int end = longestRun(sentence, words, i);
            if (end == i) {
                out.add(words.get(i++));
                continue;
            }
            Word first = words.get(i), last = words.get(end);
            Lexicon.Entry e = lexicon.entries().get(sentence.substring(first.start(), last.end()));
            out.add(new Word(first.start(), last.end(), tag(e.pos(), last.tag())));
            i = end + 1;
        }
        return out.size() == words.size() ? words : out;
    }

    /** Index of the last word of the longest lexicon run starting at word {@code i} ({@code i} when none). */
    private int longestRun(String sentence, List<Word> words, int i) {
        int best = i;
        int start = words.get(i).start();
        for (int j = i + 1; j < words.size(); j++) {
            Word w = words.get(j);
            if (w.start() != words.get(j - 1).end() || w.end() - start > maxLength) break;
            if (lexicon.entries().containsKey(sentence.substring(start, w.end()))) best = j;
        }
        return best;
    }

    static String tag(String lexiconPos, String headTag) {
        if (lexiconPos == null) return headTag;
        if (CTB_TAGS.contains(lexiconPos)) return lexiconPos;
        if (lexiconPos.matches("n[rstz].*")) return "NR";
        return headTag;
    }
}
