package org.factdiff.reuse;

import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * A stretch of text two articles share.
 *
 * @param similarity 0..1, share of aligned words that match after normalisation
 * @param a          the side in the pair's first article
 * @param b          the side in the pair's second article
 * @param sharedBy   in how many of the case's articles this passage appears (at least 2)
 */
public record Passage(PassageKind kind, double similarity, Excerpt a, Excerpt b, int sharedBy) {
    public Passage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity must be in 0..1: " + similarity);
        }
        if (sharedBy < 2) {
            throw new IllegalArgumentException("a passage is shared by at least 2 articles: " + sharedBy);
        }
    }
}
