package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdiff.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No page of the PDF ends with a label whose content is on the next page: a heading, a
 * finding's statement, a pair's note, a passage's caption or table head, or the line that
 * names the articles above a quotation. The last line of each page is read from the PDF and
 * set against the label texts of the same report.
 */
class PageFootTest {
    @TempDir
    Path dir;

    @Test
    void exampleHasNoLabelAtAPageFoot() throws Exception {
        assertEquals(List.of(), orphans(TestFiles.exampleCase()));
    }

    @Test
    void longIdCaseHasNoLabelAtAPageFoot() throws Exception {
        assertEquals(List.of(), orphans(FigureLayoutTest.longIdCase(dir)));
    }

    @Test
    void aLabelAtTheFootIsCaught() {
        // The check must be able to fail: a page that ends on a passage's caption.
        List<String> labels = List.of("paraphrase · similarity 0.84 · shared by 4 of 5 articles");
        assertFalse(orphaned("paraphrase · similarity 0.84 · shared by 4 of 5 articles", labels).isEmpty());
        assertFalse(orphaned("shared by 4 of 5 articles", labels).isEmpty(), "the last line of a wrapped label");
        assertTrue(orphaned("and a line of an article's own words.", labels).isEmpty());
    }

    /** Pages whose last line ends a label, with that label. */
    static List<String> orphans(Path caseFile) throws Exception {
        Map<String, byte[]> files = ReportFixtures.render(caseFile, EnumSet.of(OutputFormat.PDF, OutputFormat.HTML));
        Document html = Jsoup.parse(new String(files.get("report.html"), StandardCharsets.UTF_8));
        List<String> labels = labels(html);
        // A line that may be the end of a quotation as well as of a label is no evidence of either.
        String contents = squeeze(html.select("blockquote, td").eachText().stream().reduce("", (a, b) -> a + "\n" + b));
        assertTrue(labels.size() > 20, "the report has labels to check: " + labels.size());
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(files.get("report.pdf"))) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String last = "";
                for (String line : stripper.getText(doc).split("\\R")) {
                    // The running footer is not the body's last line.
                    if (!line.isBlank() && !line.matches("factdiff .* report date .*") && !line.matches("Page \\d+ of \\d+")) {
                        last = line;
                    }
                }
                int p = page;
                String tail = squeeze(last);
                orphaned(last, labels).filter(l -> squeeze(l).equals(tail) || !contents.contains(tail)).ifPresent(l -> out.add("page " + p + " ends with '" + l + "'"));
            }
        }
        return out;
    }

    /** The label {@code line} ends, if any: the whole label or its last line (long enough to tell). */
    static java.util.Optional<String> orphaned(String line, List<String> labels) {
        String l = squeeze(line);
        if (l.isEmpty()) {
            return java.util.Optional.empty();
        }
        return labels.stream().filter(t -> {
            String s = squeeze(t);
            return s.equals(l) || l.length() >= 12 && s.endsWith(l);
        }).findFirst();
    }

    /** Every text that introduces something below it. */
    private static List<String> labels(Document html) {
        List<String> out = new ArrayList<>();
        for (Element e : html.select("h2, h3, details > summary, table caption, thead th, p.note, p.facts-also, "
                + "p.explanation, p.cause")) {
            out.add(e.text());
        }
        for (Element li : html.select("ul.evidence > li")) {
            Element copy = li.clone();
            copy.select("blockquote").remove();
            if (!copy.text().isBlank()) {
                out.add(copy.text());
            }
        }
        return out;
    }

    private static String squeeze(String s) {
        return s.replaceAll("[ \\t\\x0B\\f\\r\u00a0]+", "");
    }
}
