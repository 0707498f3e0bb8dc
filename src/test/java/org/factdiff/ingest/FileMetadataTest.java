package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.factdiff.TestFiles;
import org.factdiff.TestPdfs;
import org.factdiff.casefile.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata from PDFs and MHTML files, and how it meets the case file's values. */
class FileMetadataTest {
    @TempDir
    Path dir;

    static final String PAGE = "<html lang=\"en\"><head><title>Bridge falls | Daily Example</title>"
            + "<meta property=\"og:site_name\" content=\"Daily Example\">"
            + "<meta property=\"article:published_time\" content=\"2024-03-05T08:30:00Z\">"
            + "<meta name=\"author\" content=\"Ana Lima\"></head><body><article><h1>Bridge falls</h1>"
            + "<p>The old bridge over the river collapsed on Monday evening, officials said, and rescuers searched the water.</p>"
            + "</article></body></html>";

    static byte[] pdf() throws Exception {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(2024, Calendar.MARCH, 6, 9, 0, 0);
        return TestPdfs.make(TestPdfs.Spec.of("The old bridge over the river collapsed on Monday evening.")
                .described("Bridge report", "City Press Office", c));
    }

    @Test
    void pdfDocumentInformation() throws Exception {
        Metadata m = new PdfReader().found(pdf(), "The old bridge over the river collapsed.");
        assertEquals("Bridge report", m.title().value().orElseThrow());
        assertEquals("PDF document information", m.title().source());
        assertEquals("City Press Office", m.author().value().orElseThrow());
        assertEquals("2024-03-06T09:00Z", m.published().value().orElseThrow().toString());
        assertEquals("PDF creation date", m.published().source());
    }

    @Test
    void aPagePrintedFromABrowserWasNotPublishedWhenItWasPrinted() throws Exception {
        byte[] printed;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf())) {
            doc.getDocumentInformation().setProducer("Skia/PDF m120");
            doc.getDocumentInformation().setCreator("Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            printed = out.toByteArray();
        }
        Metadata none = new PdfReader().found(printed, "The old bridge over the river collapsed.");
        assertEquals("unknown", none.published().provenance(), "the printing date is no publication date");
        Metadata dated = new PdfReader().found(printed, "Bridge falls\nTue, 5 Mar 2024 19:27 UTC\n"
                + "The old bridge over the river collapsed on Monday evening, officials said.");
        assertEquals("2024-03-05T19:27Z", dated.published().value().orElseThrow().toString());
        assertEquals("dateline in the text", dated.published().source());
        // Made by the publisher (no browser or driver named), the date line still comes first.
        Metadata publisher = new PdfReader().found(pdf(), "Bridge falls\nTue, 5 Mar 2024 19:27 UTC\n"
                + "The old bridge over the river collapsed on Monday evening, officials said.");
        assertEquals("dateline in the text", publisher.published().source());
    }

    @Test
    void publicationDateMetaTagsAndTimeTitles() throws Exception {
        String meta = "<html><head><meta property=\"article:publicationdate\" content=\"2017-05-18T19:27:00Z\">"
                + "</head><body><p>The convoy was struck near the border crossing on Thursday, officials said.</p></body></html>";
        assertEquals("2017-05-18T19:27Z", new HtmlReader().found(meta.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "The convoy was struck.").published().value().orElseThrow().toString());
        String time = "<html><head></head><body><p>Posted <time title=\"2017-05-19T08:00:00+02:00\">yesterday</time></p>"
                + "<p>The convoy was struck near the border crossing on Thursday, officials said.</p></body></html>";
        assertEquals("2017-05-19T08:00+02:00", new HtmlReader().found(time.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "The convoy was struck.").published().value().orElseThrow().toString());
    }

    @Test
    void pdfXmpMetadataWhenTheDocumentInformationIsEmpty() throws Exception {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(2024, Calendar.MARCH, 7, 10, 15, 0);
        byte[] bare = TestPdfs.make(TestPdfs.Spec.of("The old bridge over the river collapsed on Monday evening."));
        Metadata m = new PdfReader().found(TestPdfs.withXmp(bare, "Bridge report (XMP)", "Ana Lima", c),
                "The old bridge over the river collapsed.");
        assertEquals("Bridge report (XMP)", m.title().value().orElseThrow());
        assertEquals("PDF XMP metadata", m.title().source());
        assertEquals("Ana Lima", m.author().value().orElseThrow());
        assertEquals("2024-03-07T10:15Z", m.published().value().orElseThrow().toString());
        assertEquals("PDF XMP creation date", m.published().source());
        // The same PDF without any metadata states nothing.
        Metadata none = new PdfReader().found(bare, "The old bridge over the river collapsed.");
        assertEquals("unknown", none.title().provenance());
        assertEquals("unknown", none.published().provenance());
    }

    @Test
    void aCaseFileValueThePageStatesTooKeepsBothOrigins() throws Exception {
        Files.writeString(dir.resolve("a.html"), PAGE, StandardCharsets.UTF_8);
        TestFiles.write(dir.resolve("case.yaml"), "title: t\narticles:\n"
                + "  - {id: a, file: a.html, outlet: Daily Example, published: 2024-03-05T08:30Z, author: Someone Else}\n");
        Article a = new Ingest().read(CaseFile.load(dir.resolve("case.yaml"))).get(0);
        assertEquals("case file, matching page: <meta og:site_name>", a.metadata().outlet().source());
        assertEquals("case file, matching page: <meta article:published_time>", a.metadata().published().source());
        assertEquals("Someone Else", a.author().orElseThrow());
        assertEquals(Metadata.CASE_FILE, a.metadata().author().source());
    }

    @Test
    void mhtmlQuotedPrintableAndBase64() throws Exception {
        String qp = PAGE.replace("=", "=3D").replace("Bridge falls", "Bridge=\r\n falls");
        String mhtml = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                + "\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n"
                + "------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + qp + "\r\n------MultipartBoundary--abc--\r\n";
        MhtmlReader r = new MhtmlReader();
        String text = new TextCleaner(List.of()).clean(r.read(mhtml.getBytes(StandardCharsets.ISO_8859_1), "p.mhtml"));
        assertTrue(text.contains("The old bridge over the river collapsed"), text);
        assertEquals("Daily Example", r.found(mhtml.getBytes(StandardCharsets.ISO_8859_1), text).outlet().value().orElseThrow());
        String b64 = "Content-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(PAGE.getBytes(StandardCharsets.UTF_8))
                + "\r\n--B--\r\n";
        assertTrue(new MhtmlReader().read(b64.getBytes(StandardCharsets.ISO_8859_1), "b.mht").contains("rescuers searched"));
    }

    @Test
    void theCaseFileWinsAndThePageFillsTheRest() throws Exception {
        Files.writeString(dir.resolve("a.html"), PAGE, StandardCharsets.UTF_8);
        TestFiles.write(dir.resolve("case.yaml"), "title: t\narticles:\n  - {id: a, file: a.html, outlet: Example Daily}\n");
        Article a = new Ingest().read(CaseFile.load(dir.resolve("case.yaml"))).get(0);
        assertEquals("Example Daily", a.outlet().orElseThrow());
        assertEquals(Metadata.CASE_FILE, a.metadata().outlet().source());
        assertEquals("2024-03-05T08:30Z", a.published().orElseThrow().toString());
        assertEquals("page: <meta article:published_time>", a.metadata().published().source());
        assertEquals("Ana Lima", a.author().orElseThrow());
        assertEquals("unknown", a.metadata().url().provenance());
    }
}
