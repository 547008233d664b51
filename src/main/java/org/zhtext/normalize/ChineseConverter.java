package org.zhtext.normalize;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhtext.core.Conversion;
import org.zhtext.core.OffsetMap;

/**
 * Converts Chinese text between scripts with OpenCC's algorithm and dictionaries (as packed in OpenCC4j), keeping
 * an exact map from every converted code point back to the original.
 * <p>
 * The chains mirror OpenCC's configurations:
 * <ul>
 *   <li>{@link Target#SIMPLIFIED}: Taiwan and Hong Kong variants back to OpenCC standard traditional
 *       (HKVariantsRevPhrases, then TWVariantsRev and HKVariantsRev), then TSPhrases and TSCharacters, so
 *       standard, Taiwan and Hong Kong traditional text all come out simplified (t2s, tw2s, hk2s). With
 *       {@code phrases}, Taiwan phrases are also replaced by mainland ones (tw2sp: 滑鼠 -> 鼠标, 開啟 -> 打开);
 *       without, they are kept (開啟 -> 开启).</li>
 *   <li>{@link Target#TRADITIONAL}: STPhrases and STCharacters (s2t).</li>
 *   <li>{@link Target#TW}: s2t then TWVariants (s2tw); with {@code phrases}, Taiwan phrases first (s2twp).</li>
 *   <li>{@link Target#HK}: s2t then HKVariants (s2hk). OpenCC4j has no Hong Kong phrase table, so
 *       {@code phrases} changes nothing here.</li>
 * </ul>
 * Before the dictionaries, the entries of {@code models/conversion/overrides.txt} are applied (see
 * {@link Overrides}): an override key is taken where it starts outside a phrase of the segmentation dictionary
 * and no dictionary phrase starting at the same place is longer (so {@code 乾 -> 干} leaves {@code 乾隆} alone).
 * <p>
 * Instances are built once per (target, phrases) by {@link #get}, immutable and safe to share across threads.
 */
public final class ChineseConverter {
    private static final Map<String, ChineseConverter> CACHE = new ConcurrentHashMap<>();
    private static volatile Overrides overrides;

    private final Target target;
    private final boolean phrases;
    private final ConversionChain chain;
    private final CodePointTrie overrideTrie;

    private ChineseConverter(Target target, boolean phrases, Overrides ov) {
        this.target = target;
        this.phrases = phrases;
        this.chain = chainFor(target, phrases);
        CodePointTrie t = ov.forTarget(target);
        this.overrideTrie = t.size() == 0 ? null : t;
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

    private static ConversionChain chainFor(Target target, boolean phrases) {
        CodePointTrie stP = OpenccData.trie("STPhrases");
        CodePointTrie stC = OpenccData.trie("STCharacters");
        return switch (target) {
            case SIMPLIFIED -> {
                CodePointTrie tsP = OpenccData.trie("TSPhrases");
                CodePointTrie[] rev = phrases
                        ? new CodePointTrie[] {OpenccData.trie("TWPhrasesRev"), OpenccData.trie("HKVariantsRevPhrases"),
                            OpenccData.trie("TraditionalVariantsRev")}
                        : new CodePointTrie[] {OpenccData.trie("HKVariantsRevPhrases"), OpenccData.trie("TraditionalVariantsRev")};
                yield new ConversionChain(tsP, rev, new CodePointTrie[] {tsP, OpenccData.trie("TSCharacters")});
            }
            case TRADITIONAL -> new ConversionChain(stP, new CodePointTrie[] {stP, stC});
            case TW -> new ConversionChain(stP,
                    phrases ? new CodePointTrie[] {OpenccData.trie("TWPhrases"), stP, stC} : new CodePointTrie[] {stP, stC},
                    new CodePointTrie[] {OpenccData.trie("TWVariants")});
            case HK -> new ConversionChain(stP, new CodePointTrie[] {stP, stC},
                    new CodePointTrie[] {OpenccData.trie("HKVariants")});
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
        int n = cps.length;
        ConversionChain.Sink out = new ConversionChain.Sink();
        ConversionChain.Workspace ws = new ConversionChain.Workspace();
        int runStart = 0;
        int segmented = 0; // the run is cut into segmentation phrases up to here
        for (int p = 0; overrideTrie != null && p < n; p++) {
            if (!overrideTrie.startsWith(cps[p])) continue;
            long m = overrideTrie.longestMatch(cps, p, n);
            if (m < 0) continue;
            segmented = chain.segmentUpTo(cps, Math.max(segmented, runStart), p, n);
            int len = (int) (m >>> 32);
            if (segmented > p || len < chain.phraseLengthAt(cps, p, n)) continue;
            if (runStart < p) chain.convert(cps, runStart, p, ws, out);
            out.add(overrideTrie.value((int) m), len);
            p += len - 1;
            runStart = p + 1;
        }
        if (runStart < n) chain.convert(cps, runStart, n, ws, out);
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
