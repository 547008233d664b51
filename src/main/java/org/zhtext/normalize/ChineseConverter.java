package org.zhtext.normalize;

import org.zhtext.core.CodePointTrie;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhtext.core.Conversion;
import org.zhtext.core.OffsetMap;

/**
 * Converts Chinese text between scripts with OpenCC 1.4.2's configurations and dictionaries (vendored in
 * {@code models/conversion/opencc/}, see {@link OpenccConfig}), keeping an exact map from every converted code
 * point back to the original.
 * <ul>
 *   <li>{@link Target#SIMPLIFIED}: per text, OpenCC's t2s, tw2s or hk2s, by the variant the text is written in
 *       ({@link TraditionalVariant}); with {@code phrases}, tw2sp or hk2sp, which also replace regional phrases
 *       by mainland ones (滑鼠 -> 鼠标, 開啟 -> 打开); without, they are kept (開啟 -> 开启).</li>
 *   <li>{@link Target#TRADITIONAL}: s2t.</li>
 *   <li>{@link Target#TW}: s2tw; with {@code phrases}, s2twp (软件 -> 軟體).</li>
 *   <li>{@link Target#HK}: s2hk; with {@code phrases}, s2hkp.</li>
 * </ul>
 * Before the dictionaries, the entries of {@code models/conversion/overrides.txt} are applied (see
 * {@link Overrides} and {@link OpenccPipeline#convert}).
 * <p>
 * Instances are built once per (target, phrases) by {@link #get}, each loading only the dictionaries its
 * configurations name (a configuration is built on first use), immutable and safe to share across threads.
 */
public final class ChineseConverter {
    private static final Map<String, ChineseConverter> CACHE = new ConcurrentHashMap<>();
    private static volatile Overrides overrides;

    private final Target target;
    private final boolean phrases;
    private final CodePointTrie overrideTrie;

    private ChineseConverter(Target target, boolean phrases, Overrides ov) {
        this.target = target;
        this.phrases = phrases;
        CodePointTrie t = ov.forTarget(target);
        this.overrideTrie = t.size() == 0 ? null : t;
        if (target != Target.SIMPLIFIED) OpenccPipeline.of(config(target, phrases)); // fail early on missing data
    }

    /** The shared converter for a target; {@code phrases} adds regional phrase conversion (OpenCC's *p configs). */
    public static ChineseConverter get(Target target, boolean phrases) {
        String key = target.name() + phrases;
        ChineseConverter c = CACHE.get(key);
        if (c != null) return c;
        return CACHE.computeIfAbsent(key, k -> new ChineseConverter(target, phrases, overrides()));
    }

    /** Which dictionaries convert: OpenCC 1.4.2's, vendored (the default), or OpenCC4j's older ones (for comparison). */
    public enum Dictionaries { OPENCC, OPENCC4J }

    /**
     * Chooses the dictionaries for the converters of this process (a run's {@code --converter}); a change drops the
     * cached converters. OpenCC4j's are used only when chosen here, never in place of missing OpenCC data.
     */
    public static synchronized void use(Dictionaries d) {
        boolean opencc4j = d == Dictionaries.OPENCC4J;
        if (opencc4j == OpenccData.opencc4j()) return;
        OpenccData.useOpencc4j(opencc4j);
        OpenccPipeline.clear();
        CACHE.clear();
    }

    /** Null when the chosen dictionaries are available; else the one-line setup error (the OpenCC data is missing). */
    public static String missingData() {
        return OpenccData.opencc4j() || OpenccData.present() ? null : OpenccData.MISSING;
    }

    /** The shared converter to simplified Chinese without regional phrases (what the analysis engines read). */
    public static ChineseConverter simplified() {
        return get(Target.SIMPLIFIED, false);
    }

    /** Number of override entries loaded from {@code models/conversion/overrides.txt} (0 when the file is absent). */
    public static int overridesLoaded() {
        return overrides().loaded();
    }

    /**
     * Where the conversion dictionaries come from, for {@code --verbose}: the dictionaries built at build time
     * ({@link OpenccBinary}), or the text dictionaries parsed at start-up, and why (the same output either way).
     */
    public static String dictionarySource() {
        return OpenccData.vendored() ? OpenccBinary.status() : "OpenCC4j's older dictionaries (chosen for comparison)";
    }

    /** One message per malformed line of the override file (skipped lines), for {@code --verbose}. */
    public static List<String> overrideProblems() {
        return overrides().rejected();
    }

    /** Drops the cached converters and overrides, so the next {@link #get} re-reads the override file. */
    public static synchronized void reload() {
        overrides = null;
        CACHE.clear();
    }

    private static Overrides overrides() {
        Overrides o = overrides;
        if (o == null) {
            synchronized (ChineseConverter.class) {
                o = overrides;
                if (o == null) {
                    o = Overrides.load();
                    overrides = o;
                }
            }
        }
        return o;
    }

    /** The OpenCC configuration of a target other than simplified. */
    private static String config(Target target, boolean phrases) {
        return switch (target) {
            case SIMPLIFIED -> throw new IllegalArgumentException("simplified picks its configuration per text");
            case TRADITIONAL -> "s2t";
            case TW -> phrases ? "s2twp" : "s2tw";
            case HK -> phrases ? "s2hkp" : "s2hk";
        };
    }

    public Target target() {
        return target;
    }

    public boolean phrases() {
        return phrases;
    }

    /** Number of override entries that apply to this converter's target. */
    public int overrideCount() {
        return overrideTrie == null ? 0 : overrideTrie.size();
    }

    /**
     * Converts a text. The result holds the converted text, an {@link OffsetMap} from its code points to the
     * original's (a one-to-one replacement keeps per-character precision, a phrase of another length maps as a
     * whole), and the number of original code points that changed.
     */
    public Conversion convert(String original) {
        int[] cps = codePoints(original);
        String config = target == Target.SIMPLIFIED
                ? TraditionalVariant.detect(cps).config(phrases) : config(target, phrases);
        Scratch z = SCRATCH.get();
        z.out.reset();
        OpenccPipeline.of(config).convert(cps, overrideTrie, z.ws, z.out);
        Conversion c = result(original, cps, z.out);
        if (z.out.cps.length > Scratch.KEEP) SCRATCH.remove(); // a huge text's buffers are not kept
        return c;
    }

    /**
     * The buffers of {@link #convert(String)}, per thread, reused from text to text ({@link #result} copies what
     * it keeps); dropped after a text longer than {@link #KEEP} code points.
     */
    private static final class Scratch {
        static final int KEEP = 1 << 20;
        final ConversionChain.Workspace ws = new ConversionChain.Workspace();
        final ConversionChain.Sink out = new ConversionChain.Sink();
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Code points a block may end with, when no key of a dictionary this converter may use contains them: line
     * ends first, then sentence and clause punctuation and the space (for texts without line breaks).
     */
    private static final int[] CUT_CANDIDATES = {'\n', '\r', 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF0C, 0x3001, ' '};
    private volatile int[] cuts;

    /**
     * Where a text read in blocks may be cut: the end of the longest prefix of {@code cps[from, to)} that ends
     * with a code point no dictionary key, override or regional phrase of this converter contains (and with no
     * ideographic description sequence open), or {@code from} when there is none. Converting the blocks one by
     * one ({@link Blocks}) then gives the text and pieces of converting the whole text, shifted.
     */
    public int blockEnd(int[] cps, int from, int to) {
        int[] safe = cuts();
        for (int i = to - 1; i >= from; i--) {
            int cp = cps[i];
            boolean cut = false;
            for (int c : safe) {
                if (c == cp) {
                    cut = true;
                    break;
                }
            }
            if (cut && !idsBefore(cps, Math.max(from, i - ConversionChain.IDS_SPAN), i)) return i + 1;
        }
        return from;
    }

    private static boolean idsBefore(int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            if (ConversionChain.idsOperator(cps[i])) return true;
        }
        return false;
    }

    private int[] cuts() {
        int[] c = cuts;
        if (c == null) {
            List<OpenccPipeline> pipelines = new java.util.ArrayList<>();
            if (target == Target.SIMPLIFIED) {
                for (TraditionalVariant v : TraditionalVariant.values()) pipelines.add(OpenccPipeline.of(v.config(phrases)));
            } else {
                pipelines.add(OpenccPipeline.of(config(target, phrases)));
            }
            java.util.stream.IntStream.Builder ok = java.util.stream.IntStream.builder();
            for (int cp : CUT_CANDIDATES) {
                boolean used = overrideTrie != null && overrideTrie.usesCodePoint(cp);
                used |= target == Target.SIMPLIFIED && TraditionalVariant.usesCodePoint(cp);
                for (OpenccPipeline p : pipelines) used |= p.usesCodePoint(cp);
                if (!used) ok.add(cp);
            }
            c = ok.build().toArray();
            cuts = c;
        }
        return c;
    }

    /** What a text read in blocks shows before its conversion: its script and, for simplified, its variant. */
    public final class Detector {
        private final TraditionalVariant.Counts variant = target == Target.SIMPLIFIED ? new TraditionalVariant.Counts() : null;
        private final ScriptDetector script;
        private final int[] evidence = new int[2];

        private Detector(boolean script) {
            this.script = script ? ScriptDetector.get() : null;
        }

        /** Adds a block, cut by {@link #blockEnd}. */
        public void add(int[] cps, int from, int to) {
            if (variant != null) variant.add(cps, from, to);
            if (script != null) script.addEvidence(cps, from, to, evidence);
        }

        /** The script of the text added so far (when asked for at creation). */
        public org.zhtext.core.Script script() {
            if (script == null) throw new IllegalStateException("script detection was not asked for");
            return ScriptDetector.script(evidence);
        }

        /** A converter for the blocks of this text (one per thread), text only. */
        public Blocks blocks() {
            return blocks(false);
        }

        /** A converter for the blocks of this text; {@code countChanged}: also count the changed code points. */
        public Blocks blocks(boolean countChanged) {
            String config = variant != null ? variant.variant().config(phrases) : config(target, phrases);
            return new Blocks(OpenccPipeline.of(config), overrideTrie, countChanged);
        }
    }

    /**
     * A detector for a text read in blocks: add every block, then convert them with {@link Detector#blocks}.
     * The variant is only needed for simplified, the script ({@code script}) only when asked for.
     */
    public Detector detector(boolean script) {
        return new Detector(script);
    }

    /** True when the conversion depends on the whole text (simplified: the variant), so blocks are read twice. */
    public boolean needsDetection() {
        return target == Target.SIMPLIFIED;
    }

    /**
     * Converts the blocks of one text, text only (no offsets), reusing its buffers: not thread-safe. The
     * concatenated output is the conversion of the whole text when the blocks were cut by {@link #blockEnd}.
     */
    public static final class Blocks {
        private final OpenccPipeline pipeline;
        private final CodePointTrie overrides;
        private final boolean countChanged;
        private final ConversionChain.Workspace ws;
        private final ConversionChain.Sink out;
        private int changed;

        private Blocks(OpenccPipeline pipeline, CodePointTrie overrides, boolean countChanged) {
            this.pipeline = pipeline;
            this.overrides = overrides;
            this.countChanged = countChanged;
            ws = new ConversionChain.Workspace(countChanged);
            out = new ConversionChain.Sink(countChanged);
        }

        /** Converts {@code cps[0, n)}; the result is {@link #output()}{@code [0, }the returned length{@code )}. */
        public int convert(int[] cps, int n) {
            out.reset();
            pipeline.convert(cps, n, overrides, ws, out);
            if (countChanged) changed = changed(cps, out);
            return out.n;
        }

        /** The code points of the last conversion (valid until the next). */
        public int[] output() {
            return out.cps;
        }

        /** Code points of the last block that changed (when counting was asked for), as {@link Conversion#changedChars}. */
        public int changedChars() {
            if (!countChanged) throw new IllegalStateException("counting changes was not asked for");
            return changed;
        }
    }

    /** Original code points that changed: those of a replaced piece of another length, or that differ in place. */
    private static int changed(int[] cps, ConversionChain.Sink out) {
        int changed = 0;
        int o = 0, q = 0;
        for (int i = 0; i < out.np; i++) {
            int inLen = out.pieces[2 * i], outLen = out.pieces[2 * i + 1];
            if (inLen == outLen) {
                for (int k = 0; k < inLen; k++) {
                    if (cps[o + k] != out.cps[q + k]) changed++;
                }
            } else {
                changed += inLen;
            }
            o += inLen;
            q += outLen;
        }
        return changed;
    }

    /** The converted text only. */
    public String convertText(String original) {
        return convert(original).text();
    }

    private static Conversion result(String original, int[] cps, ConversionChain.Sink out) {
        OffsetMap.Builder map = new OffsetMap.Builder(out.n);
        for (int i = 0; i < out.np; i++) map.add(out.pieces[2 * i], out.pieces[2 * i + 1]);
        int changed = changed(cps, out);
        String text = changed == 0 && out.n == cps.length ? original : new String(out.cps, 0, out.n);
        return new Conversion(original, text, map.build(), changed);
    }

    static int[] codePoints(String s) {
        int[] cps = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cps[n++] = Character.toCodePoint(c, s.charAt(i + 1));
                i += 2;
            } else {
                cps[n++] = c;
                i++;
            }
        }
        return n == cps.length ? cps : java.util.Arrays.copyOf(cps, n);
    }
}
