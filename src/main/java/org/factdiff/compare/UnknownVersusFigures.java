package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.GroupKind;
import org.factdiff.align.Member;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;
import org.factdiff.base.Words;

/**
 * "It is unclear whether anyone was killed" against "six killed": one article asserts a figure
 * that another calls unknown.
 */
final class UnknownVersusFigures implements ContradictionRule {
    /** A sentence saying a figure is unknown needs this many words to count (not a fragment). */
    static final int UNKNOWN_MIN_WORDS = 6;

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<ClaimGroup> groups = in.groups();
        List<Claim> claims = in.claims();
        List<Contradiction> out = new ArrayList<>();
        Map<String, List<Claim>> unknownByEvent = new TreeMap<>();
        for (Claim c : claims) {
            if (c.unknown() && c.quantities().isEmpty() && Words.count(c.evidence().text()) >= UNKNOWN_MIN_WORDS) {
                for (String e : c.events()) {
                    unknownByEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
                }
            }
        }
        for (Map.Entry<String, List<Claim>> e : unknownByEvent.entrySet()) {
            Map<String, Member> asserted = new TreeMap<>();
            for (ClaimGroup g : groups) {
                if (g.kind() != GroupKind.FIGURE) {
                    continue;
                }
                for (Member m : g.members()) {
                    Quantity q = m.quantity().orElseThrow();
                    if (covers(e.getKey(), q.event()) && q.context().isEmpty() && !q.earlier()
                            && m.claim().hedge().isEmpty()) {
                        asserted.putIfAbsent(m.article(), m);
                    }
                }
            }
            Map<String, Claim> unknown = new TreeMap<>();
            for (Claim c : e.getValue()) {
                unknown.putIfAbsent(c.article(), c);
            }
            unknown.keySet().removeAll(asserted.keySet());
            if (asserted.isEmpty() || unknown.isEmpty()) {
                continue;
            }
            List<Contradiction.Value> values = new ArrayList<>();
            for (Member m : asserted.values()) {
                Quantity q = m.quantity().orElseThrow();
                values.add(new Contradiction.Value(m.claim().evidence(), q.withWords()));
            }
            for (Claim c : unknown.values()) {
                values.add(new Contradiction.Value(c.evidence(), c.hedge()));
            }
            values.sort(Comparator.comparing(Contradiction.Value::evidence));
            // Damage called unknown is set against homes damaged and destroyed alike: named as damage.
            String event = e.getKey().equals("damage") ? "damage"
                    : FigureWords.topic(asserted.values().iterator().next().quantity().orElseThrow());
            out.add(new Contradiction(Ids.contradiction("hedge-unknown", values), event, ContradictionKind.HEDGE,
                    Prose.articleList(List.copyOf(asserted.keySet())) + " report" + (asserted.size() == 1 ? "s" : "")
                            + " a figure for " + event + "; " + Prose.articleList(List.copyOf(unknown.keySet()))
                            + (unknown.size() == 1 ? " says" : " say") + " it is not known (\u201C"
                            + unknown.values().iterator().next().hedge() + "\u201D).", values));
        }
        return out;
    }

    /** True when what is called unknown takes in the figure's event: "damage" takes in things destroyed. */
    static boolean covers(String unknown, String event) {
        return unknown.equals(event) || unknown.equals("damage") && event.equals("destruction");
    }
}
