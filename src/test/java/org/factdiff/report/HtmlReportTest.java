package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import org.factdiff.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static Document render(String caseFile) throws Exception {
        Map<String, byte[]> files = ReportFixtures.render(TestFiles.project().resolve(caseFile), EnumSet.of(OutputFormat.HTML));
        return Jsoup.parse(new String(files.get("report.html"), StandardCharsets.UTF_8));
    }

    @Test
    void isSelfContainedAndForbidsLoading() throws Exception {
        Document doc = render("inputs/at-tanf-2017/case.yaml");
        Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertTrue(csp != null && csp.attr("content").startsWith("default-src 'none'"));
        assertTrue(doc.select("script, link, iframe, object, embed, img[src]:not([src^=data:])").isEmpty());
        for (Element a : doc.select("[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("#") || href.startsWith("http://") || href.startsWith("https://"), href);
        }
        assertFalse(doc.select("style").isEmpty(), "CSS is inline");
    }

    @Test
    void everyLinkInsideTheReportLeadsSomewhere() throws Exception {
        Document doc = render("inputs/at-tanf-2017/case.yaml");
        java.util.Set<String> ids = new java.util.HashSet<>();
        doc.select("[id]").forEach(e -> ids.add(e.id()));
        java.util.List<String> broken = new java.util.ArrayList<>();
        int links = 0;
        for (org.jsoup.nodes.Element a : doc.select("a[href^=#]")) {
            links++;
            if (!ids.contains(a.attr("href").substring(1))) {
                broken.add(a.attr("href"));
            }
        }
        assertTrue(links > 100, "the example report links its findings to the texts: " + links);
        assertEquals(java.util.List.of(), broken);
    }

    @Test
    void showsHeaderSourcesAndReproducibility() throws Exception {
        Document doc = render("inputs/at-tanf-2017/case.yaml");
        assertEquals("US-led coalition strike near At Tanf", doc.selectFirst("h1").text());
        assertEquals(5, doc.select("#sources tbody tr").size());
        assertTrue(doc.select("#sources").text().contains("2017-05-18T19:27Z"));
        assertEquals(7, doc.select("#reproducibility tbody tr").size(), "case.yaml, reviews.yaml and five articles");
        assertTrue(doc.select("#reproducibility").text().contains("make report CASE=at-tanf-2017"));
        assertEquals(5, doc.select("#articles article").size());
        // Headings in order, one h1.
        assertEquals(1, doc.select("h1").size());
    }

    @Test
    void articleAndCaseTextCannotInjectMarkup() throws Exception {
        Document doc = render("src/test/resources/cases/injection/case.yaml");
        assertTrue(doc.select("script, iframe, img, meta[http-equiv=refresh], b").isEmpty(), doc.body().html());
        assertTrue(doc.select("[onclick], [onerror]").isEmpty());
        for (Element a : doc.select("a[href]")) {
            assertFalse(a.attr("href").toLowerCase().startsWith("javascript:"), a.outerHtml());
        }
        String text = doc.text();
        assertTrue(text.contains("<script>alert(\"x\")</script>"), "shown as text");
        assertTrue(text.contains("${7*7}"), "not evaluated");
        assertTrue(text.contains("<#list 1..3 as i>${i}</#list>"), "not evaluated");
        assertTrue(doc.title().startsWith("<script>alert('title')</script> ${7*7}"));
        assertTrue(text.contains("javascript:alert(document.cookie)"), "unsafe URL shown as text only");
    }

    @Test
    void differencesExplainedByTimesOfWritingStayOffPageOneAndADistortionIsFlagged() throws Exception {
        Document doc = render("src/test/resources/cases/explained/case.yaml");
        // The injured count rose between a morning and an evening article: explained, not counted.
        java.util.List<String> top = doc.select("ul.top-contradictions li").eachText();
        assertEquals(1, top.size(), top.toString());
        assertTrue(top.get(0).contains("A copy changed its source") && top.get(0).contains("7:45"), top.get(0));
        assertTrue(doc.select("#summary").text().contains("1 other difference is explained"), doc.select("#summary").text());
        Element explained = doc.selectFirst("#explained");
        assertTrue(explained != null, "the explained differences have their own heading");
        String later = doc.select("#contradictions article.cause-changed-over-time").text();
        assertTrue(later.contains("Changed over time") && later.indexOf("morning") < later.indexOf("evening, 2024"), later);
        assertEquals("1", doc.select("nav.toc a[href=#contradictions] + .count").text(), "the count leaves it out");
    }
}
