package org.zhtext.entities;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.HanlpSupport;
import org.zhtext.engine.Mention;
import org.zhtext.engine.SetupException;

/**
 * The default entity engine: HanLP portable's Viterbi segmenter with its person (Chinese and transliterated),
 * place and organization recognizers. Words tagged {@code nr/nrf}, {@code ns/nsf} and {@code nt*} become
 * mentions (see {@link EntityTypes#fromTag}). HanLP's Japanese-name recognizer is off: on MSRA it costs F1
 * (0.710 with it, 0.714 without; persons 0.699 vs 0.708), the Japanese names of trade news are in the lexicon, and it
 * takes time in every sentence.
 * <p>
 * A user lexicon is inserted programmatically into a private trie layered over HanLP's bundled custom
 * dictionary (which is shared and never modified), so no HanLP dictionary file or {@code .bin} cache is
 * read or written for it. Built once; immutable and safe for concurrent use afterwards. HanLP's logging is
 * silenced (it never writes to stdout).
 */
public final class HanlpRecognizer implements EntityEngine {
    /** Engine name as chosen on the command line. */
    public static final String NAME = "hanlp";

    private final Segment segment;

    private HanlpRecognizer(Segment segment) {
        this.segment = segment;
    }

    /** HanLP with the given lexicon layered over its own dictionaries ({@link Lexicon#empty()} for bare HanLP). */
    public static HanlpRecognizer create(Lexicon lexicon) {
        HanlpSupport.quietLogging(false);
        try {
            Segment s = new ViterbiSegment()
                    .enableCustomDictionary(userDictionary(lexicon))
                    .enablePartOfSpeechTagging(false)
                    .enableNameRecognize(true)
                    .enableTranslatedNameRecognize(true)
                    .enableJapaneseNameRecognize(false)
                    .enablePlaceRecognize(true)
                    .enableOrganizationRecognize(true)
                    .enableOffset(true);
            s.seg("初始化"); // loads the recognizers' dictionaries now, not on the first article
            return new HanlpRecognizer(s);
        } catch (RuntimeException | ExceptionInInitializerError e) {
            throw new SetupException("HanLP could not load its dictionaries: " + e, e);
        }
    }

    /** HanLP's bundled custom dictionary with the user lexicon layered over it in a private trie. */
    private static DynamicCustomDictionary userDictionary(Lexicon lexicon) {
        return new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, HanlpSupport.lexiconTrie(lexicon), null);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> recognize(String sentence) {
        List<Mention> out = new ArrayList<>();
        if (sentence.isBlank()) return out;
        for (Term t : segment.seg(sentence)) {
            String type = t.nature == null ? null : EntityTypes.fromTag(t.nature.toString());
            if (type != null) out.add(new Mention(t.offset, t.offset + t.word.length(), type));
        }
        return out;
    }
}
