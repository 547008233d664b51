package org.zhtext.segment;

import java.util.Locale;
import java.util.Map;

/**
 * Maps engine part-of-speech tags to Universal Dependencies UPOS: HanLP's extended PKU tagset ({@code pku})
 * and the Penn Chinese Treebank tagset ({@code ctb}, CoreNLP), following the conventions of UD Chinese GSD
 * (classifiers are NOUN, 了/着/过 and 是 are AUX, localizers are ADP). Unknown tags map to {@code X}.
 */
public final class Tagsets {
    /** The UD tagset name, as chosen with {@code --tagset ud}. */
    public static final String UD = "ud";

    private static final Map<String, String> CTB = Map.ofEntries(
            Map.entry("AD", "ADV"), Map.entry("AS", "AUX"), Map.entry("BA", "ADP"), Map.entry("CC", "CCONJ"),
            Map.entry("CD", "NUM"), Map.entry("CS", "SCONJ"), Map.entry("DEC", "PART"), Map.entry("DEG", "PART"),
            Map.entry("DER", "PART"), Map.entry("DEV", "PART"), Map.entry("DT", "DET"), Map.entry("ETC", "PART"),
            Map.entry("FW", "X"), Map.entry("IJ", "INTJ"), Map.entry("JJ", "ADJ"), Map.entry("LB", "AUX"),
            Map.entry("LC", "ADP"), Map.entry("M", "NOUN"), Map.entry("MSP", "PART"), Map.entry("NN", "NOUN"),
            Map.entry("NR", "PROPN"), Map.entry("NT", "NOUN"), Map.entry("OD", "NUM"), Map.entry("ON", "INTJ"),
            Map.entry("P", "ADP"), Map.entry("PN", "PRON"), Map.entry("PU", "PUNCT"), Map.entry("SB", "AUX"),
            Map.entry("SP", "PART"), Map.entry("URL", "X"), Map.entry("VA", "ADJ"), Map.entry("VC", "AUX"),
            Map.entry("VE", "VERB"), Map.entry("VV", "VERB"), Map.entry("X", "X"), Map.entry("EM", "SYM"),
            Map.entry("IC", "X"), Map.entry("NOI", "X"));

    private Tagsets() {}

    /** UPOS of {@code tag} in {@code tagset} ({@code pku}, {@code ctb}; {@code ud} returns the tag itself). */
    public static String toUpos(String tagset, String tag) {
        if (tag == null || tag.isEmpty()) return "X";
        switch (tagset.toLowerCase(Locale.ROOT)) {
            case "pku":
                return fromPku(tag);
            case "ctb":
                return CTB.getOrDefault(tag.toUpperCase(Locale.ROOT), "X");
            case UD:
                return tag;
            default:
                throw new IllegalArgumentException("unknown tagset: " + tagset);
        }
    }

    /** UPOS of a HanLP/PKU (ICTCLAS-style) tag: the first letter is the class, the rest refine it. */
    public static String fromPku(String tag) {
        switch (tag) {
            case "vshi": return "AUX";       // 是
            case "ule": case "uguo": case "uzhe": return "AUX";
            case "vn": case "an": return "NOUN";
            case "ad": return "ADV";
            case "nx": return "X";
            case "mq": return "NUM";
            default: break;
        }
        switch (tag.charAt(0)) {
            case 'n':
                return tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") ? "PROPN" : "NOUN";
            case 't': case 's': case 'q': case 'g': return "NOUN";
            case 'f': return "ADP";
            case 'v': case 'i': return "VERB";
            case 'l': return "NOUN";
            case 'a': case 'b': case 'z': return "ADJ";
            case 'd': return "ADV";
            case 'm': return "NUM";
            case 'r': return tag.startsWith("rz") ? "DET" : "PRON";
            case 'p': return "ADP";
            case 'c': return "CCONJ";
            case 'u': case 'y': case 'h': case 'k': return "PART";
            case 'e': case 'o': return "INTJ";
            case 'w': return "PUNCT";
            default: return "X";
        }
    }
}
