package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdiff.align.ClaimGroup;
import org.factdiff.claims.Claim;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.ReusePair;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Words;

/** Check-worthy facts only one article states: in no group with another article, in no shared passage. */
final class SingleSources {
    /** A claim naming someone but giving no figure needs this many words to be a fact one could check. */
    static final int SINGLE_SOURCE_WORDS = 10;
    /** A claim mostly inside a passage shared with another article is stated there too. */
    static final double SHARED_SHARE = 0.5;

    private SingleSources() {
    }

    static List<SingleSource> find(CaseClaims in) {
        List<ClaimGroup> groups = in.groups();
        List<Claim> claims = in.claims();
        Set<String> corroborated = new HashSet<>();
        for (ClaimGroup g : groups) {
            if (g.articles() >= 2) {
                g.members().forEach(m -> corroborated.add(m.claim().id()));
            }
        }
        List<SingleSource> out = new ArrayList<>();
        for (Claim c : claims) {
            if (!c.checkWorthy() || corroborated.contains(c.id()) || sharedElsewhere(c.evidence(), in.reuse())) {
                continue;
            }
            boolean factual = !c.quantities().isEmpty() || !c.times().isEmpty()
                    || c.quotes().stream().anyMatch(q -> q.named() && Words.count(q.evidence().text()) >= 5)
                    || !c.actors().isEmpty() && Words.count(c.evidence().text()) >= SINGLE_SOURCE_WORDS
                    || c.roles().stream().anyMatch(r -> r.patient().isPresent());
            if (factual) {
                out.add(new SingleSource(Ids.of("s", List.of(c.article(), c.evidence().text())), c.evidence()));
            }
        }
        out.sort(Comparator.comparing(SingleSource::evidence).thenComparing(SingleSource::id));
        return out;
    }

    /** True when most of the excerpt lies in passages its article shares with another. */
    private static boolean sharedElsewhere(Excerpt e, ReuseResult reuse) {
        int covered = 0;
        for (ReusePair p : reuse.pairs()) {
            for (Passage s : p.passages()) {
                Excerpt side = p.a().equals(e.article()) ? s.a() : p.b().equals(e.article()) ? s.b() : null;
                if (side != null) {
                    covered = Math.max(covered, Math.min(side.end(), e.end()) - Math.max(side.start(), e.start()));
                }
            }
        }
        return covered >= SHARED_SHARE * e.length();
    }
}
