package org.factdiff.changes;

import java.util.List;
import java.util.Objects;

/**
 * A finding with the same id in both files and different content.
 *
 * @param before  as the older file has it
 * @param after   as the newer file has it
 * @param changes what changed, in words, at least one: "independent sources: 1 → 2"
 */
public record FindingChange(Finding before, Finding after, List<String> changes) {
    public FindingChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a change relates one id, was " + before.id() + " and " + after.id());
        }
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("changes of " + after.id() + " must not be empty");
        }
    }
}
