package org.zhtext.core;

/**
 * The result of converting an original text: the converted text, the map from its code point offsets
 * back to the original, and how many original code points were changed.
 */
public record Conversion(String original, String text, OffsetMap map, int changedChars) {
    public boolean changed() {
        return changedChars > 0;
    }

    /** Original text of the normalized code point span [normStart, normEnd). */
    public int[] toOriginal(int normStart, int normEnd) {
        return map.toOriginal(normStart, normEnd);
    }
}
