package org.zhtext.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void identityMapsEveryOffsetToItself() {
        OffsetMap m = OffsetMap.identity(5);
        for (int i = 0; i <= 5; i++) {
            for (int j = i; j <= 5; j++) assertArrayEquals(new int[] {i, j}, m.toOriginal(i, j));
        }
    }

    @Test
    void phraseOfAnotherLengthMapsToTheWholePhrase() {
        // original: A B C D E (5) ; normalized: A X Y Z E  where "BC"(2) -> "XYZ"(3), D dropped into it
        OffsetMap m = new OffsetMap.Builder(5).add(1, 1).add(3, 3 + 1).add(1, 1).build();
        // normalized length = 1 + 4 + 1 = 6 ; the middle segment is 3 original -> 4 normalized
        assertEquals(6, m.normalizedLength());
        assertEquals(5, m.originalLength());
        assertArrayEquals(new int[] {1, 4}, m.toOriginal(1, 5));
        assertArrayEquals(new int[] {1, 4}, m.toOriginal(2, 3), "a span inside a phrase widens to the phrase");
        assertArrayEquals(new int[] {0, 4}, m.toOriginal(0, 2));
        assertArrayEquals(new int[] {4, 5}, m.toOriginal(5, 6));
        assertArrayEquals(new int[] {5, 5}, m.toOriginal(6, 6));
    }

    @Test
    void deletionsAndInsertionsKeepOrder() {
        OffsetMap m = new OffsetMap.Builder(4).add(2, 0).add(2, 2).add(0, 1).build();
        assertEquals(3, m.normalizedLength());
        assertArrayEquals(new int[] {2, 4}, m.toOriginal(0, 2));
        assertArrayEquals(new int[] {4, 4}, m.toOriginal(2, 3));
    }

    @Test
    void outOfRangeIsAnError() {
        OffsetMap m = OffsetMap.identity(3);
        assertThrows(IndexOutOfBoundsException.class, () -> m.toOriginal(0, 4));
        assertThrows(IllegalArgumentException.class, () -> m.toOriginal(2, 1));
    }
}
