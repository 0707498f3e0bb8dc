package org.factdiff.compare;

import java.util.List;
import org.factdiff.claims.Claim;

/**
 * One kind of conflict looked for over all the claims of a case, wherever the articles state
 * it (the rules that compare aligned groups live in {@link RuleBasedComparer}). A new kind is
 * one class and one test file, registered in {@link RuleBasedComparer#rules}.
 */
interface ContradictionRule {
    /** The contradictions of this kind, each with evidence from two or more articles. */
    List<Contradiction> find(List<Claim> claims);
}
