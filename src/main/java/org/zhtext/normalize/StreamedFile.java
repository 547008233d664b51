package org.zhtext.normalize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.zhtext.core.Script;
import org.zhtext.io.CodePointReader;
import org.zhtext.io.Decoder;
import org.zhtext.io.InputException;

/**
 * A UTF-8 file converted as a stream, so memory is bounded by a block (about {@value #BLOCK} code points), not
 * by the file: a first pass decodes and validates it and counts what the conversion depends on (the
 * traditional variant for simplified, the script when asked for), a second decodes it again and converts it
 * block by block, cut where {@link ChineseConverter#blockEnd} allows, so the output is byte for byte that of
 * converting the whole text. Files that are not plain UTF-8 ({@link #open} answers null) are read whole as
 * before.
 */
public final class StreamedFile {
    /** Code points read per block (a block grows only when a line is longer, with no other place to cut). */
    static final int BLOCK = 1 << 16;

    /** Receives converted blocks in order. */
    @FunctionalInterface
    public interface BlockSink {
        void accept(String text) throws IOException;
    }

    private final Path path;
    private final ChineseConverter converter;
    private final ChineseConverter.Detector detector;
    private final long chars;

    private StreamedFile(Path path, ChineseConverter converter, ChineseConverter.Detector detector, long chars) {
        this.path = path;
        this.converter = converter;
        this.detector = detector;
        this.chars = chars;
    }

    /**
     * The first pass over a file: null when it is not plain UTF-8 text (a UTF-16 byte-order mark, binary, an
     * invalid sequence) or has more than {@code maxChars} code points, which the caller then reads whole (with
     * the usual errors); {@code script}: also detect the script.
     */
    public static StreamedFile open(Path path, ChineseConverter converter, boolean script, long maxChars) throws IOException {
        ChineseConverter.Detector d = converter.detector(script);
        boolean detect = script || converter.needsDetection();
        long[] count = {0};
        try {
            forEachBlock(path, converter, (cps, n) -> {
                count[0] += n;
                if (count[0] > maxChars) throw new InputException("too large");
                if (detect) d.add(cps, 0, n);
            });
        } catch (InputException e) {
            return null;
        }
        return new StreamedFile(path, converter, d, count[0]);
    }

    /** Code points of the file. */
    public long chars() {
        return chars;
    }

    /** The script of the file (when {@link #open} was asked to detect it). */
    public Script script() {
        return detector.script();
    }

    /** The second pass: converts the file block by block, handing each block's text to {@code sink}. */
    public void convert(BlockSink sink) throws IOException, InputException {
        convert(sink, false);
    }

    /**
     * The second pass, with {@code countChanged}: returns the number of code points that changed
     * ({@link org.zhtext.core.Conversion#changedChars} of the whole text), else 0.
     */
    public long convert(BlockSink sink, boolean countChanged) throws IOException, InputException {
        ChineseConverter.Blocks blocks = detector.blocks(countChanged);
        long[] changed = {0};
        forEachBlock(path, converter, (cps, n) -> {
            int m = blocks.convert(cps, n);
            if (countChanged) changed[0] += blocks.changedChars();
            sink.accept(new String(blocks.output(), 0, m));
        });
        return changed[0];
    }

    private interface Handler {
        void block(int[] cps, int n) throws IOException, InputException;
    }

    /** Decodes the file and hands it over in blocks cut by {@link ChineseConverter#blockEnd}. */
    private static void forEachBlock(Path path, ChineseConverter converter, Handler h) throws IOException, InputException {
        try (InputStream raw = Files.newInputStream(path)) {
            byte[] head = raw.readNBytes(1 << 20);
            if (!Decoder.utf8Candidate(head)) throw new InputException("not plain UTF-8");
            try (CodePointReader r = new CodePointReader(new SequenceInputStream(new ByteArrayInputStream(head), raw))) {
                int[] cps = new int[BLOCK];
                int n = 0;
                while (true) {
                    int got = r.read(cps, n);
                    if (got < 0) break;
                    n += got;
                    if (n < cps.length) continue;
                    int end = converter.blockEnd(cps, 0, n);
                    if (end == 0) {
                        cps = Arrays.copyOf(cps, cps.length * 2); // one long line: read on to a place to cut
                        continue;
                    }
                    h.block(cps, end);
                    System.arraycopy(cps, end, cps, 0, n - end);
                    n -= end;
                }
                if (n > 0) h.block(cps, n);
            }
        }
    }
}
