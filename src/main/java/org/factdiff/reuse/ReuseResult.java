package org.factdiff.reuse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reuse stage's findings.
 *
 * @param pairs         pairs with at least one shared passage, ordered by (a, b) with a &lt; b
 * @param originalShare per article id: share of its words found in no other article (0..1)
 * @param bounded       pairs too repetitive to align in full, ordered by (a, b): the report says
 *                      how far their alignment went
 */
public record ReuseResult(List<ReusePair> pairs, Map<String, Double> originalShare, List<Bounded> bounded) {
    public ReuseResult {
        pairs = List.copyOf(pairs);
        originalShare = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(originalShare));
        bounded = List.copyOf(bounded);
    }

    public ReuseResult(List<ReusePair> pairs, Map<String, Double> originalShare) {
        this(pairs, originalShare, List.of());
    }

    /**
     * A pair whose alignment stopped at the per-pair bound ({@link ReuseOptions#maxPairCells}):
     * {@code aligned} sentence pairs were aligned, in order, from {@code candidates} that share a
     * fingerprint (the neighbours a passage grows into count among the aligned).
     */
    public record Bounded(String a, String b, int aligned, int candidates) {
        public Bounded {
            if (a.compareTo(b) >= 0 || aligned < 0 || candidates < 0) {
                throw new IllegalArgumentException("bounded pair out of range: " + a + ", " + b);
            }
        }

        /** One sentence for the report. */
        public String note() {
            return String.format(java.util.Locale.ROOT, "%s and %s are too repetitive to align in full: aligned the "
                    + "first %d sentence pairs (%d shared a fingerprint)", a, b, aligned, candidates);
        }
    }

    /** Nothing shared: every article fully original. */
    public static ReuseResult none(List<String> articleIds) {
        Map<String, Double> share = new TreeMap<>();
        articleIds.forEach(id -> share.put(id, 1.0));
        return new ReuseResult(List.of(), share);
    }
}
