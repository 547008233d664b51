package org.zhtext.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Random strings mixing ASCII, controls, CJK, U+2028, astral pairs and lone surrogates. */
    private static String random(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(8)) {
                case 0 -> sb.append((char) r.nextInt(0x20));
                case 1 -> sb.append((char) (0x20 + r.nextInt(0x60)));
                case 2 -> sb.append((char) (0x4E00 + r.nextInt(0x5000)));
                case 3 -> sb.append((char) (0x80 + r.nextInt(0x780)));
                case 4 -> sb.append(r.nextBoolean() ? '\u2028' : '"');
                case 5 -> sb.appendCodePoint(0x20000 + r.nextInt(0x1000));
                case 6 -> sb.append((char) (0xD800 + r.nextInt(0x800)));
                default -> sb.append('\\');
            }
        }
        return sb.toString();
    }

    @Test
    void textIsWhatJavasEncoderWrites() {
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String s = random(r, r.nextInt(40));
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), new Utf8Buffer(1).text(s).toByteArray(), s);
        }
    }

    @Test
    void jsonStringsParseBackToTheSameText() throws Exception {
        Random r = new Random(11);
        for (int i = 0; i < 2000; i++) {
            String s = random(r, r.nextInt(40));
            byte[] json = new Utf8Buffer(1).jsonString(s).toByteArray();
            String back = JSON.readValue(json, String.class);
            assertEquals(s, back, "round trip of " + new String(json, StandardCharsets.UTF_8));
        }
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\\u2028\\ud800\"",
                new String(new Utf8Buffer(1).jsonString("a\"b\\c\n\u0001\u2028\ud800").toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void integersAreDecimal() {
        for (int n : new int[] {0, 7, 10, 99, 100, -1, -10, 123456789, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertEquals(Integer.toString(n), new String(new Utf8Buffer(1).integer(n).toByteArray(), StandardCharsets.US_ASCII));
        }
    }
}
