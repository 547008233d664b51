package org.zhtext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {
    private static final String SIMP = "美方宣布对中国商品加征20%关税，双方同意将休战期延长90天。商务部发言人表示，出口下降15.5%。";
    private static final String TRAD = "行政院經貿談判辦公室表示，美方對台灣商品暫時課徵20%的對等關稅，高於日本與韓國的15%。據統計，去年台灣對美出口達1,114億美元。";

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] plain = SIMP.getBytes(StandardCharsets.UTF_8);
        assertEquals(SIMP, Decoder.decode(plain, null).text());
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        Decoder.Decoded d = Decoder.decode(bom, null);
        assertEquals(SIMP, d.text(), "the BOM is not part of the text");
        assertEquals("UTF-8-BOM", d.encoding());
    }

    @Test
    void utf16WithBom() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TRAD.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TRAD.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(TRAD, Decoder.decode(le, null).text());
        assertEquals(TRAD, Decoder.decode(be, null).text());
    }

    @Test
    void legacyEncodingsAreDetected() throws Exception {
        Decoder.Decoded gb = Decoder.decode(SIMP.getBytes(Charset.forName("GB18030")), null);
        assertEquals(SIMP, gb.text());
        assertEquals("GB18030", gb.encoding());
        Decoder.Decoded big5 = Decoder.decode(TRAD.getBytes(Charset.forName("Big5")), null);
        assertEquals(TRAD, big5.text());
        assertEquals("Big5", big5.encoding());
    }

    @Test
    void binaryIsAnError() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        InputException e = assertThrows(InputException.class, () -> Decoder.decode(png, null));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void corruptUtf8IsReportedWithItsOffset() {
        byte[] good = SIMP.getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(concat(good, new byte[] {(byte) 0xC3, (byte) 0x28}), good);
        InputException e = assertThrows(InputException.class, () -> Decoder.decode(bad, null));
        assertTrue(e.getMessage().contains("invalid UTF-8") && e.getMessage().contains("byte " + good.length), e.getMessage());
    }

    @Test
    void overrideForcesTheEncoding() throws Exception {
        byte[] b = SIMP.getBytes(Charset.forName("GBK"));
        assertEquals(SIMP, Decoder.decode(b, Charset.forName("GBK")).text());
        assertThrows(InputException.class, () -> Decoder.decode(b, StandardCharsets.UTF_8));
    }

    @Test
    void emptyInputIsEmptyText() throws Exception {
        assertEquals("", Decoder.decode(new byte[0], null).text());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(a);
        o.writeBytes(b);
        return o.toByteArray();
    }
}
