package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.factdiff.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of page one and of the reuse section, read back from the rendered report's SVG:
 * no label's box meets another label or a circle, and every label lies inside its drawing.
 * Label boxes come from each {@code <text>}'s position, anchor, size and the advance widths of
 * the font the PDF embeds.
 */
class FigureLayoutTest {
    @TempDir
    Path dir;

    @Test
    void exampleFiguresHaveNoOverlappingLabels() throws Exception {
        assertFiguresClean(render(TestFiles.exampleCase()), 2);
    }

    @Test
    void longIdsAndMixedDatesKeepLabelsApart() throws Exception {
        Document html = render(longIdCase(dir));
        assertFiguresClean(html, 2);
        Element timeline = html.selectFirst("svg.timeline");
        assertTrue(timeline.text().contains("date unknown"), "undated articles stand in their band");
        assertTrue(timeline.select("title").text().contains("2017-05-19T23:45 local time"),
                "a time without a zone is shown as local time");
        assertTrue(timeline.select("text").stream().anyMatch(t -> ownText(t).endsWith(LabelBox.ELLIPSIS)),
                "ids longer than the column are cut");
    }

    @Test
    void eightArticlesOfADevCaseUnderLongIds() throws Exception {
        Optional<Path> shared = TestFiles.shared();
        Path dev = shared.map(s -> s.resolve("dev-cases/gansu-quake-2013")).orElse(Path.of("absent"));
        assumeTrue(Files.isDirectory(dev), "../shared/dev-cases absent: eight-article layout skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(dev)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        String[] dates = {"2013-07-22T01:45Z", null, "2013-07-22", "2013-07-22T09:30", null,
                "2013-07-23T08:00+08:00", null, "2013-07-22T03:10Z"};
        assertFiguresClean(render(caseOf(dir, files, dates, "-reporting-from-the-region-updated")), 2);
    }

    @Test
    void overlapIsDetected() {
        // The check itself must be able to fail: two ids drawn at one spot.
        Document svg = Jsoup.parse("<svg width='200' height='100'><text x='10' y='20' font-size='12'>an-id</text>"
                + "<text x='14' y='22' font-size='12'>another-id</text><circle cx='90' cy='60' r='6'/></svg>",
                "", Parser.xmlParser());
        assertFalse(problems(svg.selectFirst("svg")).isEmpty());
    }

    /**
     * The example's five texts under ids longer than any column, with a zoned time, a local
     * time, a bare date and no date (every kind of timeline label at once), and one article
     * with an address and an outlet name too long for any table cell.
     */
    static Path longIdCase(Path dir) throws Exception {
        Path example = TestFiles.exampleCase().getParent().resolve("articles");
        List<Path> files;
        try (Stream<Path> s = Files.list(example)) {
            files = s.sorted().toList();
        }
        String[] dates = {"2017-05-18T19:27Z", "2017-05-19T23:45", null, "2017-05-21", null};
        return caseOf(dir, files, dates, "-international-evening-edition-with-live-updates");
    }

    private static Path caseOf(Path dir, List<Path> files, String[] dates, String suffix) throws Exception {
        StringBuilder yaml = new StringBuilder("title: \"Figure layout\"\nreport_date: 2017-06-01\narticles:\n");
        for (int i = 0; i < files.size(); i++) {
            String name = String.format(Locale.ROOT, "a%d.txt", i);
            Files.copy(files.get(i), dir.resolve(name));
            yaml.append("  - id: source-").append(i + 1).append(suffix).append('\n')
                    .append("    file: ").append(name).append('\n');
            if (i == 0) {
                yaml.append("    outlet: TheRegionalNewsAgencyWhoseNameIsOneVeryLongWordWithoutAnySpaces\n")
                        .append("    url: https://news.example.org/world/2017/05/18/")
                        .append("a-long-address-with-no-break-".repeat(6)).append("?utm_source=feed\n");
            }
            if (dates[i % dates.length] != null) {
                yaml.append("    published: ").append(dates[i % dates.length]).append('\n');
            }
        }
        return TestFiles.write(dir.resolve("case.yaml"), yaml.toString());
    }

    private static Document render(Path caseFile) throws Exception {
        byte[] html = ReportFixtures.render(caseFile, EnumSet.of(OutputFormat.HTML)).get("report.html");
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    private static void assertFiguresClean(Document html, int figures) {
        List<Element> svgs = html.select("svg");
        assertEquals(figures, svgs.size(), "the timeline and the provenance graph");
        for (Element svg : svgs) {
            assertTrue(svg.select("text").size() >= 2, "a figure with labels");
            assertEquals(List.of(), problems(svg), svg.className());
        }
    }

    /** Every pair of labels that meet, every label on a circle, every label outside the drawing. */
    static List<String> problems(Element svg) {
        double width = Double.parseDouble(svg.attr("width"));
        double height = Double.parseDouble(svg.attr("height"));
        List<LabelBox> labels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Element t : svg.select("text")) {
            String text = ownText(t);
            double size = Double.parseDouble(t.attr("font-size"));
            String anchor = t.hasAttr("text-anchor") ? t.attr("text-anchor") : "start";
            labels.add(LabelBox.text(Double.parseDouble(t.attr("x")), Double.parseDouble(t.attr("y")), anchor, text, size));
            names.add("'" + text + "'");
        }
        List<LabelBox> circles = new ArrayList<>();
        for (Element c : svg.select("circle")) {
            circles.add(LabelBox.circle(Double.parseDouble(c.attr("cx")), Double.parseDouble(c.attr("cy")),
                    Double.parseDouble(c.attr("r"))));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!labels.get(i).inside(width, height)) {
                out.add(names.get(i) + " runs outside the drawing");
            }
            for (int j = i + 1; j < labels.size(); j++) {
                if (labels.get(i).intersects(labels.get(j))) {
                    out.add(names.get(i) + " meets " + names.get(j));
                }
            }
            if (labels.get(i).intersectsAny(circles)) {
                out.add(names.get(i) + " covers a circle");
            }
        }
        return out;
    }

    /** A {@code <text>}'s drawn words, without its {@code <title>}. */
    private static String ownText(Element text) {
        StringBuilder s = new StringBuilder();
        for (var n : text.childNodes()) {
            if (n instanceof TextNode tn) {
                s.append(tn.getWholeText());
            }
        }
        return s.toString();
    }
}
