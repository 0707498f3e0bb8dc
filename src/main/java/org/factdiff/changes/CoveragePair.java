package org.factdiff.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One pair of articles that share text, and how much of each the shared passages cover.
 *
 * @param id        the pair's id ("r-…") where findings.json gives one
 * @param a         the first article's id
 * @param b         the second article's id
 * @param coverageA share of a's words inside passages shared with b, 0..1, exactly as written
 * @param coverageB share of b's words inside passages shared with a
 * @param direction "a->b", "b->a" or "unknown"
 * @param review    the pair's review, if any
 * @param json      the pair as findings.json gives it, without its passages
 */
public record CoveragePair(Optional<String> id, String a, String b, BigDecimal coverageA, BigDecimal coverageB,
                           String direction, Optional<Review> review, JsonNode json) {
    /** By a, then b. */
    public static final Comparator<CoveragePair> ORDER = Comparator.comparing(CoveragePair::a)
            .thenComparing(CoveragePair::b);

    public CoveragePair {
        Objects.requireNonNull(id, "id");
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            throw new IllegalArgumentException("reuse pair needs both articles, was a='" + a + "', b='" + b + "'");
        }
        Objects.requireNonNull(coverageA, "coverageA");
        Objects.requireNonNull(coverageB, "coverageB");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(json, "json");
    }

    /** The key a pair is matched on between two files. */
    String key() {
        return a + "\u0000" + b;
    }

    /** "coalition-hits ↔ hit-militias". */
    public String articles() {
        return a + " ↔ " + b;
    }
}
