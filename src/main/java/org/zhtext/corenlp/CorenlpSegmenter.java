package org.zhtext.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.CharClasses;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Word;
import org.zhtext.engine.WordSegmenter;

/**
 * The second engine ({@code --engine corenlp}): Stanford CoreNLP's Chinese CRF segmenter (CTB standard) and
 * its POS tagger (CTB tags), with the user lexicon applied by merging adjacent words ({@link LexiconMerger}).
 * <p>
 * Word offsets come from CoreNLP's character offsets (UTF-16 indices into the given sentence), never from
 * the token text, which CoreNLP may normalize. Every non-space character is covered exactly once: a run that
 * CoreNLP dropped (it drops nothing in practice, this is a guard) becomes a word tagged {@code PU}.
 * Loading takes 7 to 15 s and about 0.65 GB of heap (run with -Xmx1g or more); thread-safe once built.
 */
public final class CorenlpSegmenter implements WordSegmenter {
    private final CorenlpPipeline pipeline;
    private final LexiconMerger lexicon;

    /** Loads the segmenter and tagger from the models folder (shared with {@link CorenlpRecognizer}). */
    public CorenlpSegmenter(CorenlpModels models, Lexicon lexicon) {
        this.pipeline = CorenlpPipeline.shared(models);
        this.lexicon = new LexiconMerger(lexicon);
        pipeline.loadSegmentation();
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public String tagset() {
        return "ctb";
    }

    @Override
    public List<Word> segment(String sentence) {
        if (sentence.isBlank()) return List.of();
        List<CoreLabel> tokens = pipeline.annotate(sentence, false);
        List<Word> words = new ArrayList<>(tokens.size() + 2);
        int at = 0;
        for (CoreLabel t : tokens) {
            int s = t.beginPosition(), e = t.endPosition();
            if (s < at || e <= s || e > sentence.length()) continue; // overlapping or empty: never seen, skipped
            addGap(sentence, at, s, words);
            words.add(new Word(s, e, t.tag()));
            at = e;
        }
        addGap(sentence, at, sentence.length(), words);
        return lexicon.apply(sentence, words);
    }

    /** Adds each non-space run of sentence[from, to) as a word tagged PU. */
    private static void addGap(String sentence, int from, int to, List<Word> words) {
        int i = from;
        while (i < to) {
            while (i < to && isSpace(sentence.charAt(i))) i++;
            int s = i;
            while (i < to && !isSpace(sentence.charAt(i))) i++;
            if (i > s) words.add(new Word(s, i, "PU"));
        }
    }

    private static boolean isSpace(char c) {
        return CharClasses.isUnicodeSpace(c);
    }
}
