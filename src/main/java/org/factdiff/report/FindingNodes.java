package org.factdiff.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the parts of a findings.json tree that its projections (findings.csv,
 * claimreview.jsonld) share. Keys that an older findings.json lacks (a pair's {@code id}, a
 * finding's {@code review}) read as absent, never as an error.
 */
final class FindingNodes {
    private FindingNodes() {
    }

    /**
     * One piece of evidence: a span of an article's clean text, as 0-based, end-exclusive UTF-16
     * offsets, and the text it covers.
     */
    record Evidence(String article, int start, int end, String text) {
        Evidence {
            if (article == null || article.isBlank()) {
                throw new IllegalArgumentException("evidence needs an article id, not '" + article + "'");
            }
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("evidence span of " + article + " must satisfy 0 <= start <= end, not "
                        + start + "-" + end);
            }
            Objects.requireNonNull(text, "text");
        }

        /** {@code {article, start, end, text}} as agreements, contradictions and quotes carry it. */
        static Evidence of(JsonNode n) {
            return new Evidence(string(n, "article").orElse(null), n.path("start").asInt(-1), n.path("end").asInt(-1),
                    string(n, "text").orElse(""));
        }
    }

    /**
     * A reviewer's word on a finding, as findings.json carries it under {@code review}; each
     * field is empty when absent or null.
     */
    record Review(Optional<String> status, Optional<String> note, Optional<String> by, Optional<String> date,
                  Optional<String> rating) {
        static final Review NONE = new Review(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        Review {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(rating, "rating");
        }

        /** The finding's review, or {@link #NONE} when it has none. */
        static Review of(JsonNode finding) {
            JsonNode r = finding.path("review");
            if (!r.isObject()) {
                return NONE;
            }
            return new Review(string(r, "status"), string(r, "note"), string(r, "by"), string(r, "date"),
                    string(r, "rating"));
        }
    }

    /** A text field; empty when absent, null or not text. */
    static Optional<String> string(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** The elements of a list field, in the file's order; none when the field is absent or null. */
    static List<JsonNode> list(JsonNode node, String field) {
        List<JsonNode> items = new ArrayList<>();
        node.path(field).forEach(items::add);
        return items;
    }

    /** The evidence list under {@code field}, in the file's order. */
    static List<Evidence> evidence(JsonNode finding, String field) {
        return list(finding, field).stream().map(Evidence::of).toList();
    }

    /** A finding's id; a finding without one breaks the contract of DESIGN.md. */
    static String id(JsonNode finding, String section) {
        return string(finding, "id").filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                "a finding in '" + section + "' has no id: " + finding));
    }
}
