package org.factdiff.align;

/** What ties the members of a claim group together. */
public enum GroupKind {
    /** Figures about the same thing and event ("people killed", "cars derailed"). */
    FIGURE,
    /** Sentences that say the same, perhaps in other words. */
    STATEMENT,
    /** The same quotation. */
    QUOTE
}
