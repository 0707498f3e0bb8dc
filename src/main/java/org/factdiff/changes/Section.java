package org.factdiff.changes;

/**
 * The lists of findings.json that hold findings, in the order findings.json gives them; every
 * emitted list of findings is sorted by this order, then by id. Orphaned reviews (reviews whose
 * finding is gone) come last.
 */
public enum Section {
    REUSE_PASSAGE("reuse passage", "evidence"),
    AGREEMENT("agreement", "sources"),
    CONTRADICTION("contradiction", "values"),
    SINGLE_SOURCE("single source", "evidence"),
    SINGLE_SOURCE_FOLDED("single source, folded", "evidence"),
    ALTERED_QUOTE("altered quote", "variants"),
    ORPHANED_REVIEW("orphaned review", "evidence");

    private final String label;
    private final String evidenceNoun;

    Section(String label, String evidenceNoun) {
        this.label = label;
        this.evidenceNoun = evidenceNoun;
    }

    /** How a line names a finding of this section: "single source, folded". */
    public String label() {
        return label;
    }

    /** What this section calls its pieces of evidence in a change: "sources added: x". */
    String evidenceNoun() {
        return evidenceNoun;
    }
}
