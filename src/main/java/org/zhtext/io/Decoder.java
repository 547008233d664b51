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
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of an article. With no override: a byte-order mark decides (UTF-8, UTF-16LE/BE, and the
 * mark is dropped); bytes with NUL or many control characters are binary (an error); valid UTF-8 is UTF-8;
 * a file that is UTF-8 but for a few bad sequences is reported as invalid UTF-8 (with the byte offset)
 * rather than misread as a legacy encoding; otherwise juniversalchardet chooses between GB18030 and Big5
 * (decoded strictly, the other tried second). Decoding is always strict: nothing is silently replaced.
 */
public final class Decoder {
    /** Decoded text and the name of the encoding it was read in. */
    public record Decoded(String text, String encoding) {}

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
        // Both legacy encodings decode many byte strings; decode with each and keep the more plausible text
        // (the share of common CJK characters), the detector's guess breaking ties.
        String guess = detect(b);
        Charset first = "BIG5".equals(guess) || "EUC-TW".equals(guess) ? BIG5 : GB18030;
        Charset second = first == BIG5 ? GB18030 : BIG5;
        Decoded best = null;
        double bestScore = -1;
        for (Charset cs : new Charset[] {first, second, BIG5_HKSCS}) {
            String text;
            try {
                text = strict(b, 0, cs);
            } catch (InputException e) {
                continue;
            }
            double score = plausibility(text);
            if (score > bestScore) {
                best = new Decoded(text, cs == GB18030 ? "GB18030" : "Big5");
                bestScore = score;
            }
        }
        if (best == null) {
            throw new InputException(Setting.ENCODING, "not text in UTF-8 (invalid byte sequence at byte " + bad
                    + "), GB18030 or Big5 (use " + Setting.OPTION + " to name the encoding)");
        }
        return best;
    }

    /**
     * Share of code points that are usual in Chinese news: ASCII, CJK unified ideographs of the basic block,
     * CJK and general punctuation, full-width forms. A wrong legacy decoding yields rare blocks (bopomofo,
     * extension A, private use, Hangul, symbols) instead.
     */
    static double plausibility(String text) {
        int n = 0, good = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            n++;
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2000 && c <= 0x206F)) {
                good++;
            }
        }
        return n == 0 ? 0 : (double) good / n;
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

    private static String detect(byte[] b) {
        UniversalDetector det = new UniversalDetector(null);
        det.handleData(b, 0, Math.min(b.length, 1 << 16));
        det.dataEnd();
        String s = det.getDetectedCharset();
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
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
