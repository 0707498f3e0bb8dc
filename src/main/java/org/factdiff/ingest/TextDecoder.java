package org.factdiff.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text the way saved articles come: a byte-order mark decides (UTF-8, UTF-16);
 * otherwise strict UTF-8, falling back to Windows-1252 (the usual encoding of old Western
 * pages and Word exports) when the bytes are not valid UTF-8.
 */
public final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; never fails, since Windows-1252 decodes any byte. */
    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8OrFallback(ByteBuffer.wrap(bytes, 3, bytes.length - 3));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        return utf8OrFallback(ByteBuffer.wrap(bytes));
    }

    /** Decodes with a charset named by the document itself, or as {@link #decode} when unknown. */
    public static String decode(byte[] bytes, String declaredCharset) {
        if (declaredCharset == null || hasBom(bytes)) {
            return decode(bytes);
        }
        Charset cs;
        try {
            cs = Charset.forName(declaredCharset.strip());
        } catch (IllegalArgumentException e) {
            return decode(bytes);
        }
        if (cs.equals(StandardCharsets.UTF_8) || cs.name().startsWith("UTF-16")) {
            // Pages that claim UTF-8 are often Windows-1252 in fact; UTF-16 without a BOM is rare.
            return decode(bytes);
        }
        if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
            // Browsers read both labels as Windows-1252 (WHATWG Encoding Standard).
            cs = WINDOWS_1252;
        }
        return new String(bytes, cs);
    }

    private static boolean hasBom(byte[] b) {
        return startsWith(b, 0xEF, 0xBB, 0xBF) || startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
    }

    private static String utf8OrFallback(ByteBuffer buffer) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer.duplicate()).toString();
        } catch (CharacterCodingException e) {
            return WINDOWS_1252.decode(buffer).toString();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
