package org.zhtext.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits news text into sentences.
 * <ul>
 *   <li>ends a sentence after 。！？；!?; and ellipses (…… counts as one stop), and after a line break
 *       (line breaks end paragraphs);</li>
 *   <li>closing quotes and brackets 」』”’）)》 right after a stop stay with that sentence;</li>
 *   <li>a '.' ends a sentence only when followed by whitespace or the end and not between digits, so 22.92
 *       and U.S. stay whole, nor after an English title or company abbreviation (Dr. Smith, Apple Inc. 公司);</li>
 *   <li>whitespace between sentences belongs to no sentence; whitespace-only lines yield nothing.</li>
 * </ul>
 * Thread-safe. Runs in linear time. The pipeline asks for the sentences of the same text several times (the
 * figures, the tariff events, the document row, the engine): each thread keeps its last result and answers a
 * repeated call for the same {@code String} instance from it (texts up to {@value #CACHED_CHARS} chars). The lists
 * returned are unmodifiable.
 */
public final class SentenceSplitter {
    private static final SentenceSplitter INSTANCE = new SentenceSplitter();

    public static SentenceSplitter get() {
        return INSTANCE;
    }

    /** The longest text whose sentences a thread keeps. */
    static final int CACHED_CHARS = 1 << 20;
    /** Per thread: the last text split (by identity) and its sentences. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    @SuppressWarnings("unchecked")
    public List<Sentence> split(String text) {
        Object[] last = LAST.get();
        if (last[0] == text) return (List<Sentence>) last[1];
        List<Sentence> out = Collections.unmodifiableList(splitText(text));
        if (text.length() <= CACHED_CHARS) {
            last[0] = text;
            last[1] = out;
        }
        return out;
    }

    private static List<Sentence> splitText(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            // skip leading whitespace (including ideographic space and line breaks)
            while (i < n && isSpace(text.charAt(i))) i++;
            if (i >= n) break;
            int s = i;
            int e = -1;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    e = i;
                    break;
                }
                if (isStop(c) || (c == '.' && isAsciiPeriodStop(text, i))) {
                    i++;
                    // runs of stops (？！, ……, !!) and closing quotes/brackets stay with the sentence
                    while (i < n && (isStop(text.charAt(i)) || isCloser(text.charAt(i)) || text.charAt(i) == '.')) i++;
                    e = i;
                    break;
                }
                i++;
            }
            if (e < 0) e = n;
            int end = e;
            while (end > s && isSpace(text.charAt(end - 1))) end--;
            if (end > s) out.add(new Sentence(out.size(), s, end));
            i = Math.max(i, e);
        }
        return out;
    }

    /** Index of the sentence holding char index {@code charIndex}, or of the nearest sentence before it. */
    public static int sentenceAt(List<Sentence> sentences, int charIndex) {
        int lo = 0, hi = sentences.size() - 1, ans = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= charIndex) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.isEmpty() ? 0 : sentences.get(ans).index();
    }

    private static boolean isStop(char c) {
        switch (c) {
            case '。': case '！': case '？': case '；': case '!': case '?': case ';': case '…': case '｡': case '．':
                return c != '．';
            default:
                return false;
        }
    }

    private static boolean isAsciiPeriodStop(String t, int i) {
        int n = t.length();
        if (i + 1 < n && !isSpace(t.charAt(i + 1)) && !isCloser(t.charAt(i + 1))) return false;
        // an initial or abbreviation such as "U.S." or "J. Smith": a single capital before the period
        if (i > 0 && t.charAt(i - 1) >= 'A' && t.charAt(i - 1) <= 'Z' && (i == 1 || t.charAt(i - 2) == '.' || isSpace(t.charAt(i - 2)))) {
            return false;
        }
        // a title or a company's abbreviation before a name or a word: "Dr. Smith", "Apple Inc. 公司"
        int w = i;
        while (w > 0 && isAsciiLetter(t.charAt(w - 1))) w--;
        if (w < i && (w == 0 || !isAsciiLetter(t.charAt(w - 1))) && ABBREVIATIONS.contains(t.substring(w, i))) return false;
        return true;
    }

    /** English abbreviations that a period follows inside a sentence (titles, company forms, months). */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen",
            "Gov", "Sen", "Rep", "Rev", "Sr", "Jr", "St", "Mt", "Inc", "Co", "Corp", "Ltd", "Bros", "No", "vs", "Jan", "Feb",
            "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isCloser(char c) {
        switch (c) {
            case '」': case '』': case '”': case '’': case '）': case ')': case '》': case '〉': case '】': case '"': case '\'':
                return true;
            default:
                return false;
        }
    }

    private static boolean isSpace(char c) {
        return CharClasses.isTextSpace(c);
    }
}
