package org.factdiff.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two small findings files written by hand: an older one and a newer one after an edit to
 * article "alpha" (which moves every offset in it), a new article "delta" and a review. Between
 * them every kind of change the diff reports happens once.
 */
final class FindingsFixtures {
    private FindingsFixtures() {
    }

    static final String OLD = """
            {
              "schema": "factdiff/findings/v1",
              "tool": {"name": "factdiff", "version": "0.1.0"},
              "case": {"id": "harbour-fire", "title": "Fire at the harbour", "report_date": "2020-03-02"},
              "articles": [
                {"id": "alpha", "outlet": "Daily", "sha256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "words": 300, "title": "Fire at the harbour"},
                {"id": "beta", "outlet": "Wire", "sha256": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "words": 200, "title": "Harbour blaze"},
                {"id": "gamma", "outlet": "Radio", "sha256": "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "words": 150, "title": null}
              ],
              "reuse": {"pairs": [
                {"a": "alpha", "b": "beta", "coverage_a": 0.2, "coverage_b": 0.31, "direction": "unknown", "passages": [
                  {"id": "p-5000000001", "kind": "verbatim", "similarity": 1.0,
                   "a_start": 10, "a_end": 40, "a_text": "The fire started at dawn on pier 4",
                   "b_start": 0, "b_end": 30, "b_text": "The fire started at dawn on pier 4"}]},
                {"a": "alpha", "b": "gamma", "coverage_a": 0.05, "coverage_b": 0.07, "direction": "unknown", "passages": []}
              ]},
              "agreements": [
                {"id": "a-1000000001", "statement": "Two workers were injured.", "independent_sources": 1, "sources": [
                  {"article": "alpha", "start": 50, "end": 75, "text": "Two workers were injured."},
                  {"article": "beta", "start": 40, "end": 65, "text": "Two workers were injured."}]},
                {"id": "a-1000000002", "statement": "The fire started at dawn.", "independent_sources": 2, "sources": [
                  {"article": "alpha", "start": 10, "end": 40, "text": "The fire started at dawn on pier 4"},
                  {"article": "gamma", "start": 5, "end": 30, "text": "It started at dawn."}]}
              ],
              "contradictions": [
                {"id": "x-2000000001", "topic": "how many were injured", "kind": "number",
                 "explanation": "alpha says two, gamma says three.", "cause": null, "values": [
                  {"article": "alpha", "start": 50, "end": 75, "text": "Two workers were injured.", "value": "2"},
                  {"article": "gamma", "start": 40, "end": 70, "text": "Three workers were hurt.", "value": "3"}]},
                {"id": "x-2000000002", "topic": "where the fire started", "kind": "entity",
                 "explanation": "alpha says pier 4, beta says pier 5.", "cause": null, "values": [
                  {"article": "alpha", "start": 10, "end": 40, "text": "The fire started at dawn on pier 4", "value": "pier 4"},
                  {"article": "beta", "start": 70, "end": 90, "text": "Flames rose from pier 5.", "value": "pier 5"}]}
              ],
              "single_source": [
                {"id": "s-3000000001", "article": "beta", "start": 100, "end": 140, "text": "The port authority said the cause is unknown.", "score": "2.5", "reasons": ["a named source"]},
                {"id": "s-3000000002", "article": "gamma", "start": 80, "end": 110, "text": "A tanker was moored nearby.", "score": "1.5", "reasons": []}
              ],
              "single_source_folded": [],
              "altered_quotes": [
                {"id": "q-4000000001", "quote": "We had it under control within the hour", "change": "attribution", "variants": [
                  {"article": "alpha", "start": 120, "end": 160, "text": "We had it under control within the hour", "speaker": "the fire chief", "channel": ""},
                  {"article": "beta", "start": 150, "end": 190, "text": "We had it under control within the hour", "speaker": "a firefighter", "channel": ""}]}
              ]
            }
            """;

    static final String NEW = """
            {
              "schema": "factdiff/findings/v1",
              "tool": {"name": "factdiff", "version": "0.1.0"},
              "case": {"id": "harbour-fire", "title": "Fire at the harbour", "report_date": "2020-03-02"},
              "articles": [
                {"id": "alpha", "outlet": "Daily", "sha256": "abababababababababababababababababababababababababababababababab", "words": 312, "title": "Fire at the harbour"},
                {"id": "beta", "outlet": "Wire", "sha256": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "words": 200, "title": "Harbour blaze"},
                {"id": "delta", "outlet": "Blog", "sha256": "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd", "words": 90, "title": "Harbour *fire*: what we know"},
                {"id": "gamma", "outlet": "Radio", "sha256": "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "words": 150, "title": null}
              ],
              "reuse": {"pairs": [
                {"id": "r-6000000001", "a": "alpha", "b": "beta", "coverage_a": 0.21, "coverage_b": 0.3005, "direction": "a->b", "passages": [
                  {"id": "p-5000000001", "kind": "verbatim", "similarity": 1.0,
                   "a_start": 22, "a_end": 52, "a_text": "The fire started at dawn on pier 4",
                   "b_start": 0, "b_end": 30, "b_text": "The fire started at dawn on pier 4"}]},
                {"id": "r-6000000002", "a": "beta", "b": "delta", "coverage_a": 0.1, "coverage_b": 0.4, "direction": "unknown", "passages": [
                  {"id": "p-5000000002", "kind": "near-verbatim", "similarity": 0.93,
                   "a_start": 40, "a_end": 65, "a_text": "Two workers were injured.",
                   "b_start": 12, "b_end": 52, "b_text": "Two dock workers were injured, one badly."}]}
              ]},
              "agreements": [
                {"id": "a-1000000001", "statement": "Two workers were injured.", "independent_sources": 2, "sources": [
                  {"article": "alpha", "start": 62, "end": 87, "text": "Two workers were injured."},
                  {"article": "beta", "start": 40, "end": 65, "text": "Two workers were injured."},
                  {"article": "delta", "start": 12, "end": 52, "text": "Two dock workers were injured, one badly."}]},
                {"id": "a-1000000002", "statement": "The fire started at dawn.", "independent_sources": 2, "sources": [
                  {"article": "alpha", "start": 22, "end": 52, "text": "The fire started at dawn on pier 4"},
                  {"article": "gamma", "start": 5, "end": 30, "text": "It started at dawn."}]},
                {"id": "a-1000000003", "statement": "The harbour's *east* basin [the old one] was closed to ships for the rest of the day, and the ferry to the island did not run.", "independent_sources": 1, "sources": [
                  {"article": "delta", "start": 60, "end": 180, "text": "The harbour's *east* basin [the old one] was closed to ships for the rest of the day, and the ferry to the island did not run."}]}
              ],
              "contradictions": [
                {"id": "x-2000000001", "topic": "how many were injured", "kind": "number",
                 "explanation": "alpha and delta say two, gamma says three.", "cause": null, "values": [
                  {"article": "alpha", "start": 62, "end": 87, "text": "Two workers were injured.", "value": "2"},
                  {"article": "gamma", "start": 40, "end": 70, "text": "Three workers were hurt.", "value": "3"}],
                 "review": {"status": "dismissed", "note": "gamma counts a passer-by", "by": "kim", "date": "2020-03-03", "rating": null}}
              ],
              "single_source": [
                {"id": "s-3000000001", "article": "beta", "start": 100, "end": 140, "text": "The port authority said the cause is unknown.", "score": "2.5", "reasons": ["a named source"]}
              ],
              "single_source_folded": [
                {"id": "s-3000000002", "article": "gamma", "start": 80, "end": 110, "text": "A tanker was moored nearby.", "score": "1.5", "reasons": []}
              ],
              "altered_quotes": [
                {"id": "q-4000000001", "quote": "We had it under control within the hour", "change": "attribution", "variants": [
                  {"article": "alpha", "start": 132, "end": 172, "text": "We had it under control within the hour", "speaker": "the fire chief", "channel": ""},
                  {"article": "beta", "start": 150, "end": 190, "text": "We had it under control within the hour", "speaker": "a spokesman", "channel": ""}]}
              ],
              "orphaned_reviews": [
                {"id": "x-2000000002", "status": "confirmed", "note": "pier 4 per the port's map", "by": "kim", "date": "2020-03-03", "rating": null}
              ]
            }
            """;

    static JsonNode old() {
        return FindingsFile.parse(OLD);
    }

    static JsonNode now() {
        return FindingsFile.parse(NEW);
    }

    /** {@code json} with a review of the given status put on the first contradiction. */
    static JsonNode withReview(String json, String status) {
        JsonNode root = FindingsFile.parse(json);
        ObjectNode review = ((ObjectNode) root.get("contradictions").get(0)).putObject("review");
        review.put("status", status);
        return root;
    }
}
