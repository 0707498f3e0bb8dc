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

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void theCaseFileCanAskForTheFullTexts() throws Exception {
        // The example's case file with one more line: full_text: true, as --full-text would.
        java.nio.file.Path example = TestFiles.exampleCase();
        String yaml = java.nio.file.Files.readString(example, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^articles:", "full_text: true\narticles:");
        java.nio.file.Files.createDirectories(dir.resolve("articles"));
        try (var files = java.nio.file.Files.list(example.getParent().resolve("articles"))) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.copy(f, dir.resolve("articles").resolve(f.getFileName().toString()));
            }
        }
        java.nio.file.Path caseFile = TestFiles.write(dir.resolve("case.yaml"), yaml);
        org.factdiff.Factdiff.report(caseFile, new org.factdiff.Factdiff.Options(dir.resolve("out"), Optional.empty(),
                EnumSet.of(OutputFormat.PDF), Optional.empty(), java.util.OptionalLong.of(0),
                org.factdiff.base.Progress.QUIET, org.factdiff.text.SentenceEncoder.NONE, List.of(),
                org.factdiff.base.Cache.NONE, false));
        List<String> marks = bookmarks(java.nio.file.Files.readAllBytes(dir.resolve("out/report.pdf")));
        assertTrue(marks.contains("Articles"), marks.toString());
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
