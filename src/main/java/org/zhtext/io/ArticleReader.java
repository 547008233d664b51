package org.zhtext.io;

import org.zhtext.core.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.zhtext.core.Article;

/**
 * Reads one input into an {@link Article}: bytes, decoding ({@link Decoder}), HTML reduced to its text
 * ({@link HtmlText}) for {@code .html}/{@code .htm}, and the size limit. Failures are {@link InputException}s
 * with a one-line message. Stateless; safe to share across threads.
 */
public final class ArticleReader {
    /** Default --max-chars: 64 million code points. */
    public static final long DEFAULT_MAX_CHARS = 64_000_000L;

    private final Charset encoding;
    private final long maxChars;
    private final byte[] stdinBytes;

    /**
     * @param encoding forced encoding or null to detect
     * @param maxChars the largest article accepted, in code points
     * @param stdinBytes stdin's bytes when stdin is an input (read once up front), else null
     */
    public ArticleReader(Charset encoding, long maxChars, byte[] stdinBytes) {
        this.encoding = encoding;
        this.maxChars = maxChars;
        this.stdinBytes = stdinBytes;
    }

    public Article read(Input in) throws InputException {
        byte[] bytes;
        if (in.isStdin()) {
            bytes = stdinBytes == null ? new byte[0] : stdinBytes;
            if (bytes.length > byteLimit(maxChars)) throw tooLarge("more than " + byteLimit(maxChars) + " bytes", maxChars);
        } else {
            bytes = readFile(in.path());
        }
        return article(in.file(), in.path(), bytes);
    }

    /**
     * An article from a file's bytes read elsewhere (the Spark job reads whole files with Spark's own sources):
     * the same size limit, decoding and HTML handling as {@link #read}.
     */
    public Article read(String file, byte[] bytes) throws InputException {
        if (bytes.length > byteLimit(maxChars)) throw tooLarge(bytes.length, maxChars);
        return article(file, null, bytes);
    }

    /**
     * An article whose text is already decoded (a table of articles): HTML reduced to its text when {@code file}
     * names an HTML page, and the size limit, as {@link #read}.
     */
    public Article fromText(String file, String text) throws InputException {
        return withText(file, null, text, "UTF-8", null);
    }

    private Article article(String file, Path path, byte[] bytes) throws InputException {
        Decoder.Decoded d = Decoder.decode(bytes, encoding);
        return withText(file, path, d.text(), d.encoding(), d.note());
    }

    private Article withText(String file, Path path, String text, String encodingName, String note) throws InputException {
        java.time.LocalDate published = null;
        if (isHtml(file)) {
            HtmlText.Page page = HtmlText.page(text);
            text = page.text();
            published = page.published();
        }
        long cps = text.codePointCount(0, text.length());
        if (cps > maxChars) throw tooLarge(cps + " characters", maxChars);
        return new Article(file, path, text, encodingName, note, published);
    }

    /** The error of a file of {@code bytes} bytes, more than an article of {@code maxChars} code points can take. */
    public static InputException tooLarge(long bytes, long maxChars) {
        return tooLarge(bytes + " bytes", maxChars);
    }

    private static InputException tooLarge(String amount, long maxChars) {
        return new InputException(Setting.MAX_CHARS, "too large: " + amount + " exceeds " + Setting.OPTION + " " + maxChars);
    }

    /** The most bytes an article of {@code maxChars} code points can take (4 per code point, and a BOM). */
    public static long byteLimit(long maxChars) {
        return maxChars * 4 + 4;
    }

    /**
     * Reads a file's bytes, refusing what is not a regular file before opening it (a FIFO or a device would
     * block or never end) and reading at most the byte bound of --max-chars (a file that grows meanwhile is
     * still refused, never read whole into memory).
     */
    private byte[] readFile(Path path) throws InputException {
        long limit = byteLimit(maxChars);
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) throw new InputException("is a directory");
            if (!attrs.isRegularFile()) throw new InputException("not a regular file (a FIFO, socket or device), skipped");
            if (attrs.size() > limit) throw tooLarge(attrs.size(), maxChars);
            try (InputStream s = Files.newInputStream(path)) {
                byte[] bytes = s.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > limit) throw tooLarge("more than " + limit + " bytes", maxChars);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputException("file vanished before it could be read");
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied");
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage());
        }
    }

    public static boolean isHtml(Input in) {
        return isHtml(in.file());
    }

    /** Whether a file name names an HTML page ({@code .html}, {@code .htm}), whose text is extracted. */
    public static boolean isHtml(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
