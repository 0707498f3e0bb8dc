package org.factdiff.compare;

import java.util.List;
import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * A check-worthy fact only one article states.
 *
 * @param score   how much it is worth checking (see {@link CheckWorthiness}); higher first
 * @param reasons the signs that made the score, e.g. "a figure", "a named source"
 */
public record SingleSource(String id, Excerpt evidence, double score, List<String> reasons) {
    /** Shown per article, the highest ranked; the rest are folded. */
    public static final int SHOWN_PER_ARTICLE = 8;

    public SingleSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(evidence, "evidence");
        reasons = List.copyOf(reasons);
    }
}
