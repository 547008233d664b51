package org.zhtext.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Article;
import org.zhtext.core.Sentence;
import org.zhtext.output.Row;

/**
 * Cuts a huge article into windows of whole sentences so that each step runs on one window at a time and the
 * article's records are written window by window: memory stays bounded by the window size, not the article's.
 * A window starts at a sentence start (the splitter restarts there, so a window splits into the same sentences
 * as the whole text); a single sentence longer than the window is cut at window size (never inside a surrogate
 * pair). The records of a window are shifted back to the whole article: {@code start}/{@code end} by the
 * window's first code point, {@code sentence} by its first sentence index.
 * <p>
 * What a window edge can change (only in articles longer than {@link #DEFAULT_SIZE}, far beyond news
 * articles): figure extraction uses the whole article's reference date, but a date written without a year at
 * the start of a window is anchored on that reference date rather than on the closest dated date of an earlier
 * window, and the tariff flag does not see context across the edge. Tokens are per sentence and do not change
 * (WindowsTest checks both).
 */
public final class Windows {
    /** Articles up to this many UTF-16 chars are processed whole; longer ones in windows of about this size. */
    public static final int DEFAULT_SIZE = 1 << 18;

    /** A window: UTF-16 char range [start, end) of the article, its first code point and first sentence. */
    public record Window(int start, int end, int firstCodePoint, int firstSentence) {
        /** The window as an article of its own (same file name and encoding). */
        public Article of(Article a) {
            return new Article(a.file(), a.source(), a.text().substring(start, end), a.encoding(), null, a.published());
        }
    }

    /** The work on one window: its rows, with offsets relative to the window. */
    @FunctionalInterface
    public interface Work {
        List<Row> rows(Article window) throws Exception;
    }

    private Windows() {}

    /** Whether an article is long enough to be processed in windows of {@code size} chars. */
    public static boolean huge(Article a, int size) {
        return a.text().length() > size;
    }

    /** Windows of at most {@code size} chars covering all of {@code text}, given its sentences. */
    public static List<Window> split(String text, List<Sentence> sentences, int size) {
        List<Window> out = new ArrayList<>();
        int start = 0, first = 0;
        int[] cp = {0};
        for (int k = 0; k < sentences.size(); k++) {
            int s = sentences.get(k).start();
            int next = k + 1 < sentences.size() ? sentences.get(k + 1).start() : text.length();
            if (s > start && next - start > size) {
                close(text, start, s, first, size, cp, out);
                start = s;
                first = k;
            }
        }
        close(text, start, text.length(), first, size, cp, out);
        return out;
    }

    /** Adds the window [start, end), cut into pieces of {@code size} when it is one overlong sentence. */
    private static void close(String text, int start, int end, int sentence, int size, int[] cp, List<Window> out) {
        while (start < end) {
            int cut = Math.min(end, start + size);
            if (cut < end && cut - 1 > start && Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
            out.add(new Window(start, cut, cp[0], sentence));
            cp[0] += text.codePointCount(start, cut);
            start = cut;
        }
    }

    /** Runs {@code work} on each window and hands its shifted rows to {@code sink}, one block per window. */
    public static void forEach(Article a, List<Sentence> sentences, int size, Work work, RowBlocks.BlockSink sink) throws Exception {
        for (Window w : split(a.text(), sentences, size)) {
            List<Row> rows = work.rows(w.of(a));
            List<Row> shifted = new ArrayList<>(rows.size());
            for (Row r : rows) shifted.add(shift(r, w.firstCodePoint(), w.firstSentence()));
            sink.accept(shifted);
        }
    }

    /** A row with {@code start}/{@code end} (and a tariff's {@code figure_ids}) moved by {@code codePoints} and {@code sentence} by {@code sentences}. */
    static Row shift(Row r, int codePoints, int sentences) {
        if (codePoints == 0 && sentences == 0) return r;
        Object[] v = r.values().clone();
        List<String> cols = r.schema().columns();
        for (int i = 0; i < v.length; i++) {
            if (v[i] instanceof String ids && codePoints != 0 && cols.get(i).equals("figure_ids")) {
                StringBuilder b = new StringBuilder(); // a tariff's figures: their start offsets, ;-joined
                for (String id : ids.split(";")) b.append(b.length() == 0 ? "" : ";").append(Integer.parseInt(id) + codePoints);
                v[i] = b.toString();
                continue;
            }
            if (!(v[i] instanceof Integer n)) continue;
            String c = cols.get(i);
            if (c.equals("start") || c.equals("end")) v[i] = n + codePoints;
            else if (c.equals("sentence")) v[i] = n + sentences;
        }
        return new Row(r.schema(), v);
    }
}
