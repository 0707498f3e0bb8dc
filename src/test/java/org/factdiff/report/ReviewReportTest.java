package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.factdiff.TestFiles;
import org.factdiff.compare.Contradiction;
import org.factdiff.review.ReviewFile;
import org.factdiff.review.Reviews;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 3: the report shows the decisions. The reviewed findings are taken from the
 * example's own analysis (its first contradictions and agreement), so the test does not hang
 * on any one finding's wording.
 */
class ReviewReportTest {
    static final String GONE = "x-0000000000";
    static Analysis plain;
    static String dismissed;
    static String confirmed;
    static String agreement;
    static String reviews;

    @BeforeAll
    static void analyze() throws Exception {
        plain = ReportFixtures.analyze(TestFiles.exampleCase()).withReviews(Reviews.NONE);
        var shown = plain.comparison().contradictions().stream().filter(x -> !x.explainedAway()).map(Contradiction::id).toList();
        dismissed = shown.get(0);
        confirmed = shown.get(1);
        agreement = plain.comparison().agreements().get(0).id();
        reviews = dismissed + ":\n  status: dismissed\n  note: \"Two sides of one claim, each reported as a claim.\"\n  by: \"T. Tester\"\n"
                + confirmed + ":\n  status: confirmed\n  date: 2026-02-03\n"
                + agreement + ":\n  status: needs-check\n  rating: mostly-true\n  note: \"Ask the ministry.\"\n"
                + GONE + ":\n  status: confirmed\n  note: \"Of an earlier run.\"\n";
    }

    static Map<String, byte[]> render(Analysis a, java.util.Set<OutputFormat> formats) throws Exception {
        return new Reports(Templates.of(Optional.empty())).render(a, ReportFixtures.settings(a), formats);
    }

    static Analysis reviewed() throws Exception {
        return plain.withReviews(ReviewFile.parse(reviews.getBytes(StandardCharsets.UTF_8), "reviews.yaml"));
    }

    @Test
    void aDismissedFindingLeavesPageOneAndTheMainListsForTheAppendix() throws Exception {
        Document before = Jsoup.parse(new String(render(plain, EnumSet.of(OutputFormat.HTML)).get("report.html"), StandardCharsets.UTF_8));
        Document doc = Jsoup.parse(new String(render(reviewed(), EnumSet.of(OutputFormat.HTML)).get("report.html"), StandardCharsets.UTF_8));
        assertNotNull(before.selectFirst("#contradictions article#" + dismissed));
        assertFalse(before.select("#summary a[href=#" + dismissed + "]").isEmpty(), "page one named it before");
        assertNull(doc.selectFirst("#contradictions article#" + dismissed), "out of the main list");
        assertTrue(doc.select("#summary a[href=#" + dismissed + "]").isEmpty(), "off page one");
        var row = doc.selectFirst("#dismissed tr#" + dismissed);
        assertNotNull(row, "in the appendix");
        assertTrue(row.text().contains("Two sides of one claim, each reported as a claim.") && row.text().contains("T. Tester"), row.text());
        assertEquals(before.select("#contradictions article.contradiction").size() - 1,
                doc.select("#contradictions article.contradiction").size());
        assertNotNull(doc.selectFirst("nav.toc a[href=#dismissed]"), "the appendix is in the contents");
    }

    @Test
    void reviewedFindingsCarryABadgeAndTheirNote() throws Exception {
        Document doc = Jsoup.parse(new String(render(reviewed(), EnumSet.of(OutputFormat.HTML)).get("report.html"), StandardCharsets.UTF_8));
        var badge = doc.selectFirst("article#" + confirmed + " .review .badge-confirmed");
        assertNotNull(badge);
        assertEquals("Confirmed", badge.text());
        assertTrue(doc.selectFirst("article#" + confirmed + " .review").text().contains("2026-02-03"));
        var needs = doc.selectFirst("#" + agreement + " .review");
        assertTrue(needs.text().contains("Needs check") && needs.text().contains("Rated Mostly true.") && needs.text().contains("Ask the ministry."),
                needs.text());
        String counts = doc.selectFirst("header.masthead").text();
        assertTrue(counts.contains("1 confirmed, 1 needs a check, 1 dismissed;"), counts);
        assertTrue(counts.contains("1 review of findings this run no longer has"), counts);
    }

    @Test
    void aReviewWhoseFindingIsGoneIsListedNeverDropped() throws Exception {
        Map<String, byte[]> files = render(reviewed(), EnumSet.of(OutputFormat.HTML, OutputFormat.JSON));
        Document doc = Jsoup.parse(new String(files.get("report.html"), StandardCharsets.UTF_8));
        assertTrue(doc.select("#dismissed table.orphaned").text().contains(GONE + " contradiction"), doc.select("#dismissed").text());
        JsonNode json = new ObjectMapper().readTree(files.get("findings.json"));
        assertEquals(1, json.get("orphaned_reviews").size());
        assertEquals(GONE, json.get("orphaned_reviews").get(0).get("id").asText());
        assertEquals("Of an earlier run.", json.get("orphaned_reviews").get(0).get("note").asText());
    }

    @Test
    void findingsJsonKeepsEveryFindingWithItsReview() throws Exception {
        JsonNode before = new ObjectMapper().readTree(render(plain, EnumSet.of(OutputFormat.JSON)).get("findings.json"));
        JsonNode json = new ObjectMapper().readTree(render(reviewed(), EnumSet.of(OutputFormat.JSON)).get("findings.json"));
        assertEquals(before.get("contradictions").size(), json.get("contradictions").size(), "a dismissed finding stays in the data");
        JsonNode x = json.get("contradictions").get(0);
        assertEquals(dismissed, x.get("id").asText());
        assertEquals("dismissed", x.get("review").get("status").asText());
        assertEquals("T. Tester", x.get("review").get("by").asText());
        assertEquals("mostly-true", json.get("agreements").get(0).get("review").get("rating").asText());
        assertFalse(before.get("contradictions").get(0).has("review"), "no review, no field");
    }

    @Test
    void theReportIsTheSameBytesWithTheSameReviews() throws Exception {
        EnumSet<OutputFormat> all = EnumSet.of(OutputFormat.HTML, OutputFormat.PDF, OutputFormat.JSON);
        Map<String, byte[]> one = render(reviewed(), all);
        Map<String, byte[]> two = render(reviewed(), all);
        for (String file : one.keySet()) {
            assertArrayEquals(one.get(file), two.get(file), file);
        }
        assertFalse(java.util.Arrays.equals(one.get("report.pdf"), render(plain, EnumSet.of(OutputFormat.PDF)).get("report.pdf")),
                "the reviews change the report");
    }
}
