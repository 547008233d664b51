package org.zhtext.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.zhtext.core.CodePointTrie;
import org.zhtext.core.Models;

/**
 * The part of speech of the words at an entity's edges, from a dictionary table ({@code models/entities/word-classes.txt},
 * generated from HanLP's core dictionary: each word's most frequent part of speech, see its header). Engine-independent:
 * the rules check a span's first and last words whatever engine proposed it. The first word at a position is the
 * longest table word there (议会, not 会; 中国, not 中), so a class is that of a whole word. Two tries (one over
 * reversed words for the last word before a position); lookups allocate nothing. Immutable and thread-safe.
 */
final class WordClasses {
    /** Classes: common noun, verb, adjective, adverb, pronoun, preposition, conjunction, particle, measure, numeral, localizer, time. */
    static final char NOUN = 'n', VERB = 'v', ADJECTIVE = 'a', ADVERB = 'd', PRONOUN = 'r', PREPOSITION = 'p',
            CONJUNCTION = 'c', PARTICLE = 'u', MEASURE = 'q', NUMERAL = 'm', LOCALIZER = 'f', TIME = 't', NONE = 0,
            PERSON_NAME = 'P', PLACE_NAME = 'L', ORGANIZATION_NAME = 'O', PROPER_NOUN = 'N';

    static final String FILE = "entities/word-classes.txt";
    private static volatile WordClasses shared;

    private final CodePointTrie forward;
    private final CodePointTrie backward;

    private WordClasses(Map<String, String> classes) {
        Map<String, String> reversed = new HashMap<>();
        for (Map.Entry<String, String> e : classes.entrySet()) {
            reversed.put(new StringBuilder(e.getKey()).reverse().toString(), e.getValue());
        }
        this.forward = CodePointTrie.of(classes);
        this.backward = CodePointTrie.of(reversed);
    }

    /** The table of the models folder, read once per process. */
    static WordClasses get() {
        WordClasses w = shared;
        if (w == null) {
            synchronized (WordClasses.class) {
                w = shared;
                if (w == null) shared = w = new WordClasses(read(FILE));
            }
        }
        return w;
    }

    /** A table of the given words and classes (tests). */
    static WordClasses of(Map<String, String> classes) {
        return new WordClasses(classes);
    }

    /** {@code word class} lines of a data file as a map. */
    static Map<String, String> read(String relative) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(relative)) {
            int sp = line.indexOf(' ');
            if (sp > 0) out.put(line.substring(0, sp), line.substring(sp + 1).strip());
        }
        return out;
    }

    /** The lines of a data file of the models folder, without comments and blank lines. */
    static java.util.List<String> lines(String relative) {
        try (InputStream in = Models.open(relative)) {
            if (in == null) throw new IllegalStateException("zhtext data file missing: models/" + relative);
            java.util.List<String> out = new java.util.ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (!line.isBlank() && line.charAt(0) != '#') out.add(line.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first word at {@code i} (before {@code to}): {@code (length << 32) | class}, or -1 when no table word starts there. */
    long wordAt(CharSequence s, int i, int to) {
        long m = forward.longestMatch(s, i, to);
        return m < 0 ? -1 : (m & 0xFFFFFFFF00000000L) | forward.value((int) m)[0];
    }

    /** The last word ending at {@code end} (from {@code floor}): {@code (length << 32) | class}, or -1. */
    long wordBefore(CharSequence s, int end, int floor) {
        long m = backward.longestMatchBackward(s, end, floor);
        return m < 0 ? -1 : (m & 0xFFFFFFFF00000000L) | backward.value((int) m)[0];
    }

    static int length(long word) {
        return (int) (word >>> 32);
    }

    static char wordClass(long word) {
        return word < 0 ? NONE : (char) word;
    }

    /**
     * A class that no name begins or ends with: function words (prepositions, conjunctions, particles), pronouns,
     * adverbs, verbs, measure words and numerals.
     */
    static boolean isNonName(char c) {
        return c == PREPOSITION || c == CONJUNCTION || c == PARTICLE || c == PRONOUN || c == ADVERB || c == VERB
                || c == MEASURE || c == NUMERAL;
    }

    /** Function words, pronouns and adverbs: what never starts a name even as a single character (都, 和, 对, 他). */
    static boolean isFunction(char c) {
        return c == PREPOSITION || c == CONJUNCTION || c == PARTICLE || c == PRONOUN || c == ADVERB;
    }
}
