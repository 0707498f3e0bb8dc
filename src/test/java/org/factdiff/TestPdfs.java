package org.factdiff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Small PDFs made for tests: lines of text, optionally encrypted, scripted or described. */
public final class TestPdfs {
    private TestPdfs() {
    }

    /** A builder-style description of the PDF to make. */
    public record Spec(String[] lines, String ownerPassword, String userPassword, boolean javascript, String title,
                       String author, Calendar created) {
        public static Spec of(String... lines) {
            return new Spec(lines, null, null, false, null, null, null);
        }

        public Spec encrypted(String owner, String user) {
            return new Spec(lines, owner, user, javascript, title, author, created);
        }

        public Spec scripted() {
            return new Spec(lines, ownerPassword, userPassword, true, title, author, created);
        }

        public Spec described(String t, String a, Calendar c) {
            return new Spec(lines, ownerPassword, userPassword, javascript, t, a, c);
        }
    }

    /** {@code pdf} with XMP metadata (Dublin Core title and creator, XMP creation date) and no document information. */
    public static byte[] withXmp(byte[] pdf, String title, String author, Calendar created) throws Exception {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var xmp = org.apache.xmpbox.XMPMetadata.createXMPMetadata();
            var dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator(author);
            xmp.createAndAddXMPBasicSchema().setCreateDate(created);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new org.apache.xmpbox.xml.XmpSerializer().serialize(xmp, bytes, true);
            var stream = new org.apache.pdfbox.pdmodel.common.PDMetadata(doc);
            stream.importXMPMetadata(bytes.toByteArray());
            doc.getDocumentCatalog().setMetadata(stream);
            doc.setDocumentInformation(new org.apache.pdfbox.pdmodel.PDDocumentInformation());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] make(Spec spec) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                for (String line : spec.lines()) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            if (spec.javascript()) {
                doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('pwned');"));
            }
            if (spec.title() != null) {
                doc.getDocumentInformation().setTitle(spec.title());
                doc.getDocumentInformation().setAuthor(spec.author());
                doc.getDocumentInformation().setCreationDate(spec.created());
            }
            if (spec.ownerPassword() != null) {
                StandardProtectionPolicy p = new StandardProtectionPolicy(spec.ownerPassword(), spec.userPassword(),
                        new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
