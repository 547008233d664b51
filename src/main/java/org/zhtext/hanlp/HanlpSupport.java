package org.zhtext.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.utility.Predefine;
import java.util.logging.Level;
import org.zhtext.core.Lexicon;

/**
 * What zhtext's two HanLP engines (segmenter and recognizer) share: HanLP's logging switch and the user
 * lexicon as a private in-memory trie (never HanLP's CustomDictionary files, which HanLP caches in stale
 * {@code .bin} files: a changed lexicon takes effect on the next run).
 */
public final class HanlpSupport {
    private HanlpSupport() {}

    /** HanLP's java.util.logging output: off, or warnings on stderr when {@code verbose}. HanLP never writes to stdout. */
    public static void quietLogging(boolean verbose) {
        HanLP.Config.enableDebug(false);
        Predefine.logger.setLevel(verbose ? Level.WARNING : Level.OFF);
    }

    /**
     * The core dictionary index of a vertex that stands for a core dictionary word as itself (built from a
     * dictionary match, its word its own text: not a class word such as {@code 未##数}, nor merged or recognized),
     * so that the index names the text; -1 otherwise. Per-word caches are indexed by it: whatever HanLP derives
     * from such a vertex's text is the same for every vertex with that index.
     */
    static int coreWordIndex(Vertex v) {
        int id = v.wordID;
        return id > 0 && v.word == v.realWord && id < CoreDictionary.trie.size() ? id : -1;
    }

    /** The lexicon's entries as HanLP attributes ({@code nz} when an entry names no POS). */
    public static BinTrie<CoreDictionary.Attribute> lexiconTrie(Lexicon lexicon) {
        BinTrie<CoreDictionary.Attribute> trie = new BinTrie<>();
        for (Lexicon.Entry e : lexicon.entries().values()) {
            CoreDictionary.Attribute a = CoreDictionary.Attribute.create((e.pos() == null ? "nz" : e.pos()) + " " + e.frequency());
            if (a != null) trie.put(e.word(), a);
        }
        return trie;
    }
}
