package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.Test;

/** The PDF holds the articles' full texts only on request; the HTML always does. */
class FullTextTest {
    @Test
    void thePdfHoldsTheArticlesOnlyWhenAsked() throws Exception {
        Analysis a = ReportFixtures.analyze(TestFiles.exampleCase());
        ReportSettings plain = ReportFixtures.settings(a);
        ReportSettings full = new ReportSettings(plain.date(), plain.paper(), List.of(), Map.of(), true);
        Reports reports = new Reports(Templates.of(Optional.empty()));
        Map<String, byte[]> shortOnes = reports.render(a, plain, EnumSet.of(OutputFormat.PDF, OutputFormat.HTML));
        Map<String, byte[]> fullOnes = reports.render(a, full, EnumSet.of(OutputFormat.PDF, OutputFormat.HTML));

        List<String> shortMarks = bookmarks(shortOnes.get("report.pdf"));
        List<String> fullMarks = bookmarks(fullOnes.get("report.pdf"));
        assertFalse(shortMarks.contains("Articles"), shortMarks.toString());
        assertTrue(fullMarks.contains("Articles"), fullMarks.toString());
        assertTrue(pages(fullOnes.get("report.pdf")) > pages(shortOnes.get("report.pdf")), "the texts take pages");
        String html = new String(shortOnes.get("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<section id=\"articles\""), "the HTML always holds the texts");
    }

    private static List<String> bookmarks(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> out.add(i.getTitle()));
        }
        return out;
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
