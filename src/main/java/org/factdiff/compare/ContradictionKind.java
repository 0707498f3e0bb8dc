package org.factdiff.compare;

/** What two articles disagree about. */
public enum ContradictionKind {
    NUMBER("number", "Numbers differ"),
    DATE("date", "Dates or times differ"),
    ENTITY("entity", "A different actor, place or group"),
    NEGATION("negation", "One asserts, another denies"),
    ATTRIBUTION("attribution", "Credited to different sources"),
    HEDGE("hedge", "Asserted by one, called unconfirmed by another");

    private final String id;
    private final String label;

    ContradictionKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in findings.json. */
    public String id() {
        return id;
    }

    /** A one-word tag for the report: the id, capitalised. */
    public String tag() {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** A heading for the report. */
    public String label() {
        return label;
    }
}
