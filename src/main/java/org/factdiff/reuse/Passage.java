package org.factdiff.reuse;

import java.util.List;
import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * A stretch of text two articles share.
 *
 * @param similarity 0..1: twice the matching words over the words of both sides, after
 *                   normalisation (case, spelling, stems, names)
 * @param a          the side in the pair's first article
 * @param b          the side in the pair's second article
 * @param changes    the word-level differences between the two sides, in text order
 *                   (none for a verbatim passage)
 * @param sharedBy   in how many of the case's articles this passage appears (at least 2)
 */
public record Passage(String id, PassageKind kind, double similarity, Excerpt a, Excerpt b, List<Change> changes,
                      int sharedBy) {
    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        changes = List.copyOf(changes);
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity must be in 0..1: " + similarity);
        }
        if (sharedBy < 2) {
            throw new IllegalArgumentException("a passage is shared by at least 2 articles: " + sharedBy);
        }
    }

    Passage withSharedBy(int n) {
        return new Passage(id, kind, similarity, a, b, changes, n);
    }

    /**
     * Words that differ: replaced ({@code change}), only in a ({@code delete}) or only in b
     * ({@code insert}). Offsets are into the clean texts; the absent side of an insert or a
     * delete is an empty span where the words would be.
     */
    public record Change(String op, Excerpt a, Excerpt b) {
        public Change {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }
}
