package org.factdiff.reuse;

import java.util.List;
import java.util.Objects;

/**
 * What two articles share.
 *
 * @param a           the article id that sorts first
 * @param b           the other article id
 * @param coverageA   share of a's words inside passages shared with b (0..1)
 * @param coverageB   share of b's words inside passages shared with a (0..1)
 * @param containment whether one holds nearly all of the other
 * @param reason      why the direction was chosen, in one sentence
 * @param passages    in order of their start in a, then in b
 */
public record ReusePair(String a, String b, double coverageA, double coverageB, Containment containment,
                        Direction direction, String reason, List<Passage> passages) {
    public ReusePair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("pair must be ordered a < b: " + a + ", " + b);
        }
        Objects.requireNonNull(containment, "containment");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(reason, "reason");
        passages = List.copyOf(passages);
    }

    /**
     * The pair's stable id: "r-" and ten hex digits of the SHA-256 of the two article ids, so
     * that a review of the pair holds while the two articles stay in the case.
     */
    public String id() {
        return "r-" + org.factdiff.base.Sha256.hex((a + "\n" + b).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 10);
    }

    /** The id of the article that likely copied, or "" when unknown. */
    public String copier() {
        return switch (direction) {
            case A_TO_B -> b;
            case B_TO_A -> a;
            case UNKNOWN -> "";
        };
    }

    /** The id of the article that was likely copied from, or "" when unknown. */
    public String origin() {
        return switch (direction) {
            case A_TO_B -> a;
            case B_TO_A -> b;
            case UNKNOWN -> "";
        };
    }
}
