package org.factdiff.align;

import java.util.List;
import org.factdiff.claims.Claim;

/** Groups claims of different articles that speak of the same fact. */
public interface ClaimAligner {
    /** @return groups in a total order that does not depend on the order of {@code claims} */
    List<ClaimGroup> align(List<Claim> claims);
}
