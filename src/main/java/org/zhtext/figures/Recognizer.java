package org.zhtext.figures;

/**
 * The rules of one figure kind over one text. The {@link FigureScanner} reads each number once and asks the
 * recognizers, in a fixed order (dates first, then percent, money, duration, quantity), whether what follows
 * makes a figure of their kind; a few kinds also start at a word without a leading number (百分之二十, 今年,
 * 第三季度, 半小时): the scanner's anchors. One instance per text, like the scanner; not thread-safe.
 */
interface Recognizer {
    /** The kind of figure this recognizer reads. */
    FigureKind kind();

    /**
     * At an anchor character {@code i} that may start a figure of this kind without a leading number:
     * records the figure (through the scanner) and returns the index to resume at (> i), or -1 when none
     * starts there. The anchor characters are listed in the recognizer's {@code ANCHORS}.
     */
    default int atAnchor(int i) {
        return -1;
    }

    /**
     * The figure led by the number the scanner just read at [i, e) ({@link FigureScanner#num}), where
     * {@code k} is e after the spaces that may follow it; null when the text after the number is not of this
     * kind. The figure is not recorded yet: for amounts the scanner then adds a range, a sign, a per-unit and
     * qualifiers; a date comes back complete (with its own range).
     */
    default RawFigure afterNumber(int i, int e, int k) {
        return null;
    }
}
