package org.zhtext.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.zhtext.core.CharClasses;
import org.zhtext.core.Sentence;
import org.zhtext.core.SentenceSplitter;
import org.zhtext.pipeline.Windows;

/**
 * Fuzzes the sentence splitter and the windows built on it (huge articles). Sentences: numbered 0.., in
 * order, non-overlapping, non-empty, within the text, neither starting nor ending with whitespace, and every
 * non-whitespace character of the text lies in one. Windows (of a size the fuzzer picks): they tile the text,
 * none is longer than the size, none cuts a surrogate pair, and each starts at a sentence start unless it continues an
 * overlong sentence cut at the size.
 */
class SentenceSplitterFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void split(byte[] data) {
        String text = FuzzText.text(data);
        List<Sentence> sentences = SentenceSplitter.get().split(text);
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index(), "sentence numbering");
            assertTrue(previousEnd <= s.start() && s.start() < s.end() && s.end() <= text.length(), "sentence " + s + " out of order or bounds");
            assertFalse(space(text.charAt(s.start())), "sentence starts with whitespace: " + s);
            assertFalse(space(text.charAt(s.end() - 1)), "sentence ends with whitespace: " + s);
            for (int k = s.start(); k < s.end(); k++) covered[k] = true;
            previousEnd = s.end();
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!covered[k]) assertTrue(space(c), "char " + k + " (U+" + Integer.toHexString(c) + ") in no sentence");
        }
        int size = 2 + (data.length == 0 ? 0 : (data[data.length - 1] & 0x3f));
        checkWindows(text, sentences, size);
    }

    /** The splitter's whitespace: spaces, tabs, line ends, ideographic and no-break space, BOM. */
    private static boolean space(char c) {
        return CharClasses.isTextSpace(c);
    }

    private static void checkWindows(String text, List<Sentence> sentences, int size) {
        int expected = 0, codePoints = 0, previousLength = 0;
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        for (Sentence s : sentences) starts.add(s.start());
        for (Windows.Window w : Windows.split(text, sentences, size)) {
            assertEquals(expected, w.start(), "windows do not tile the text");
            assertTrue(w.end() > w.start() && w.end() - w.start() <= size, "window " + w + " empty or longer than " + size);
            assertEquals(codePoints, w.firstCodePoint(), "first code point of " + w);
            if (w.end() < text.length()) {
                assertFalse(Character.isHighSurrogate(text.charAt(w.end() - 1)) && Character.isLowSurrogate(text.charAt(w.end())),
                        "window " + w + " cuts a surrogate pair");
            }
            boolean atSentence = starts.contains(w.start()) || w.start() == 0;
            assertTrue(atSentence || previousLength >= size - 1, "window " + w + " starts inside a sentence but is no cut");
            previousLength = w.end() - w.start();
            codePoints += text.codePointCount(w.start(), w.end());
            expected = w.end();
        }
        assertEquals(text.length(), expected, "windows stop short");
    }
}
