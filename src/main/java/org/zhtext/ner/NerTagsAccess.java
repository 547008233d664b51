package org.zhtext.ner;

import java.util.List;
import org.zhtext.engine.Mention;

/** Public access to the tag decoding, for evaluation tools. */
public final class NerTagsAccess {
    private NerTagsAccess() {}

    /** The mentions of a BIOES tag sequence ({@link NerCorpus.Sentence#tags()}). */
    public static List<Mention> mentions(int[] tags) {
        return NerTags.mentions(tags);
    }
}
