package org.zhtext.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.HanlpSupport;
import org.zhtext.engine.SetupException;
import org.zhtext.engine.Word;
import org.zhtext.engine.WordSegmenter;

/**
 * The default engine: HanLP portable's dictionary (Viterbi) segmenter with part-of-speech tags in HanLP's
 * extended PKU tagset, the zhtext user lexicon, the single-character entries of HanLP's bundled custom dictionary
 * ({@link BundledWords}) and zhtext's {@link SegmentRules} fixes.
 * <p>
 * The user lexicon goes into a private HanLP {@link DynamicCustomDictionary} built in memory for this
 * instance (HanLP's bundled custom dictionary is shared read-only underneath it); nothing is written to
 * HanLP's {@code .bin} caches, so an edited lexicon takes effect on the next run. Built once, immutable,
 * safe for concurrent use: HanLP's {@code Segment.seg} keeps all per-call state on the stack and this
 * instance never changes its configuration after construction.
 */
public final class HanlpSegmenter implements WordSegmenter {
    private final Segment segment;
    private final SegmentRules rules;

    private HanlpSegmenter(Segment segment, SegmentRules rules) {
        this.segment = segment;
        this.rules = rules;
    }

    /** The default engine with the given user lexicon and all of zhtext's rules. */
    public static HanlpSegmenter create(Lexicon lexicon) {
        return create(lexicon, SegmentRules.DEFAULT);
    }

    /** The engine with the given lexicon and post-segmentation rules ({@link SegmentRules#NONE} for bare HanLP). */
    public static HanlpSegmenter create(Lexicon lexicon, SegmentRules rules) {
        quietLogging(false);
        try {
            ViterbiSegment s = new ViterbiSegment();
            s.enableCustomDictionary(userDictionary(lexicon));
            // tags are each word's most frequent dictionary nature: HanLP's POS Viterbi costs 4x the time
            // for +0.003 UPOS F1 on UD GSDSimp (0.637 vs 0.634)
            s.enablePartOfSpeechTagging(false);
            s.enableOffset(true);
            return new HanlpSegmenter(s, rules);
        } catch (RuntimeException | ExceptionInInitializerError e) {
            throw new SetupException("HanLP could not load its dictionaries: " + e, e);
        }
    }

    /**
     * Routes HanLP's java.util.logging output: off (the default), or warnings on stderr when
     * {@code verbose}. HanLP never writes to stdout.
     */
    public static void quietLogging(boolean verbose) {
        HanlpSupport.quietLogging(verbose);
    }

    /**
     * The user lexicon in a private trie. HanLP's own merge step gets an empty main dictionary: its bundled
     * custom dictionary glues whole compounds ({@code 新世纪}, {@code 经济发展}) and costs 1-3 F1 points on the
     * gold sets, so {@link BundledWords} applies it selectively instead.
     */
    private static DynamicCustomDictionary userDictionary(Lexicon lexicon) {
        BinTrie<CoreDictionary.Attribute> trie = HanlpSupport.lexiconTrie(lexicon);
        DoubleArrayTrie<CoreDictionary.Attribute> none = new DoubleArrayTrie<>();
        TreeMap<String, CoreDictionary.Attribute> placeholder = new TreeMap<>();
        // HanLP's trie does not bound-check transitions: a placeholder key on the highest char sizes its arrays
        // for every char (a tiny trie throws and catches an exception per word, 5x slower)
        placeholder.put("\uFFFF", new CoreDictionary.Attribute(Nature.nz));
        none.build(placeholder);
        return new DynamicCustomDictionary(none, trie, null);
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
        List<Term> terms = segment.seg(sentence);
        List<Word> words = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            int start = t.offset;
            if (start < pos || !sentence.startsWith(t.word, start)) start = sentence.indexOf(t.word, pos);
            if (start < 0) continue; // HanLP dropped or rewrote the text; the gap is filled below
            if (start > pos) addGap(sentence, pos, start, words);
            addSplitOnSpace(sentence, start, start + t.word.length(), t.nature.toString(), words);
            pos = start + t.word.length();
        }
        if (pos < sentence.length()) addGap(sentence, pos, sentence.length(), words);
        joinSurrogates(sentence, words);
        words = BundledWords.merge(sentence, words);
        return rules.apply(sentence, words);
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

    /** Text HanLP did not return as a term becomes words of tag x, split on whitespace. */
    private static void addGap(String s, int from, int to, List<Word> out) {
        addSplitOnSpace(s, from, to, "x", out);
    }

    /** Adds [from, to) as words, cut at whitespace, which is never part of a word. */
    private static void addSplitOnSpace(String s, int from, int to, String tag, List<Word> out) {
        int i = from;
        while (i < to) {
            while (i < to && Chars.isSpace(s.charAt(i))) i++;
            int j = i;
            while (j < to && !Chars.isSpace(s.charAt(j))) j++;
            if (j > i) out.add(new Word(i, j, tag));
            i = j;
        }
    }
}
