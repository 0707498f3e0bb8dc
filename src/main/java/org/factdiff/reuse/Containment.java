package org.factdiff.reuse;

/** Whether one article of a pair holds nearly all of the other. */
public enum Containment {
    NONE(null),
    A_IN_B("a-in-b"),
    B_IN_A("b-in-a");

    private final String id;

    Containment(String id) {
        this.id = id;
    }

    /** The name used in findings.json, null for none. */
    public String id() {
        return id;
    }
}
