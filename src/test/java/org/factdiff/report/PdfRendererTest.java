package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdiff.base.Sha256;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
    private static byte[] examplePdf() throws Exception {
        return ReportFixtures.render(TestFiles.exampleCase(), EnumSet.of(OutputFormat.PDF)).get("report.pdf");
    }

    @Test
    void metadataAndDatesComeFromTheCase() throws Exception {
        try (PDDocument doc = Loader.loadPDF(examplePdf())) {
            var info = doc.getDocumentInformation();
            assertEquals("Fact-check report: US-led coalition strike near At Tanf", info.getTitle());
            assertTrue(info.getAuthor().startsWith("factdiff "));
            assertTrue(info.getSubject().contains("5 articles"));
            var created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertEquals(2017, created.get(java.util.Calendar.YEAR));
            assertEquals(4, created.get(java.util.Calendar.MONTH));
            assertEquals(20, created.get(java.util.Calendar.DAY_OF_MONTH));
            assertEquals(0, created.get(java.util.Calendar.HOUR_OF_DAY));
        }
    }

    @Test
    void documentIdIsDerivedFromTheInputs() throws Exception {
        byte[] seed = PdfRenderer.idSeed(List.of("a", "b"));
        PdfRenderer.Info info = new PdfRenderer.Info("t", "a", "s", "k", "p", java.util.Optional.empty(), seed);
        byte[] pdf = new PdfRenderer().render(minimalXhtml("Hello"), info);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSArray id = (COSArray) doc.getDocument().getTrailer().getDictionaryObject(COSName.ID);
            byte[] expected = Arrays.copyOf(Sha256.digest(seed), 16);
            assertArrayEquals(expected, ((COSString) id.getObject(0)).getBytes());
            assertArrayEquals(expected, ((COSString) id.getObject(1)).getBytes());
            assertEquals(null, doc.getDocumentInformation().getCreationDate());
        }
    }

    @Test
    void fontsAreEmbeddedSubsets() throws Exception {
        try (PDDocument doc = Loader.loadPDF(examplePdf())) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(n);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    names.add(font.getName());
                }
            }
            assertFalse(names.isEmpty());
            for (String name : names) {
                assertTrue(name.matches("[A-Z]{6}\\+DejaVu.*"), "subset DejaVu font expected, got " + name);
            }
        }
    }

    @Test
    void bookmarksPageNumbersAndRunningTitle() throws Exception {
        try (PDDocument doc = Loader.loadPDF(examplePdf())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertTrue(titles.containsAll(List.of("Sources", "Reproducibility")), titles.toString());
            assertFalse(titles.contains("Articles"), "the full texts are in the PDF only with --full-text: " + titles);
            int pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            assertTrue(first.contains("Page 1 of " + pages), first);
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(doc);
            assertTrue(last.contains("US-led coalition strike near At Tanf"), "running title on the last page");
            assertTrue(last.contains("Page " + pages + " of " + pages));
        }
    }

    @Test
    void unicodeNamesRenderAsText() throws Exception {
        // With the full texts, where the names stand as written.
        Analysis analysis = ReportFixtures.analyze(TestFiles.resource("cases/unicode/case.yaml"));
        ReportSettings plain = ReportFixtures.settings(analysis);
        byte[] pdf = new Reports(Templates.of(java.util.Optional.empty())).render(analysis,
                new ReportSettings(plain.date(), plain.paper(), List.of(), java.util.Map.of(), true),
                EnumSet.of(OutputFormat.PDF)).get("report.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Министр Сергей Лавров"), text);
            assertTrue(text.contains("“productive” – and"), text);
            String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
            assertTrue(folded.contains("دمشق") || folded.contains(new StringBuilder("دمشق").reverse()),
                    "Arabic name as text: " + text);
            assertFalse(text.contains("#####"), "no replacement glyphs");
        }
    }

    static String minimalXhtml(String body) {
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title>"
                + "<style>body { font-family: 'DejaVu Sans'; }</style></head><body><p>" + body + "</p></body></html>";
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
