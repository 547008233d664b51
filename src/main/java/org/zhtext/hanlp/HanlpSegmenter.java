package org.zhtext.hanlp;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.CharClasses;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Word;
import org.zhtext.engine.WordSegmenter;

/**
 * The default engine: the dictionary words of HanLP portable's Viterbi segmenter ({@link HanlpPass}: the zhtext
 * user lexicon merged, person names from HanLP's recognizers) with part-of-speech tags in HanLP's extended PKU
 * tagset (each word's most frequent dictionary nature: HanLP's POS Viterbi costs 4x the time for +0.003 UPOS F1
 * on UD GSDSimp, 0.637 vs 0.634), then the entries of HanLP's bundled custom dictionary that help
 * ({@link BundledWords}) and zhtext's {@link SegmentRules} fixes.
 * <p>
 * The user lexicon lives in a private in-memory trie; nothing is written to HanLP's {@code .bin} caches, so an
 * edited lexicon takes effect on the next run. Built once, immutable, safe for concurrent use.
 */
public final class HanlpSegmenter implements WordSegmenter {
    private final HanlpPass pass;
    private final SegmentRules rules;

    private HanlpSegmenter(HanlpPass pass, SegmentRules rules) {
        this.pass = pass;
        this.rules = rules;
    }

    /** The default engine with the given user lexicon and all of zhtext's rules. */
    public static HanlpSegmenter create(Lexicon lexicon) {
        return create(lexicon, SegmentRules.DEFAULT);
    }

    /** The engine with the given lexicon and post-segmentation rules ({@link SegmentRules#NONE} for bare HanLP). */
    public static HanlpSegmenter create(Lexicon lexicon, SegmentRules rules) {
        return on(HanlpPass.create(lexicon), rules);
    }

    /** The engine reading an existing HanLP pass (shared with a {@code HanlpRecognizer} for one pass per sentence). */
    public static HanlpSegmenter on(HanlpPass pass, SegmentRules rules) {
        return new HanlpSegmenter(pass, rules);
    }

    public HanlpPass pass() {
        return pass;
    }

    /**
     * Routes HanLP's java.util.logging output: off (the default), or warnings on stderr when
     * {@code verbose}. HanLP never writes to stdout.
     */
    public static void quietLogging(boolean verbose) {
        HanlpSupport.quietLogging(verbose);
    }

    @Override
    public String name() {
        return "hanlp";
    }

    @Override
    public String tagset() {
        return "pku";
    }

    @Override
    public List<Word> segment(String sentence) {
        if (sentence.isEmpty()) return List.of();
        return words(sentence, pass.run(sentence, HanlpPass.Want.WORDS).words());
    }

    /** zhtext's words from the dictionary words of a {@link HanlpPass} over {@code sentence}. */
    public List<Word> words(String sentence, List<HanlpPass.Span> spans) {
        List<Word> words = new ArrayList<>(spans.size());
        for (HanlpPass.Span t : spans) addSplitOnSpace(sentence, t.start(), t.end(), t.tag(), words);
        joinSurrogates(sentence, words);
        words = BundledWords.merge(sentence, words);
        return rules.apply(sentence, words, CoreWords.INSTANCE);
    }

    /** Never leaves a word boundary between the two halves of a surrogate pair. */
    private static void joinSurrogates(String s, List<Word> words) {
        for (int i = words.size() - 1; i > 0; i--) {
            Word a = words.get(i - 1), b = words.get(i);
            if (a.end() == b.start() && Character.isHighSurrogate(s.charAt(a.end() - 1)) && Character.isLowSurrogate(s.charAt(b.start()))) {
                words.set(i - 1, new Word(a.start(), b.end(), a.tag()));
                words.remove(i);
            }
        }
    }

    /** Adds [from, to) as words, cut at whitespace, which is never part of a word. */
    private static void addSplitOnSpace(String s, int from, int to, String tag, List<Word> out) {
        int i = from;
        while (i < to) {
            while (i < to && CharClasses.isSpace(s.charAt(i))) i++;
            int j = i;
            while (j < to && !CharClasses.isSpace(s.charAt(j))) j++;
            if (j > i) out.add(new Word(i, j, tag));
            i = j;
        }
    }
}
