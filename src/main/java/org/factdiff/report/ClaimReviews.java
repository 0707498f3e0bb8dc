package org.factdiff.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.factdiff.review.Rating;
import java.util.OptionalInt;
import org.factdiff.casefile.Timestamp;
import org.factdiff.report.FindingNodes.Evidence;
import org.factdiff.report.FindingNodes.Review;

/**
 * Writes claimreview.jsonld: a schema.org {@code ClaimReview} for every finding whose review
 * carries a rating (only agreements, single-source claims and altered quotes can), in the form
 * Google's fact-check structured data asks for, so that a newsroom can publish the verdicts of
 * a report with its page.
 *
 * <p>The document is one object, {@code {"@context": "https://schema.org", "@graph": [...]}}:
 * Google reads a {@code @graph} like separate blocks, and a page may carry one ClaimReview per
 * claim; one {@code @context} for all keeps the file a single valid JSON-LD document (a bare
 * array would need the context repeated in each element), and an empty {@code @graph} is
 * still that document when nothing is rated. Two-space indent, {@code \n} line ends, keys in
 * the order of the code, a final newline: the same findings.json gives the same bytes.
 */
public final class ClaimReviews {
    public static final String CONTEXT = "https://schema.org";
    /** The page that shows each finding under an anchor named by its id. */
    public static final String REPORT_PAGE = "report.html";
    /** The best and the worst value of the numeric scale of {@link Rating}. */
    public static final int BEST_RATING = Rating.BEST;
    public static final int WORST_RATING = Rating.WORST;

    /** findings.json's word for an outlet that is not known. */
    private static final String UNKNOWN = "unknown";

    /** The sections whose findings can carry a rating, with the claim and the evidence of each. */
    private static final List<Rated> SECTIONS = List.of(
            new Rated("agreements", "statement", Optional.of("sources")),
            new Rated("single_source", "text", Optional.empty()),
            new Rated("single_source_folded", "text", Optional.empty()),
            new Rated("altered_quotes", "quote", Optional.of("variants")));

    private final Optional<URI> base;
    private final String organization;
    private final JsonNodeFactory json = JsonNodeFactory.instance;

    /**
     * @param base         where report.html is published (end a folder with "/"); without it each
     *                     review's url stays relative, "report.html#a-…"
     * @param organization who publishes a review whose reviewer is not named, e.g. "factdiff"
     */
    public ClaimReviews(Optional<URI> base, String organization) {
        Objects.requireNonNull(base, "base");
        base.ifPresent(b -> {
            if (!b.isAbsolute()) {
                throw new IllegalArgumentException("the base URL must be absolute, not '" + b + "'");
            }
        });
        if (organization == null || organization.isBlank()) {
            throw new IllegalArgumentException("the organization must be named, not '" + organization + "'");
        }
        this.base = base;
        this.organization = organization;
    }

    /** The claimreview.jsonld bytes of a findings.json tree. */
    public byte[] write(JsonNode findings) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            String text = mapper.writer(FindingsJson.printer()).writeValueAsString(document(findings));
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON-LD document: {@code @context} and a {@code @graph} of ClaimReviews in section, then file, order. */
    public ObjectNode document(JsonNode findings) {
        Objects.requireNonNull(findings, "findings");
        Map<String, JsonNode> articles = new LinkedHashMap<>();
        for (JsonNode a : FindingNodes.list(findings, "articles")) {
            FindingNodes.string(a, "id").ifPresent(id -> articles.put(id, a));
        }
        Optional<String> reportDate = FindingNodes.string(findings.path("case"), "report_date");
        ObjectNode doc = json.objectNode();
        doc.put("@context", CONTEXT);
        ArrayNode graph = doc.putArray("@graph");
        for (Rated section : SECTIONS) {
            for (JsonNode finding : FindingNodes.list(findings, section.key())) {
                Review review = Review.of(finding);
                if (review.rating().isPresent()) {
                    graph.add(claimReview(finding, section, review, reportDate, articles));
                }
            }
        }
        return doc;
    }

    private ObjectNode claimReview(JsonNode finding, Rated section, Review review, Optional<String> reportDate,
                                   Map<String, JsonNode> articles) {
        String id = FindingNodes.id(finding, section.key());
        Rating rating;
        try {
            String word = review.rating().orElseThrow();
            rating = Rating.of(word).orElseThrow(() -> new IllegalArgumentException("rating '" + word
                    + "' is none of " + String.join(", ", Rating.ids())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(id + ": " + e.getMessage(), e);
        }
        ObjectNode n = json.objectNode();
        n.put("@type", "ClaimReview");
        n.put("url", url(id));
        n.put("claimReviewed", FindingNodes.string(finding, section.claim()).orElse(""));
        reportDate.ifPresent(d -> n.put("datePublished", d));
        ObjectNode author = n.putObject("author");
        if (review.by().filter(b -> !b.isBlank()).isPresent()) {
            author.put("@type", "Person");
            author.put("name", review.by().orElseThrow());
        } else {
            author.put("@type", "Organization");
            author.put("name", organization);
        }
        ObjectNode r = n.putObject("reviewRating");
        r.put("@type", "Rating");
        r.put("alternateName", rating.label());
        rating.value().ifPresent(v -> {
            r.put("ratingValue", v);
            r.put("bestRating", BEST_RATING);
            r.put("worstRating", WORST_RATING);
        });
        n.set("itemReviewed", claim(section.evidence(finding), articles));
        return n;
    }

    /** The Claim: every article that states it, and the first of them to be published. */
    private ObjectNode claim(List<Evidence> evidence, Map<String, JsonNode> articles) {
        ObjectNode claim = json.objectNode();
        claim.put("@type", "Claim");
        List<String> ids = evidence.stream().map(Evidence::article).distinct().toList();
        Optional<Appearance> first = ids.stream()
                .flatMap(a -> published(articles.get(a)).map(t -> new Appearance(a, t)).stream())
                .min(Comparator.comparing(Appearance::published).thenComparing(Appearance::article));
        first.ifPresent(f -> claim.put("datePublished", f.published().toString()));
        ArrayNode appearance = claim.putArray("appearance");
        for (String a : ids) {
            appearance.add(creativeWork(a, articles.get(a)));
        }
        first.ifPresent(f -> claim.set("firstAppearance", creativeWork(f.article(), articles.get(f.article()))));
        return claim;
    }

    /** An article as a CreativeWork; what is not known is left out, never written as null. */
    private ObjectNode creativeWork(String id, JsonNode article) {
        ObjectNode w = json.objectNode();
        w.put("@type", "CreativeWork");
        JsonNode a = article == null ? json.objectNode() : article;
        FindingNodes.string(a, "url").ifPresent(u -> w.put("url", u));
        // The headline names the work; an article without a title is still told apart by its id.
        w.put("headline", FindingNodes.string(a, "title").orElse(id));
        FindingNodes.string(a, "author").ifPresent(name -> {
            ObjectNode p = w.putObject("author");
            p.put("@type", "Person");
            p.put("name", name);
        });
        published(article).ifPresent(t -> w.put("datePublished", t.toString()));
        FindingNodes.string(a, "outlet").filter(o -> !o.equals(UNKNOWN)).ifPresent(o -> {
            ObjectNode p = w.putObject("publisher");
            p.put("@type", "Organization");
            p.put("name", o);
        });
        return w;
    }

    private static Optional<Timestamp> published(JsonNode article) {
        if (article == null) {
            return Optional.empty();
        }
        return FindingNodes.string(article, "published").map(p -> {
            try {
                return Timestamp.parse(p);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("article " + article.path("id").asText() + ": " + e.getMessage(), e);
            }
        });
    }

    private String url(String id) {
        URI page = URI.create(REPORT_PAGE + "#" + id);
        return base.map(b -> b.resolve(page)).orElse(page).toString();
    }

    /** A findings.json section that can carry ratings: where its claim text and its evidence are. */
    private record Rated(String key, String claim, Optional<String> evidenceList) {
        /** The finding's evidence; a single-source claim is its own, single piece of evidence. */
        List<Evidence> evidence(JsonNode finding) {
            return evidenceList.map(field -> FindingNodes.evidence(finding, field))
                    .orElseGet(() -> List.of(Evidence.of(finding)));
        }
    }

    private record Appearance(String article, Timestamp published) {
    }
}
