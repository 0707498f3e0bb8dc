package org.factdiff.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A findings.json read into the records a diff compares: its articles, its reuse pairs and every
 * finding of every list (reuse passages included), each list sorted.
 *
 * @param caseId      the case's id, if given
 * @param tool        the version of factdiff that wrote the file, if given
 * @param articles    sorted by id
 * @param pairs       sorted by {@link CoveragePair#ORDER}
 * @param findings    sorted by {@link Finding#ORDER}; ids are unique within a section group
 *                    (findings, or orphaned reviews)
 */
public record Findings(Optional<String> caseId, Optional<String> tool, List<ArticleVersion> articles,
                       List<CoveragePair> pairs, List<Finding> findings) {
    public Findings {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(tool, "tool");
        articles = articles.stream().sorted(Comparator.comparing(ArticleVersion::id)).toList();
        pairs = pairs.stream().sorted(CoveragePair.ORDER).toList();
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    /**
     * Reads a findings.json tree; lists that are missing read as empty.
     *
     * @throws IllegalArgumentException naming the list and entry that cannot be read
     */
    public static Findings of(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a findings file (expected a JSON object)");
        }
        List<ArticleVersion> articles = new ArrayList<>();
        Set<String> articleIds = new HashSet<>();
        for (Entry e : entries(root, "articles")) {
            String id = required(e, "id");
            if (!articleIds.add(id)) {
                throw new IllegalArgumentException(e.where + ": article id '" + id + "' appears twice");
            }
            JsonNode words = e.node.get("words");
            articles.add(new ArticleVersion(id, Optional.ofNullable(text(e.node, "sha256")).orElse(""),
                    Optional.ofNullable(text(e.node, "title")),
                    words != null && words.isIntegralNumber() ? OptionalLong.of(words.asLong())
                            : OptionalLong.empty()));
        }
        List<CoveragePair> pairs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        JsonNode reuse = root.get("reuse");
        Set<String> pairKeys = new HashSet<>();
        for (Entry e : entries(reuse == null ? null : reuse, "pairs", "reuse.pairs")) {
            CoveragePair pair = pair(e);
            if (!pairKeys.add(pair.key())) {
                throw new IllegalArgumentException(e.where + ": reuse pair " + pair.articles() + " appears twice");
            }
            pairs.add(pair);
            for (Entry p : entries(e.node, "passages", e.where + ".passages")) {
                findings.add(passage(p, pair));
            }
        }
        for (Entry e : entries(root, "agreements")) {
            findings.add(finding(e, Section.AGREEMENT, "agreement: " + excerpt(required(e, "statement")),
                    List.of(Attribute.of("statement", oneLineText(e.node, "statement")),
                            Attribute.of("independent sources", text(e.node, "independent_sources")),
                            Attribute.of("facts", joined(e.node.get("facts"), " | "))),
                    evidence(e, "sources", List.of())));
        }
        for (Entry e : entries(root, "contradictions")) {
            String kind = text(e.node, "kind");
            findings.add(finding(e, Section.CONTRADICTION, "contradiction (" + (kind == null ? "?" : kind) + "): "
                            + excerpt(Optional.ofNullable(text(e.node, "topic")).orElse("")),
                    List.of(Attribute.of("topic", oneLineText(e.node, "topic")), Attribute.of("kind", kind),
                            Attribute.of("explanation", oneLineText(e.node, "explanation")),
                            Attribute.of("cause", oneLineText(e.node, "cause"))),
                    evidence(e, "values", List.of("value"))));
        }
        singleSources(root, "single_source", Section.SINGLE_SOURCE, findings);
        singleSources(root, "single_source_folded", Section.SINGLE_SOURCE_FOLDED, findings);
        for (Entry e : entries(root, "altered_quotes")) {
            String change = text(e.node, "change");
            findings.add(finding(e, Section.ALTERED_QUOTE, "altered quote (" + (change == null ? "?" : change)
                            + "): “" + excerpt(Optional.ofNullable(text(e.node, "quote")).orElse("")) + "”",
                    List.of(Attribute.of("quote", oneLineText(e.node, "quote")), Attribute.of("change", change)),
                    evidence(e, "variants", List.of("speaker", "channel"))));
        }
        for (Entry e : entries(root, "orphaned_reviews")) {
            Review review = review(e.node);
            String note = review.note().map(n -> ": " + excerpt(n)).orElse("");
            findings.add(new Finding(required(e, "id"), Section.ORPHANED_REVIEW,
                    "orphaned review (" + review.shownStatus() + ")" + note, List.of(), List.of(),
                    Optional.of(review), e.node));
        }
        Set<String> seen = new HashSet<>();
        for (Finding f : findings) {
            String key = (f.section() == Section.ORPHANED_REVIEW ? "orphan " : "") + f.id();
            if (!seen.add(key)) {
                throw new IllegalArgumentException("finding id '" + f.id() + "' appears twice");
            }
        }
        Optional<String> caseId = Optional.ofNullable(root.get("case")).map(c -> text(c, "id"));
        Optional<String> tool = Optional.ofNullable(root.get("tool")).map(t -> text(t, "version"));
        return new Findings(caseId, tool, articles, pairs, findings);
    }

    private static void singleSources(JsonNode root, String list, Section section, List<Finding> into) {
        for (Entry e : entries(root, list)) {
            String article = required(e, "article");
            into.add(finding(e, section, section.label() + " (" + article + "): “"
                            + excerpt(required(e, "text")) + "”",
                    List.of(Attribute.of("score", text(e.node, "score")),
                            Attribute.of("reasons", joined(e.node.get("reasons"), ", "))),
                    List.of(evidence(e, e.node, article, "start", "end", "text", List.of()))));
        }
    }

    private static Finding finding(Entry e, Section section, String summary, List<Attribute> attributes,
                                   List<Evidence> evidence) {
        return new Finding(required(e, "id"), section, summary, attributes, evidence, optionalReview(e.node), e.node);
    }

    private static CoveragePair pair(Entry e) {
        ObjectNode withoutPassages = ((ObjectNode) e.node).deepCopy();
        withoutPassages.remove("passages");
        return new CoveragePair(Optional.ofNullable(text(e.node, "id")), required(e, "a"), required(e, "b"),
                decimal(e, "coverage_a"), decimal(e, "coverage_b"),
                Optional.ofNullable(text(e.node, "direction")).orElse("unknown"), optionalReview(e.node),
                withoutPassages);
    }

    private static Finding passage(Entry p, CoveragePair pair) {
        String kind = text(p.node, "kind");
        String summary = "reuse passage (" + (kind == null ? "?" : kind) + ") " + pair.articles() + ": “"
                + excerpt(Optional.ofNullable(text(p.node, "a_text")).orElse("")) + "”";
        return finding(p, Section.REUSE_PASSAGE, summary,
                List.of(Attribute.of("kind", kind), Attribute.of("similarity", text(p.node, "similarity")),
                        Attribute.of("shared by", text(p.node, "shared_by"))),
                List.of(evidence(p, p.node, pair.a(), "a_start", "a_end", "a_text", List.of()),
                        evidence(p, p.node, pair.b(), "b_start", "b_end", "b_text", List.of())));
    }

    private static List<Evidence> evidence(Entry e, String list, List<String> extras) {
        List<Evidence> out = new ArrayList<>();
        for (Entry s : entries(e.node, list, e.where + "." + list)) {
            out.add(evidence(s, s.node, required(s, "article"), "start", "end", "text", extras));
        }
        return out;
    }

    private static Evidence evidence(Entry e, JsonNode node, String article, String start, String end, String text,
                                     List<String> extras) {
        List<Attribute> values = new ArrayList<>();
        for (String name : extras) {
            values.add(Attribute.of(name, oneLineText(node, name)));
        }
        try {
            return new Evidence(article, offset(e, start), offset(e, end), required(e, text), values);
        } catch (IllegalArgumentException x) {
            throw new IllegalArgumentException(e.where + ": " + x.getMessage(), x);
        }
    }

    private static Optional<Review> optionalReview(JsonNode node) {
        JsonNode r = node.get("review");
        return r == null || r.isNull() ? Optional.empty() : Optional.of(review(r));
    }

    private static Review review(JsonNode r) {
        if (!r.isObject()) {
            throw new IllegalArgumentException("a review must be an object, was " + r);
        }
        return new Review(Optional.ofNullable(text(r, "status")), Optional.ofNullable(oneLineText(r, "note")),
                Optional.ofNullable(text(r, "by")), Optional.ofNullable(text(r, "date")),
                Optional.ofNullable(text(r, "rating")));
    }

    /** One entry of a list, with where it is, for messages: "contradictions[2]". */
    private record Entry(String where, JsonNode node) {
    }

    private static List<Entry> entries(JsonNode parent, String field) {
        return entries(parent, field, field);
    }

    private static List<Entry> entries(JsonNode parent, String field, String where) {
        JsonNode list = parent == null ? null : parent.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException("\"" + where + "\" must be a list");
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw new IllegalArgumentException(where + "[" + i + "] must be an object");
            }
            out.add(new Entry(where + "[" + i + "]", list.get(i)));
        }
        return out;
    }

    private static String required(Entry e, String field) {
        JsonNode v = e.node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(e.where + " has no \"" + field + "\" text");
        }
        return v.asText();
    }

    private static int offset(Entry e, String field) {
        JsonNode v = e.node.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(e.where + " has no whole-number \"" + field + "\"");
        }
        return v.asInt();
    }

    private static BigDecimal decimal(Entry e, String field) {
        JsonNode v = e.node.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException(e.where + " has no number \"" + field + "\"");
        }
        return v.decimalValue();
    }

    /** A field as text: a string as is, a number or other JSON compactly, null or absent as null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isTextual() ? v.asText() : v.isNumber() ? v.decimalValue().toPlainString() : v.toString();
    }

    private static String excerpt(String text) {
        return Excerpts.cut(text, Finding.EXCERPT_LENGTH);
    }

    private static String oneLineText(JsonNode node, String field) {
        String t = text(node, field);
        return t == null ? null : Excerpts.oneLine(t);
    }

    private static String joined(JsonNode list, String separator) {
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            return Excerpts.oneLine(list.isTextual() ? list.asText() : list.toString());
        }
        List<String> parts = new ArrayList<>();
        list.forEach(x -> parts.add(Excerpts.oneLine(x.isTextual() ? x.asText() : x.toString())));
        return String.join(separator, parts);
    }
}
