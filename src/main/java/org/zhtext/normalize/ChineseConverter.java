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

    /** The shared converter to simplified Chinese without regional phrases (what the analysis engines read). */
    public static ChineseConverter simplified() {
        return get(Target.SIMPLIFIED, false);
    }

    /** Number of override entries loaded from {@code models/conversion/overrides.txt} (0 when the file is absent). */
    public static int overridesLoaded() {
        return overrides().loaded();
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
        ConversionChain.Sink out = new ConversionChain.Sink();
        OpenccPipeline.of(config).convert(cps, overrideTrie, new ConversionChain.Workspace(), out);
        return result(original, cps, out);
    }

    /** The converted text only. */
    public String convertText(String original) {
        return convert(original).text();
    }

    private static Conversion result(String original, int[] cps, ConversionChain.Sink out) {
        OffsetMap.Builder map = new OffsetMap.Builder(out.n);
        int changed = 0;
        int o = 0, q = 0;
        for (int i = 0; i < out.np; i++) {
            int inLen = out.pieces[2 * i], outLen = out.pieces[2 * i + 1];
            map.add(inLen, outLen);
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
