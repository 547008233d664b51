package org.zhtext.figures;

import java.math.BigDecimal;

/**
 * The recipe of docs/ARCHITECTURE.md ("Adding a figure kind"), done once: a recognizer is this class plus one
 * registration ({@link #register}, the run-time form of a line in {@code FigureScanner.RECOGNIZERS}). It reads a
 * made-up word, 咕咚 (traditional the same), as one of a unit named after it: a {@link FigureKind#QUANTITY} of 1
 * 咕咚. It is of an existing kind because {@link FigureKind} is an enum (a new kind is one constant there).
 * Checked by {@link org.zhtext.cli.PluginFigureTest}.
 */
public final class GudongRecognizer implements Recognizer {
    /** The characters the scanner asks it at. */
    static final String ANCHORS = "咕";
    private static final String WORD = "咕咚";

    private final FigureScanner scanner;

    GudongRecognizer(FigureScanner scanner) {
        this.scanner = scanner;
    }

    /** Registers it after zhtext's recognizers, until the handle is closed. */
    public static AutoCloseable register() {
        return FigureScanner.register(ANCHORS, false, GudongRecognizer::new);
    }

    @Override
    public FigureKind kind() {
        return FigureKind.QUANTITY;
    }

    @Override
    public int atAnchor(int i) {
        if (!scanner.s.startsWith(WORD, i)) return -1;
        RawFigure r = new RawFigure(FigureKind.QUANTITY, i, i + WORD.length());
        r.value = BigDecimal.ONE;
        r.unit = WORD;
        scanner.out.add(r);
        return r.end;
    }
}
