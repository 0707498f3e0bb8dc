package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page part of an MHTML file never decodes past {@link Ingest#MAX_HTML_BYTES}, whatever its encoding. */
class MhtmlBoundsTest {
    /** An MHTML file whose page part decodes to {@code decoded} bytes, in {@code encoding}. */
    static byte[] mhtml(String encoding, long decoded) {
        String page = "<html><body><p>Officials said 12 people were hurt.</p>";
        StringBuilder body = new StringBuilder((int) (decoded * 4 / 3 + 1024));
        String filler;
        switch (encoding) {
            case "base64" -> {
                body.append(java.util.Base64.getEncoder().encodeToString(page.getBytes(StandardCharsets.US_ASCII)));
                filler = "PHA+PC9w"; // "<p></p" in base64: 8 characters, 6 bytes
            }
            case "quoted-printable" -> {
                body.append(page);
                filler = "=3Cp=3E";
            }
            default -> {
                body.append(page);
                filler = "<p>";
            }
        }
        long perFiller = encoding.equals("base64") ? 6 : 3;
        for (long n = page.length(); n <= decoded; n += perFiller) {
            body.append(filler);
        }
        String message = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/html\r\nContent-Transfer-Encoding: " + encoding + "\r\n\r\n" + body + "\r\n--b--\r\n";
        return message.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base64", "quoted-printable", "8bit"})
    void aPartPastTheBoundIsRefused(String encoding) {
        byte[] bytes = mhtml(encoding, Ingest.MAX_HTML_BYTES + 1);
        IngestException e = assertThrows(IngestException.class, () -> MhtmlReader.htmlPart(bytes, "a.mht"));
        assertTrue(e.getMessage().startsWith("a.mht: the page inside the MHTML file decodes to more than 16 MiB "
                + "(Ingest.MAX_HTML_BYTES)"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base64", "quoted-printable", "8bit"})
    void aPartUnderTheBoundIsRead(String encoding) throws Exception {
        byte[] part = MhtmlReader.htmlPart(mhtml(encoding, 4_096), "a.mht");
        assertTrue(new String(part, StandardCharsets.ISO_8859_1).contains("Officials said 12 people were hurt."));
    }
}
