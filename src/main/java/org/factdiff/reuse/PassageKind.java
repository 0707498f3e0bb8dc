package org.factdiff.reuse;

/** How closely a shared passage's two sides match. */
public enum PassageKind {
    VERBATIM("verbatim"),
    NEAR_VERBATIM("near-verbatim"),
    PARAPHRASE("paraphrase");

    private final String id;

    PassageKind(String id) {
        this.id = id;
    }

    /** The name used in findings.json. */
    public String id() {
        return id;
    }
}
