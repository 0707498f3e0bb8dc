package org.factdiff.reuse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reuse stage's findings.
 *
 * @param pairs         pairs with at least one shared passage, ordered by (a, b) with a &lt; b
 * @param originalShare per article id: share of its words found in no other article (0..1)
 */
public record ReuseResult(List<ReusePair> pairs, Map<String, Double> originalShare) {
    public ReuseResult {
        pairs = List.copyOf(pairs);
        originalShare = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(originalShare));
    }

    /** Nothing shared: every article fully original. */
    public static ReuseResult none(List<String> articleIds) {
        Map<String, Double> share = new TreeMap<>();
        articleIds.forEach(id -> share.put(id, 1.0));
        return new ReuseResult(List.of(), share);
    }
}
