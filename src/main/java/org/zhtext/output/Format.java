package org.zhtext.output;

import java.util.Locale;

/** Output formats. Not every command offers every format (CoNLL-U and text are per command). */
public enum Format {
    JSONL, JSON, CSV, TSV, TEXT, CONLLU;

    /** The formats of flat records. */
    public static final java.util.Set<Format> RECORDS = java.util.EnumSet.of(JSONL, JSON, CSV, TSV);

    public static Format parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (jsonl, json, csv, tsv, text, conllu)");
        }
    }

    public String extension() {
        return this == CONLLU ? "conllu" : this == TEXT ? "txt" : name().toLowerCase(Locale.ROOT);
    }
}
