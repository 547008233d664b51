package org.zhtext.hanlp;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.Mention;
import org.zhtext.entities.EntityTypes;

/**
 * The default entity engine: HanLP portable's Viterbi segmenter with its person (Chinese and transliterated),
 * place and organization recognizers. Words tagged {@code nr/nrf}, {@code ns/nsf} and {@code nt*} become
 * mentions (see {@link EntityTypes#fromTag}). HanLP's Japanese-name recognizer is off: on MSRA it costs F1
 * (0.710 with it, 0.714 without; persons 0.699 vs 0.708), the Japanese names of trade news are in the lexicon, and it
 * takes time in every sentence.
 * <p>
 * The words come from a {@link HanlpPass}, which layers the user lexicon over HanLP's bundled custom dictionary
 * in a private trie (no HanLP dictionary file or {@code .bin} cache is read or written for it). Built once;
 * immutable and safe for concurrent use afterwards. HanLP's logging is silenced (it never writes to stdout).
 */
public final class HanlpRecognizer implements EntityEngine {
    /** Engine name as chosen on the command line. */
    public static final String NAME = "hanlp";

    private final HanlpPass pass;

    private HanlpRecognizer(HanlpPass pass) {
        this.pass = pass;
    }

    /** HanLP with the given lexicon layered over its own dictionaries ({@link Lexicon#empty()} for bare HanLP). */
    public static HanlpRecognizer create(Lexicon lexicon) {
        return on(HanlpPass.create(lexicon));
    }

    /** The engine reading an existing HanLP pass (shared with a {@code HanlpSegmenter} for one pass per sentence). */
    public static HanlpRecognizer on(HanlpPass pass) {
        return new HanlpRecognizer(pass);
    }

    public HanlpPass pass() {
        return pass;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> recognize(String sentence) {
        if (sentence.isBlank()) return new ArrayList<>();
        return mentions(pass.run(sentence, HanlpPass.Want.ENTITIES).entityWords());
    }

    /** The mentions among the entity words of a {@link HanlpPass}. */
    public static List<Mention> mentions(List<HanlpPass.Span> entityWords) {
        List<Mention> out = new ArrayList<>();
        for (HanlpPass.Span t : entityWords) {
            String type = EntityTypes.fromTag(t.tag());
            if (type != null) out.add(new Mention(t.start(), t.end(), type));
        }
        return out;
    }
}
