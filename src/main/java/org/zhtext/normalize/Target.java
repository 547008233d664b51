package org.zhtext.normalize;

import java.util.Locale;

/** The script a text is converted to. */
public enum Target {
    /** Mainland simplified Chinese (from any traditional variant: OpenCC standard, Taiwan, Hong Kong). */
    SIMPLIFIED("simplified", "s", "zh-hans"),
    /** OpenCC standard traditional Chinese (the forms of the Kangxi dictionary, e.g. 爲, 衆). */
    TRADITIONAL("traditional", "t", "zh-hant"),
    /** Traditional Chinese with Taiwan's standard character forms (為, 眾, 裡). */
    TW("tw", "zh-tw"),
    /** Traditional Chinese with Hong Kong's character forms (為, 衞, 啓). */
    HK("hk", "zh-hk");

    private final String label;
    private final String[] aliases;

    Target(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** The canonical lower-case name ({@code simplified}, {@code traditional}, {@code tw}, {@code hk}). */
    public String label() {
        return label;
    }

    /**
     * Parses a target name: simplified|traditional|tw|hk or the aliases s, t, zh-hans, zh-hant, zh-tw, zh-hk
     * (case-insensitive, {@code _} accepted for {@code -}).
     *
     * @throws IllegalArgumentException naming the valid names when {@code name} is none of them
     */
    public static Target parse(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Target t : values()) {
                if (t.label.equals(n)) return t;
                for (String a : t.aliases) {
                    if (a.equals(n)) return t;
                }
            }
        }
        throw new IllegalArgumentException("unknown target '" + name + "': expected one of " + validNames());
    }

    /** The accepted names, for messages and help: {@code simplified|traditional|tw|hk (aliases: ...)}. */
    public static String validNames() {
        StringBuilder main = new StringBuilder();
        StringBuilder alias = new StringBuilder();
        for (Target t : values()) {
            if (main.length() > 0) main.append('|');
            main.append(t.label);
            for (String a : t.aliases) {
                if (alias.length() > 0) alias.append(", ");
                alias.append(a);
            }
        }
        return main + " (aliases: " + alias + ")";
    }
}
