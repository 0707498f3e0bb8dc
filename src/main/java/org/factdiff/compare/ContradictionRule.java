package org.factdiff.compare;

import java.util.List;

/**
 * One kind of conflict between articles (figures, sentence slots, quotations, roles, offices,
 * polarity...). A new kind is one class and one test file, registered in
 * {@link RuleBasedComparer#rules}; the comparer only gathers, removes duplicates and sorts.
 */
interface ContradictionRule {
    /** The contradictions of this kind in the case, each with evidence from two or more articles. */
    List<Contradiction> find(CaseClaims in);
}
