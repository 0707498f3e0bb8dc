package org.factdiff.reuse;

/** Who likely copied whom within a pair (a, b). */
public enum Direction {
    A_TO_B("a->b"),
    B_TO_A("b->a"),
    UNKNOWN("unknown");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    /** The name used in findings.json. */
    public String id() {
        return id;
    }
}
