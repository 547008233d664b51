package org.zhtext.io;

import org.zhtext.core.Setting;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of an article. With no override: a byte-order mark decides (UTF-8, UTF-16LE/BE, and the
 * mark is dropped); bytes with NUL or many control characters are binary (an error); valid UTF-8 is UTF-8;
 * a file that is UTF-8 but for a few bad sequences is reported as invalid UTF-8 (with the byte offset)
 * rather than misread as a legacy encoding; otherwise the bytes are decoded as GB18030 and as Big5 and the
 * decoding whose characters are the more frequent in Chinese wins (a short text that both read plausibly is
 * flagged {@linkplain Decoded#ambiguous() ambiguous}). Decoding is always strict: nothing is silently replaced.
 */
public final class Decoder {
    /**
     * Decoded text and the name of the encoding it was read in. {@code alternative} is null when the choice is
     * sure; else the other legacy encoding that decodes the bytes too, with text nearly as plausible (a short
     * file: see {@link #note}). {@code margin} is how far the chosen legacy decoding scored above the other
     * ({@link Decoder#frequencyScore}); infinite when no other decoding was in question.
     */
    public record Decoded(String text, String encoding, String alternative, double margin) {
        public Decoded(String text, String encoding) {
            this(text, encoding, null, Double.POSITIVE_INFINITY);
        }

        /** True when another encoding reads the bytes about as plausibly: the choice is a guess. */
        public boolean ambiguous() {
            return alternative != null;
        }

        /**
         * The one-line note for an ambiguous choice (null when sure), naming the setting as {@link Setting#OPTION}
         * for the front end to word ({@link Setting#ENCODING}).
         */
        public String note() {
            return alternative == null ? null : "short or ambiguous legacy text: read as " + encoding + " (" + alternative
                    + " also decodes it; use " + Setting.OPTION + " to override)";
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.isSupported("x-windows-950") ? Charset.forName("x-windows-950") : Charset.forName("Big5");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");

    private Decoder() {}

    public static Decoded decode(byte[] b, Charset override) throws InputException {
        int n = b.length;
        if (override != null) {
            int skip = 0;
            if (override.equals(StandardCharsets.UTF_8) && hasUtf8Bom(b)) skip = 3;
            return new Decoded(strict(b, skip, override), override.name());
        }
        if (hasUtf8Bom(b)) return new Decoded(utf8(b, 3), "UTF-8-BOM");
        if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        checkNotBinary(b);
        int bad = firstInvalidUtf8(b);
        if (bad < 0) return new Decoded(new String(b, StandardCharsets.UTF_8), "UTF-8");
        if (mostlyUtf8(b)) throw new InputException(Setting.ENCODING, "invalid UTF-8 byte sequence at byte " + bad + " (use " + Setting.OPTION + " to force another encoding)");
        return legacy(b, bad);
    }

    /**
     * Bytes that are not UTF-8: decoded strictly as GB18030 and as Big5 (x-windows-950, else Big5-HKSCS). When
     * only one decodes, it is the one. When both do, the one whose characters are the more frequent in Chinese
     * text wins ({@link #frequencyScore}, over at most {@value #SCORED_CHARS} characters of each); when its lead
     * is below {@link #AMBIGUOUS_MARGIN} the result is {@linkplain Decoded#ambiguous() ambiguous} and names the
     * other encoding.
     */
    private static Decoded legacy(byte[] b, int bad) throws InputException {
        String gb = strictOrNull(b, GB18030);
        String big5 = strictOrNull(b, BIG5);
        if (big5 == null) big5 = strictOrNull(b, BIG5_HKSCS);
        if (gb == null && big5 == null) {
            throw new InputException(Setting.ENCODING, "not text in UTF-8 (invalid byte sequence at byte " + bad
                    + "), GB18030 or Big5 (use " + Setting.OPTION + " to name the encoding)");
        }
        if (big5 == null) return new Decoded(gb, "GB18030");
        if (gb == null) return new Decoded(big5, "Big5");
        double g = frequencyScore(gb), t = frequencyScore(big5);
        // a tie goes to GB18030, the more common of the two
        boolean big5Wins = t > g;
        // the lead of one mean over the other, weighed by how many characters the means are over (a mean of
        // one or two characters says little): the lead times the square root of the characters scored
        int n = Math.min(scoredChars(gb), scoredChars(big5));
        double margin = Math.abs(t - g) * Math.sqrt(n);
        String alternative = margin < AMBIGUOUS_MARGIN ? (big5Wins ? "GB18030" : "Big5") : null;
        return big5Wins ? new Decoded(big5, "Big5", alternative, margin) : new Decoded(gb, "GB18030", alternative, margin);
    }

    /**
     * How much like Chinese text a decoding reads: the mean, over its first {@value #SCORED_CHARS} non-ASCII code
     * points, of {@code ln(1 + count)} for an ideograph ({@code count} from {@code char-frequencies.txt}: HanLP's
     * core dictionary, traditional forms weighed as their simplified ones, 0 when absent),
     * {@value #PUNCTUATION_SCORE} for CJK, general and full-width punctuation, {@value #OTHER_SCORE} for
     * anything else (bopomofo, kana, Hangul, private use, symbols: what a wrong decoding yields). ASCII reads the
     * same in both encodings and is skipped; a text of ASCII only scores 0.
     */
    public static double frequencyScore(String text) {
        float[] logCounts = CharFrequencies.LOG_COUNTS;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < text.length() && n < SCORED_CHARS; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) continue;
            n++;
            if (c < 0x10000 && logCounts[c] > 0) sum += logCounts[c];
            else if (Character.isIdeographic(c)) sum += 0;
            else if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F) || c == 0xB7) sum += PUNCTUATION_SCORE;
            else sum += OTHER_SCORE;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The number of code points {@link #frequencyScore} averages over. */
    static int scoredChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < SCORED_CHARS; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80) n++;
        }
        return n;
    }

    /** Code points scored per decoding: enough to tell the encodings apart, and a bound on the work. */
    static final int SCORED_CHARS = 2000;
    /** Score of a punctuation mark (about that of a character of middling frequency). */
    static final double PUNCTUATION_SCORE = 5.0;
    /** Score of a code point that is neither an ideograph nor punctuation. */
    static final double OTHER_SCORE = -2.0;
    /**
     * The lead in {@link #frequencyScore} below which both legacy decodings count as plausible (measured on
     * short snippets: docs/RELIABILITY.md, "Decoding short legacy files").
     */
    public static final double AMBIGUOUS_MARGIN = 5.0;

    /** ln(1 + count) per BMP code point, read once from {@code char-frequencies.txt}. */
    private static final class CharFrequencies {
        static final float[] LOG_COUNTS = load();

        private static float[] load() {
            float[] t = new float[0x10000];
            try (var in = Decoder.class.getResourceAsStream("char-frequencies.txt")) {
                if (in == null) throw new IllegalStateException("char-frequencies.txt missing from the classpath");
                var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isEmpty() || line.charAt(0) == '#') continue;
                    int tab = line.indexOf('\t');
                    t[line.charAt(0)] = (float) Math.log1p(Long.parseLong(line.substring(tab + 1)));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return t;
        }
    }

    private static String strictOrNull(byte[] b, Charset cs) {
        try {
            return strict(b, 0, cs);
        } catch (InputException e) {
            return null;
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static String utf8(byte[] b, int skip) throws InputException {
        int bad = firstInvalidUtf8(b, skip);
        if (bad >= 0) throw new InputException("invalid UTF-8 byte sequence at byte " + bad);
        return new String(b, skip, b.length - skip, StandardCharsets.UTF_8);
    }

    /**
     * Whether a file starting with {@code head} (its first MB, or all of it) is read as UTF-8 by {@link #decode}
     * provided all its bytes are valid UTF-8: no UTF-16 byte-order mark and not binary. (Streaming readers decode
     * such files with {@link CodePointReader} and leave every other file to {@link #decode}.)
     */
    public static boolean utf8Candidate(byte[] head) {
        int n = head.length;
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) return false;
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) return false;
        try {
            checkNotBinary(head);
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    private static void checkNotBinary(byte[] b) throws InputException {
        int controls = 0;
        int limit = Math.min(b.length, 1 << 20);
        for (int i = 0; i < limit; i++) {
            int c = b[i] & 0xff;
            if (c == 0) throw new InputException("binary file (contains NUL bytes), not text");
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0b && c != 0x1b) controls++;
        }
        if (controls > 8 && controls * 100 > limit) throw new InputException("binary file (control bytes), not text");
    }

    /** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
    static int firstInvalidUtf8(byte[] b) {
        return firstInvalidUtf8(b, 0);
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            break;
        }
        out.clear();
        CoderResult r = d.flush(out);
        return r.isError() ? in.position() : -1;
    }

    /** True when most multi-byte sequences are well-formed UTF-8 (a UTF-8 file with a few corrupt bytes). */
    private static boolean mostlyUtf8(byte[] b) {
        int good = 0, bad = 0;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) ok = (b[i + k] & 0xC0) == 0x80;
            if (ok) {
                good++;
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return good >= 8 && bad * 20 < good;
    }

    /**
     * Decodes strictly; the error names the byte offset of the first bad sequence (for UTF-16, an unpaired
     * surrogate: Java strings could carry one, but no record offset or output encoding could).
     */
    private static String strict(byte[] b, int skip, Charset cs) throws InputException {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
        CharBuffer out = CharBuffer.allocate(b.length - skip + 16); // no supported encoding yields more chars than bytes
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) r = d.flush(out);
        if (r.isError()) {
            boolean utf16 = cs.name().startsWith("UTF-16");
            throw new InputException(Setting.ENCODING, "not valid " + cs.name() + " text: " + (utf16 ? "unpaired surrogate or odd byte count" : "invalid byte sequence")
                    + " at byte " + in.position() + (utf16 ? "" : " (use " + Setting.OPTION + " to name the encoding)"));
        }
        return out.flip().toString();
    }
}
