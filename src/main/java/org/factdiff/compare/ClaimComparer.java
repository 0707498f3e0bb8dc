package org.factdiff.compare;

import java.util.List;
import java.util.Map;
import org.factdiff.align.ClaimGroup;
import org.factdiff.claims.Claim;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.text.ParsedText;

/** Says what aligned claims show: agreements, contradictions, single-source claims, altered quotes. */
public interface ClaimComparer {
    /**
     * @param groups claims aligned across articles
     * @param claims every claim of every article
     * @param reuse  what the articles copied from one another (copies are not independent sources)
     * @param texts  the parsed texts, by article id
     */
    Comparison compare(List<ClaimGroup> groups, List<Claim> claims, ReuseResult reuse, Map<String, ParsedText> texts);
}
