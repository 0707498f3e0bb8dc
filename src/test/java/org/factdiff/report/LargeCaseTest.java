package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdiff.Factdiff;
import org.factdiff.TestFiles;
import org.factdiff.base.Progress;
import org.factdiff.casefile.CaseFile;
import org.factdiff.text.SentenceEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case past a few dozen articles: the heat map becomes a ranked list, the graph and the
 * wide tables stay in the HTML, and the PDF shows the first of each long list with a line
 * saying how many more the HTML and findings.json hold.
 */
class LargeCaseTest {
    @TempDir
    Path dir;

    @Test
    void aLargeCaseKeepsItsPdfShort() throws Exception {
        List<Path> texts;
        try (Stream<Path> s = Files.list(TestFiles.exampleCase().getParent().resolve("articles"))) {
            texts = s.sorted().toList();
        }
        // 36 outlets reprint the example's five stories, each under a line of its own.
        StringBuilder yaml = new StringBuilder("title: \"Many reprints\"\nreport_date: 2017-06-01\narticles:\n");
        for (int i = 0; i < 36; i++) {
            String id = String.format(Locale.ROOT, "outlet-%02d", i);
            Files.writeString(dir.resolve(id + ".txt"), "Reprinted by outlet number " + i + ".\n\n"
                    + Files.readString(texts.get(i % texts.size()), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            yaml.append("  - id: ").append(id).append("\n    file: ").append(id).append(".txt\n");
        }
        Path caseFile = TestFiles.write(dir.resolve("case.yaml"), yaml.toString());
        Analysis a = Factdiff.analyze(CaseFile.load(caseFile), Progress.QUIET, SentenceEncoder.NONE);
        assertTrue(a.reuse().pairs().size() > 20, "many pairs share text: " + a.reuse().pairs().size());
        Map<String, byte[]> files = new Reports(Templates.of(Optional.empty())).render(a, ReportFixtures.settings(a),
                EnumSet.of(OutputFormat.HTML, OutputFormat.PDF));

        String html = new String(files.get("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("class=\"ranked-pairs\""), "a ranked list, not a 36 by 36 grid");
        assertFalse(html.contains("class=\"matrix\""));
        assertFalse(html.contains("class=\"provenance\""), "no graph of 36 nodes");
        assertTrue(html.contains("<section id=\"articles\""), "the HTML keeps every text");
        String pageOne = html.substring(html.indexOf("<section id=\"summary\""), html.indexOf("<section id=\"reuse\""));
        assertTrue(pageOne.contains("class=\"sharing-groups\"") && pageOne.contains("most-copied"),
                "page one names the groups that share copy and the most copied sources");
        assertFalse(pageOne.contains("Sources and when they were published"), "not a table of all 36 articles");
        assertTrue(html.contains("<div class=\"wide\">\n  <table class=\"facts-matrix\">"),
                "the table of facts by 36 articles scrolls in its own box, not the page");
        String groups = pageOne.substring(pageOne.indexOf("class=\"sharing-groups\""));
        // Four of the example's five stories share copy, the fifth shares none: the reprints of the
        // four make one group (8 + 7 + 7 + 7), those of the fifth (outlets 3, 8, ... 33) another.
        assertTrue(groups.contains("29 articles</a>: <a href=\"#article-outlet-00\"")
                && groups.contains("7 articles</a>: <a href=\"#article-outlet-03\""), groups);

        String text;
        int pages;
        try (PDDocument pdf = Loader.loadPDF(files.get("report.pdf"))) {
            pages = pdf.getNumberOfPages();
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("more pairs that share less, with their passages, in report.html and findings.json"),
                "pairs past the first fold into a line");
        assertFalse(text.contains("Publication timeline."), "no timeline of 36 rows on paper");
        long shownPairs = html.split("class=\"pair\"", -1).length - 1;
        assertTrue(shownPairs > 20, "the HTML shows every pair: " + shownPairs);
        assertTrue(pages < 40, "pages: " + pages);
    }

    /**
     * Past 50 articles the PDF's table of sources and its table of inputs name the first 50
     * articles and count the rest, which the HTML lists in full: a PDF of 10,000 articles does
     * not spend hundreds of pages, or its memory, on one row per article.
     */
    @Test
    void aLargeCaseFoldsItsSourcesOnPaper() throws Exception {
        int n = 55;
        StringBuilder yaml = new StringBuilder("title: \"Many short notes\"\nreport_date: 2017-06-01\narticles:\n");
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "note-%02d", i);
            Files.writeString(dir.resolve(id + ".txt"), "The ferry to the island ran " + (i + 2)
                    + " minutes late on the morning the harbour crane failed, note " + id + " says.\n", StandardCharsets.UTF_8);
            yaml.append("  - id: ").append(id).append("\n    file: ").append(id).append(".txt\n    outlet: Desk ")
                    .append(i).append("\n");
        }
        Path caseFile = TestFiles.write(dir.resolve("case.yaml"), yaml.toString());
        Analysis a = Factdiff.analyze(CaseFile.load(caseFile), Progress.QUIET, SentenceEncoder.NONE);
        Map<String, byte[]> files = new Reports(Templates.of(Optional.empty())).render(a, ReportFixtures.settings(a),
                EnumSet.of(OutputFormat.HTML, OutputFormat.PDF));

        String html = new String(files.get("report.html"), StandardCharsets.UTF_8);
        String htmlSources = html.substring(html.indexOf("<section id=\"sources\""), html.indexOf("<section id=\"articles\""));
        assertEquals(n, htmlSources.split("<tr>", -1).length - 2, "the HTML lists every article");
        assertFalse(html.contains("more article files"));

        String text;
        try (PDDocument pdf = Loader.loadPDF(files.get("report.pdf"))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("The first 50 of the 55 articles, with their outlets and dates, are listed under"), "page one says how many the PDF lists");
        assertTrue(text.contains("Desk 49 ") && !text.contains("Desk 50 "), "the first fifty outlets, in order");
        assertTrue(text.contains("5 more articles, with their outlets, dates and SHA-256, in report.html and findings.json."));
        assertTrue(text.contains("note-49.txt") && !text.contains("note-50.txt"), "the first fifty files");
        assertTrue(text.contains("case.yaml"), "the case file is always named");
        assertTrue(text.contains("5 more article files, with their SHA-256, in report.html and findings.json."));
    }
}
