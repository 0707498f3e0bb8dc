package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The PDF's text is the articles' text: no ligature glyph stands for two letters, and every
 * excerpt findings.json gives as evidence can be found in the PDF, so a quotation copied from
 * it or searched for in it matches the article.
 */
class PdfTextTest {
    @Test
    void everyEvidenceExcerptIsFoundInThePdfsText() throws Exception {
        Map<String, byte[]> files = ReportFixtures.render(TestFiles.exampleCase(),
                EnumSet.of(OutputFormat.PDF, OutputFormat.JSON));
        String text;
        try (PDDocument doc = Loader.loadPDF(files.get("report.pdf"))) {
            // In reading order, as poppler's pdftotext and viewers' search give it: the marked
            // (bold, underlined) words of a quotation are drawn after the rest of their line.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc);
        }
        assertEquals(-1, firstLigature(text), "a ligature glyph in the PDF's text");
        // Running headers and footers stand between the lines of an excerpt cut by a page break.
        String title = new ObjectMapper().readTree(files.get("findings.json")).get("case").get("title").asText();
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.strip().equals(title) && !line.matches("factdiff .* report date .*") && !line.matches("Page \\d+ of \\d+")) {
                body.append(line);
            }
        }
        String flat = squeeze(body.toString());
        JsonNode findings = new ObjectMapper().readTree(files.get("findings.json"));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String section : List.of("agreements", "contradictions", "single_source", "altered_quotes")) {
            for (JsonNode finding : findings.get(section)) {
                if (finding.path("review").path("status").asText().equals("dismissed")) {
                    // A dismissed finding is listed by id and summary in "Dismissed on review", without its excerpts.
                    if (!flat.contains(finding.get("id").asText())) {
                        missing.add(section + ": dismissed " + finding.get("id").asText());
                    }
                    continue;
                }
                for (JsonNode e : finding.findValues("text")) {
                    checked++;
                    if (!flat.contains(squeeze(e.asText()))) {
                        missing.add(section + ": " + e.asText());
                    }
                }
            }
        }
        assertTrue(checked > 50, "the example has evidence to check: " + checked);
        assertEquals(List.of(), missing);
    }

    /** The text without white space, which the layout breaks and joins as lines require. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00AD]+", "");
    }

    private static int firstLigature(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\uFB00' && s.charAt(i) <= '\uFB06') {
                return i;
            }
        }
        return -1;
    }
}
