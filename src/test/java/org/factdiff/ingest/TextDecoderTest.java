package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Café “quoted” – Łódź";

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(TEXT, TextDecoder.decode(plain));
        assertEquals(TEXT, TextDecoder.decode(bom));
    }

    @Test
    void utf16WithBom() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16))); // BE with BOM
        byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertEquals(TEXT, TextDecoder.decode(withBom));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        String western = "Café “quoted” – déjà";
        byte[] cp1252 = western.getBytes(Charset.forName("windows-1252"));
        assertEquals(western, TextDecoder.decode(cp1252));
    }

    @Test
    void declaredLatin1IsReadAsWindows1252LikeBrowsersDo() {
        byte[] bytes = "“smart”".getBytes(Charset.forName("windows-1252"));
        assertEquals("“smart”", TextDecoder.decode(bytes, "iso-8859-1"));
        assertEquals("“smart”", TextDecoder.decode(bytes, "no-such-charset"));
    }
}
