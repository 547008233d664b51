package org.zhtext.core;

/** The script a document is written in, measured on the characters whose forms differ between scripts. */
public enum Script {
    SIMPLIFIED, TRADITIONAL, MIXED, NONE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
