package org.factdiff.changes;

import java.util.List;
import java.util.Objects;

/**
 * A reuse pair that was added, removed, or whose coverage or direction moved.
 *
 * @param kind    added, removed or changed
 * @param pair    the pair as the newer file has it, or as the older one had it when removed
 * @param changes in words: for a pair added or removed, its coverage and direction; for a changed
 *                one what moved, "coverage of coalition-hits: 9.5% → 12.0%"
 */
public record PairChange(ChangeKind kind, CoveragePair pair, List<String> changes) {
    public PairChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pair, "pair");
        changes = List.copyOf(changes);
    }
}
