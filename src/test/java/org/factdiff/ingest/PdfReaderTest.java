package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
    static byte[] pdf(String[] lines, String ownerPassword, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            if (ownerPassword != null) {
                StandardProtectionPolicy p = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
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
}
