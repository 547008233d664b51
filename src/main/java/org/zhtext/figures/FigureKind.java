package org.zhtext.figures;

import java.util.Locale;

/**
 * The kinds of figure, in the order the CLI lists them, with the name used in records and options
 * ({@code percent}, {@code money}, …). Each kind has its recognizer in this package
 * ({@link PercentRecognizer}, {@link MoneyRecognizer}, {@link QuantityRecognizer}, {@link DurationRecognizer},
 * {@link DateRecognizer}).
 */
public enum FigureKind {
    PERCENT("percent"),
    MONEY("money"),
    QUANTITY("quantity"),
    DURATION("duration"),
    DATE("date");

    private static final FigureKind[] ALL = values();

    private final String id;

    FigureKind(String id) {
        this.id = id;
    }

    /** The name written in the {@code kind} column and accepted by {@link #of}. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    /** The kind named {@code name} (case and surrounding spaces ignored), or null when there is none. */
    public static FigureKind of(String name) {
        String t = name.strip().toLowerCase(Locale.ROOT);
        for (FigureKind k : ALL) if (k.id.equals(t)) return k;
        return null;
    }

    /** The names of all kinds, comma separated, in order ({@code percent, money, …}). */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (FigureKind k : ALL) b.append(b.length() == 0 ? "" : ", ").append(k.id);
        return b.toString();
    }
}
