package org.factdiff.compare;

import java.util.List;
import org.factdiff.align.GroupKind;

/**
 * Nearly identical sentences that differ in one slot: a number, a date, a name, a denial or a
 * hedge ("struck near X" / "struck near Y"). Sentences joined by meaning alone are not diffed.
 */
final class SentenceConflicts implements ContradictionRule {
    @Override
    public List<Contradiction> find(CaseClaims c) {
        return c.shared(GroupKind.STATEMENT).stream().flatMap(g -> c.reading(g).contradictions().stream()).toList();
    }
}
