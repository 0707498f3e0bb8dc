package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.factdiff.TestPdfs;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
    static byte[] pdf(String[] lines, String ownerPassword, String userPassword) throws IOException {
        TestPdfs.Spec spec = TestPdfs.Spec.of(lines);
        return TestPdfs.make(ownerPassword == null ? spec : spec.encrypted(ownerPassword, userPassword));
    }

    @Test
    void extractsTheText() throws Exception {
        String text = new PdfReader().read(pdf(new String[] {"Officials said 12 people were hurt.", "Schools stay closed."}, null, null), "a.pdf");
        assertTrue(text.contains("Officials said 12 people were hurt."), text);
        assertTrue(text.contains("Schools stay closed."), text);
    }

    @Test
    void passwordProtectedPdfIsAClearError() throws Exception {
        byte[] bytes = pdf(new String[] {"Secret"}, "owner", "user");
        IngestException e = assertThrows(IngestException.class, () -> new PdfReader().read(bytes, "a.pdf"));
        assertTrue(e.getMessage().startsWith("a.pdf: the PDF is encrypted with a password"), e.getMessage());
    }

    @Test
    void notAPdfIsAClearError() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0};
        IngestException e = assertThrows(IngestException.class, () -> new PdfReader().read(zip, "a.pdf"));
        assertTrue(e.getMessage().startsWith("a.pdf: not a readable PDF"), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "D:20170518192700Z | 2017-05-18T19:27Z",
        "D:20170518212700+02'00' | 2017-05-18T19:27Z",
        "D:20170518212700 | 2017-05-18T21:27",
        "D:201705182127 | 2017-05-18T21:27",
        "D:20170518 | 2017-05-18",
    })
    void aPdfDateWithoutZoneStaysLocal(String raw, String expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, PdfReader.pdfDate(raw).orElseThrow().toString());
    }
}
