package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimReviewsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /*
     * From Google's "Fact check (ClaimReview) structured data"
     * (https://developers.google.com/search/docs/appearance/structured-data/factcheck), its
     * structured data type definitions: what a ClaimReview and its Rating must have, and what
     * Google recommends (the Claim's own author is left out: the claim's authors are those of
     * the articles in appearance).
     */
    private static final List<String> CLAIM_REVIEW_REQUIRED = List.of("claimReviewed", "reviewRating", "url");
    private static final List<String> CLAIM_REVIEW_RECOMMENDED = List.of("author", "itemReviewed");
    private static final List<String> RATING_REQUIRED = List.of("alternateName");
    private static final List<String> RATING_RECOMMENDED_NUMERIC = List.of("ratingValue", "bestRating", "worstRating");
    private static final List<String> CLAIM_RECOMMENDED = List.of("appearance", "datePublished", "firstAppearance");

    private static final String ARTICLES = """
            [
              {"id": "coast", "outlet": "Coast Times", "published": "2024-03-02T09:00Z", "title": "Ferry stops",
               "author": "Bo Lind", "url": "https://coast.example/ferry"},
              {"id": "harbour", "outlet": "unknown", "published": "2024-03-02T08:00+01:00", "title": null,
               "author": null, "url": null},
              {"id": "island", "outlet": "Island Post", "published": "2024-03-02", "title": "No ferry today",
               "author": null, "url": null},
              {"id": "quay", "outlet": "unknown", "published": null, "title": null, "author": null, "url": null}
            ]""";

    private static JsonNode findings(String agreements, String singleSource, String quotes) throws IOException {
        return MAPPER.readTree("""
                {
                  "case": {"id": "ferry", "title": "Ferry halt", "incident_date": "2024-03-01", "report_date": "2024-03-05"},
                  "articles": %s,
                  "reuse": {"pairs": []},
                  "agreements": %s,
                  "contradictions": [
                    {"id": "x-00000000c1", "topic": "how many ferries", "kind": "number", "explanation": "one against two",
                     "values": [], "review": {"status": "confirmed", "note": null, "by": null, "date": null, "rating": null}}
                  ],
                  "single_source": %s,
                  "single_source_folded": [],
                  "altered_quotes": %s
                }
                """.formatted(ARTICLES, agreements, singleSource, quotes));
    }

    private static String review(String rating, String by) {
        return "{\"status\": \"confirmed\", \"note\": \"called the port\", \"by\": " + by + ", \"date\": \"2024-03-05\", "
                + "\"rating\": " + rating + "}";
    }

    /** An agreement stated by the first three articles, a single-source claim of the fourth, a quote of two. */
    private static JsonNode rated() throws IOException {
        return findings("""
                [{"id": "a-00000000a1", "statement": "The ferry stopped on Saturday.", "independent_sources": 3,
                  "sources": [
                    {"article": "island", "start": 0, "end": 10, "text": "ferry stopped"},
                    {"article": "coast", "start": 5, "end": 20, "text": "the ferry stopped"},
                    {"article": "harbour", "start": 7, "end": 30, "text": "ferries stopped"},
                    {"article": "coast", "start": 40, "end": 50, "text": "stopped Saturday"}
                  ],
                  "review": %s},
                 {"id": "a-00000000a2", "statement": "Nobody rated this.", "independent_sources": 1,
                  "sources": [{"article": "coast", "start": 0, "end": 5, "text": "x"}],
                  "review": {"status": "needs-check", "note": null, "by": null, "date": null, "rating": null}}]
                """.formatted(review("\"mostly-false\"", "\"Ana Ruiz\"")), """
                [{"id": "s-00000000b1", "article": "quay", "start": 3, "end": 9, "text": "Fares will double.",
                  "score": "2.0", "reasons": ["a number"], "review": %s}]
                """.formatted(review("\"unproven\"", "null")), """
                [{"id": "q-00000000e1", "quote": "We have no choice", "change": "wording",
                  "variants": [
                    {"article": "quay", "start": 1, "end": 18, "text": "We have no choice", "speaker": "the operator", "channel": ""},
                    {"article": "island", "start": 2, "end": 20, "text": "We had no choice", "speaker": "the operator", "channel": ""}
                  ],
                  "review": %s}]
                """.formatted(review("\"misleading\"", "null")));
    }

    private static JsonNode write(ClaimReviews reviews, JsonNode findings) throws IOException {
        return MAPPER.readTree(reviews.write(findings));
    }

    private static ClaimReviews relative() {
        return new ClaimReviews(Optional.empty(), "factdiff");
    }

    @Test
    void everyRatedFindingIsOneClaimReviewWithWhatGoogleRequires() throws IOException {
        JsonNode doc = write(relative(), rated());
        assertEquals("https://schema.org", doc.path("@context").asText());
        ArrayNode graph = (ArrayNode) doc.path("@graph");
        assertEquals(List.of("report.html#a-00000000a1", "report.html#s-00000000b1", "report.html#q-00000000e1"),
                java.util.stream.StreamSupport.stream(graph.spliterator(), false).map(r -> r.path("url").asText()).toList(),
                "only rated findings, agreements first; the contradiction's review has no rating");
        for (JsonNode review : graph) {
            assertEquals("ClaimReview", review.path("@type").asText());
            for (String field : CLAIM_REVIEW_REQUIRED) {
                JsonNode value = review.path(field);
                assertTrue(value.isObject() || value.isTextual() && !value.asText().isBlank(), field + " in " + review);
            }
            for (String field : CLAIM_REVIEW_RECOMMENDED) {
                assertTrue(review.hasNonNull(field), field + " in " + review);
            }
            for (String field : RATING_REQUIRED) {
                assertTrue(review.path("reviewRating").hasNonNull(field), field + " in " + review);
            }
            assertEquals("Rating", review.path("reviewRating").path("@type").asText());
            assertEquals("2024-03-05", review.path("datePublished").asText(), "the report's date");
            boolean dated = !review.path("url").asText().endsWith("s-00000000b1"); // quay's date is not known
            for (String field : CLAIM_RECOMMENDED) {
                assertEquals(dated || field.equals("appearance"), review.path("itemReviewed").hasNonNull(field),
                        field + " in " + review);
            }
            assertEquals("Claim", review.path("itemReviewed").path("@type").asText());
        }
        JsonNode agreement = graph.get(0);
        assertEquals("The ferry stopped on Saturday.", agreement.path("claimReviewed").asText());
        assertEquals(MAPPER.readTree("{\"@type\": \"Person\", \"name\": \"Ana Ruiz\"}"), agreement.path("author"));
        assertEquals(MAPPER.readTree("{\"@type\": \"Rating\", \"alternateName\": \"Mostly false\", \"ratingValue\": 2, "
                + "\"bestRating\": 5, \"worstRating\": 1}"), agreement.path("reviewRating"));
        assertEquals(MAPPER.readTree("{\"@type\": \"Organization\", \"name\": \"factdiff\"}"), graph.get(1).path("author"),
                "no reviewer named: the organization");
        assertEquals("Fares will double.", graph.get(1).path("claimReviewed").asText());
        assertEquals("We have no choice", graph.get(2).path("claimReviewed").asText());
    }

    @Test
    void appearancesListEachArticleOnceWithWhatIsKnownOfIt() throws IOException {
        JsonNode claim = write(relative(), rated()).path("@graph").get(0).path("itemReviewed");
        JsonNode appearance = claim.path("appearance");
        assertEquals(3, appearance.size(), "coast is quoted twice and appears once");
        assertEquals(MAPPER.readTree("""
                {"@type": "CreativeWork", "headline": "No ferry today", "datePublished": "2024-03-02",
                 "publisher": {"@type": "Organization", "name": "Island Post"}}"""), appearance.get(0));
        assertEquals(MAPPER.readTree("""
                {"@type": "CreativeWork", "url": "https://coast.example/ferry", "headline": "Ferry stops",
                 "author": {"@type": "Person", "name": "Bo Lind"}, "datePublished": "2024-03-02T09:00Z",
                 "publisher": {"@type": "Organization", "name": "Coast Times"}}"""), appearance.get(1));
        assertEquals(MAPPER.readTree("""
                {"@type": "CreativeWork", "headline": "harbour", "datePublished": "2024-03-02T08:00+01:00"}"""),
                appearance.get(2), "no nulls, no 'unknown' outlet; the id stands in for a missing title");
    }

    @Test
    void theFirstAppearanceIsTheEarliestPublished() throws IOException {
        JsonNode claim = write(relative(), rated()).path("@graph").get(0).path("itemReviewed");
        // island: 2024-03-02 (a bare date counts as the start of its day); harbour: 07:00 UTC; coast: 09:00 UTC.
        assertEquals(claim.path("appearance").get(0), claim.path("firstAppearance"));
        assertEquals("No ferry today", claim.path("firstAppearance").path("headline").asText());
        assertEquals("2024-03-02", claim.path("datePublished").asText());

        JsonNode quote = write(relative(), rated()).path("@graph").get(2).path("itemReviewed");
        assertEquals("No ferry today", quote.path("firstAppearance").path("headline").asText(),
                "quay has no date: the dated island is first");
        JsonNode single = write(relative(), rated()).path("@graph").get(1).path("itemReviewed");
        assertFalse(single.has("firstAppearance") || single.has("datePublished"), "no date known, none given");
        assertEquals(1, single.path("appearance").size());
    }

    @Test
    void equalDatesAreBrokenByArticleId() throws IOException {
        String articles = """
                [{"id": "b-paper", "outlet": "unknown", "published": "2024-03-02", "title": "B", "author": null, "url": null},
                 {"id": "a-paper", "outlet": "unknown", "published": "2024-03-02", "title": "A", "author": null, "url": null}]""";
        JsonNode findings = MAPPER.readTree(("{\"case\": {\"report_date\": \"2024-03-05\"}, \"articles\": " + articles
                + ", \"single_source_folded\": [{\"id\": \"s-1\", \"article\": \"b-paper\", \"start\": 0, \"end\": 1, "
                + "\"text\": \"x\", \"review\": " + review("\"false\"", "null") + "}], \"agreements\": [{\"id\": \"a-1\", "
                + "\"statement\": \"y\", \"sources\": [{\"article\": \"b-paper\", \"start\": 0, \"end\": 1, \"text\": \"y\"}, "
                + "{\"article\": \"a-paper\", \"start\": 0, \"end\": 1, \"text\": \"y\"}], \"review\": "
                + review("\"true\"", "null") + "}]}"));
        ArrayNode graph = (ArrayNode) write(relative(), findings).path("@graph");
        assertEquals("A", graph.get(0).path("itemReviewed").path("firstAppearance").path("headline").asText());
        assertEquals("report.html#s-1", graph.get(1).path("url").asText(), "agreements, then folded single-source");
    }

    @ParameterizedTest
    @CsvSource({
            "true, True, 5",
            "mostly-true, Mostly true, 4",
            "mixed, Mixed, 3",
            "misleading, Misleading, 2",
            "mostly-false, Mostly false, 2",
            "false, False, 1",
    })
    void theNumericScaleRunsFromFalseToTrue(String word, String label, int value) throws IOException {
        org.factdiff.review.Rating rating = org.factdiff.review.Rating.of(word).orElseThrow();
        assertEquals(label, rating.label());
        assertEquals(OptionalInt.of(value), rating.value());
        JsonNode graph = write(relative(), findings("[]", single(word), "[]")).path("@graph");
        assertEquals(MAPPER.readTree("{\"@type\": \"Rating\", \"alternateName\": \"" + label + "\", \"ratingValue\": "
                + value + ", \"bestRating\": 5, \"worstRating\": 1}"), graph.get(0).path("reviewRating"));
    }

    @Test
    void unprovenHasAWordAndNoNumber() throws IOException {
        JsonNode graph = write(relative(), findings("[]", single("unproven"), "[]")).path("@graph");
        assertEquals(MAPPER.readTree("{\"@type\": \"Rating\", \"alternateName\": \"Unproven\"}"),
                graph.get(0).path("reviewRating"));
        assertEquals(OptionalInt.empty(), org.factdiff.review.Rating.UNPROVEN.value());
        for (String field : RATING_RECOMMENDED_NUMERIC) {
            assertFalse(graph.get(0).path("reviewRating").has(field), "no number on the scale: " + field);
        }
    }

    private static String single(String rating) {
        return "[{\"id\": \"s-00000000b1\", \"article\": \"coast\", \"start\": 3, \"end\": 9, \"text\": \"Fares double.\", "
                + "\"review\": " + review("\"" + rating + "\"", "null") + "}]";
    }

    @Test
    void anUnknownRatingNamesTheFinding() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> relative().write(findings("[]", single("pants-on-fire"), "[]")));
        assertTrue(e.getMessage().contains("s-00000000b1") && e.getMessage().contains("pants-on-fire"), e.getMessage());
    }

    @Test
    void nothingRatedIsAnEmptyGraph() throws IOException {
        byte[] none = relative().write(findings("[]", "[]", "[]"));
        assertEquals("{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": []\n}\n",
                new String(none, StandardCharsets.UTF_8));
        assertEquals("{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": []\n}\n",
                new String(relative().write(MAPPER.readTree("{}")), StandardCharsets.UTF_8),
                "a findings.json without any of the sections, or reviews, is fine");
    }

    @Test
    void theUrlIsResolvedAgainstTheBase() throws IOException {
        ClaimReviews published = new ClaimReviews(Optional.of(URI.create("https://checks.example/2024/ferry/")),
                "Newsroom");
        JsonNode graph = write(published, rated()).path("@graph");
        assertEquals("https://checks.example/2024/ferry/report.html#a-00000000a1", graph.get(0).path("url").asText());
        assertEquals("Newsroom", graph.get(1).path("author").path("name").asText());
        assertThrows(IllegalArgumentException.class,
                () -> new ClaimReviews(Optional.of(URI.create("checks/ferry/")), "Newsroom"));
        assertThrows(IllegalArgumentException.class, () -> new ClaimReviews(Optional.empty(), " "));
    }

    @Test
    void prettyDeterministicAndEndingWithANewline() throws IOException {
        byte[] first = relative().write(rated());
        assertArrayEquals(first, relative().write(rated()));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n") && !text.contains("\r") && text.contains("\n  \"@graph\": [\n    {\n"), text);
        ObjectNode doc = (ObjectNode) MAPPER.readTree(first);
        assertEquals(List.of("@context", "@graph"), List.copyOf(iterate(doc)));
        assertEquals(List.of("@type", "url", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed"),
                List.copyOf(iterate((ObjectNode) doc.path("@graph").get(0))));
    }

    private static List<String> iterate(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void ratingWordsAreTheContractsSevenWords() {
        assertEquals(List.of("true", "mostly-true", "mixed", "misleading", "mostly-false", "false", "unproven"),
                org.factdiff.review.Rating.ids());
    }
}
