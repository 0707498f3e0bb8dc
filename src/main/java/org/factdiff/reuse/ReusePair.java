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
        passages = distinctIds(passages);
    }

    /**
     * The passages with their ids told apart: an article that prints one paragraph twice has it
     * matched twice against the other's, both passages of one text and so of one id. Each repeat,
     * in the passages' order, takes an id of its own, derived from the first and its rank, so
     * that every finding id of a report is unique (reviews and diffs find findings by id).
     */
    private static List<Passage> distinctIds(List<Passage> in) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<Passage> out = new java.util.ArrayList<>(in.size());
        for (Passage p : in) {
            int n = seen.merge(p.id(), 1, Integer::sum);
            if (n == 1) {
                out.add(p);
            } else {
                String id = "p-" + org.factdiff.base.Sha256.hex((p.id() + "\n" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .substring(0, 10);
                out.add(new Passage(id, p.kind(), p.similarity(), p.a(), p.b(), p.changes(), p.sharedBy()));
            }
        }
        return List.copyOf(out);
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
