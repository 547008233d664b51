package org.zhtext.normalize;

import org.zhtext.core.CodePointTrie;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One OpenCC configuration ready to run (OpenCC's {@code ConfigBasedConverter}): the normalization chain over the
 * whole text, then overrides, segmentation and the conversion chain, with the pieces of both passes composed so
 * the offset map points into the original text. Immutable and thread-safe.
 */
final class OpenccPipeline {
    private static final Map<String, OpenccPipeline> CACHE = new ConcurrentHashMap<>();

    private final ConversionChain normalization;
    private final ConversionChain main;

    /** @param normalization the normalization chain, or null for none */
    OpenccPipeline(ConversionChain normalization, ConversionChain main) {
        this.normalization = normalization;
        this.main = main;
    }

    /** Drops the built pipelines (the dictionaries were switched). */
    static void clear() {
        CACHE.clear();
    }

    /** The pipeline of an OpenCC configuration ({@link OpenccConfig#load}), built once per process. */
    static OpenccPipeline of(String config) {
        OpenccPipeline p = CACHE.get(config);
        if (p != null) return p;
        p = OpenccConfig.load(config).pipeline();
        OpenccPipeline prev = CACHE.putIfAbsent(config, p);
        return prev == null ? p : prev;
    }

    /**
     * Converts {@code cps}, appending code points and pieces (relative to {@code cps}) to {@code out}.
     * <p>
     * An override key (from {@code overrides}, may be null) is taken where it starts outside a phrase of the
     * segmentation (or, without one, of the first stage) and no dictionary phrase starting at the same place is
     * longer; its value is written as is, the text around it is converted separately.
     */
    void convert(int[] cps, CodePointTrie overrides, ConversionChain.Workspace ws, ConversionChain.Sink out) {
        convert(cps, cps.length, overrides, ws, out);
    }

    /** {@link #convert(int[], CodePointTrie, ConversionChain.Workspace, ConversionChain.Sink)} of {@code cps[0, n)}. */
    void convert(int[] cps, int n, CodePointTrie overrides, ConversionChain.Workspace ws, ConversionChain.Sink out) {
        if (normalization == null || !touches(normalization, cps, n)) {
            convertNormalized(cps, n, overrides, ws, out);
            return;
        }
        ConversionChain.Sink norm = ws.normalized();
        normalization.convert(cps, 0, n, ws, norm);
        ConversionChain.Sink converted = ws.converted();
        convertNormalized(norm.cps, norm.n, overrides, ws, converted);
        ConversionChain.compose(norm, converted, out);
    }

    /** True when a key of the normalization or of the main chain contains {@code cp}. */
    boolean usesCodePoint(int cp) {
        return main.usesCodePoint(cp) || (normalization != null && normalization.usesCodePoint(cp));
    }

    /** The converted text, without overrides. */
    String convertText(String text) {
        ConversionChain.Sink out = new ConversionChain.Sink();
        int[] cps = text.codePoints().toArray();
        convert(cps, null, new ConversionChain.Workspace(), out);
        return new String(out.cps, 0, out.n);
    }

    private static boolean touches(ConversionChain chain, int[] cps, int n) {
        for (int i = 0; i < n; i++) {
            if (chain.startsWith(cps[i])) return true;
        }
        return false;
    }

    private void convertNormalized(int[] cps, int n, CodePointTrie overrides, ConversionChain.Workspace ws,
            ConversionChain.Sink out) {
        int runStart = 0;
        int segmented = 0; // the run is cut into phrases up to here
        for (int p = 0; overrides != null && p < n; p++) {
            if (!overrides.startsWith(cps[p])) continue;
            long m = overrides.longestMatch(cps, p, n);
            if (m < 0) continue;
            segmented = main.segmentUpTo(cps, Math.max(segmented, runStart), p, n);
            int len = (int) (m >>> 32);
            if (segmented > p || len < main.phraseLengthAt(cps, p, n)) continue;
            if (runStart < p) main.convert(cps, runStart, p, ws, out);
            out.add(overrides.value((int) m), len);
            p += len - 1;
            runStart = p + 1;
        }
        if (runStart < n) main.convert(cps, runStart, n, ws, out);
    }
}
