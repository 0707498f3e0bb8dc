package org.factdiff.changes;

import java.util.List;
import java.util.Objects;

/**
 * An article added, removed, or edited (same id, another SHA-256).
 *
 * @param kind    added, removed or changed (edited)
 * @param article as the newer file has it, or as the older one had it when removed
 * @param changes in words: its title when added or removed; for an edit the hashes and word counts
 */
public record ArticleChange(ChangeKind kind, ArticleVersion article, List<String> changes) {
    public ArticleChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(article, "article");
        changes = List.copyOf(changes);
    }
}
