package org.zhtext.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        } else {
            try {
                // a rough byte bound first, so a huge file is refused before it is read into memory
                long size = Files.size(in.path());
                if (size > maxChars * 4 + 4) throw new InputException("too large: " + size + " bytes exceeds --max-chars " + maxChars);
                if (Files.isDirectory(in.path())) throw new InputException("is a directory");
                bytes = Files.readAllBytes(in.path());
            } catch (NoSuchFileException e) {
                throw new InputException("file vanished before it could be read");
            } catch (AccessDeniedException e) {
                throw new InputException("permission denied");
            } catch (IOException e) {
                throw new InputException("cannot read: " + e.getMessage());
            }
        }
        Decoder.Decoded d = Decoder.decode(bytes, encoding);
        String text = d.text();
        if (isHtml(in)) text = HtmlText.extract(text);
        long cps = text.codePointCount(0, text.length());
        if (cps > maxChars) throw new InputException("too large: " + cps + " characters exceeds --max-chars " + maxChars);
        return new Article(in.file(), in.path(), text, d.encoding());
    }

    public static boolean isHtml(Input in) {
        String name = in.file().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
