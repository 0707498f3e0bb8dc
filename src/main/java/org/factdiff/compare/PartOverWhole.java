package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;

/**
 * A count of some people that is more than another article's count of all people of the same
 * outcome: "nine fans were crushed to death" against "seven people were killed". The fans are
 * among the people, so nine of them cannot have died if seven people did. A smaller count of
 * some ("five fans died" against "seven people") may be a part and stays quiet, and so do two
 * counts of different groups ("12 crew" / "30 passengers"), which {@link FigureConflicts} never
 * sets against each other. Each article must give one value for the outcome in all its text,
 * so that an update or a breakdown ("seven people, five of them fans") is never read as the whole.
 */
final class PartOverWhole implements ContradictionRule {
    /** One article's counts of one outcome: the values of all people and of some, with their first statement. */
    private static final class Counts {
        final Set<String> whole = new TreeSet<>();
        final Set<String> some = new TreeSet<>();
        final Set<String> someThings = new TreeSet<>();
        Claim firstWhole;
        Quantity firstWholeQ;
        Claim firstSome;
        Quantity firstSomeQ;
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, Map<String, Counts>> byOutcome = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.furniture()) {
                continue;
            }
            for (Quantity q : c.quantities()) {
                if (!PeopleCounts.countsPeople(q) || q.earlier() || q.part() || !q.context().isEmpty()) {
                    continue;
                }
                Counts n = byOutcome.computeIfAbsent(PeopleCounts.key(q), k -> new TreeMap<>())
                        .computeIfAbsent(c.article(), k -> new Counts());
                String value = q.value() + ":" + q.upper() + ":" + q.qualifier();
                if (q.thing().equals("people")) {
                    n.whole.add(value);
                    if (n.firstWhole == null) {
                        n.firstWhole = c;
                        n.firstWholeQ = q;
                    }
                } else {
                    n.some.add(value);
                    n.someThings.add(q.thing());
                    if (n.firstSome == null) {
                        n.firstSome = c;
                        n.firstSomeQ = q;
                    }
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byOutcome.forEach((outcome, articles) -> conflict(articles, in).ifPresent(out::add));
        return out;
    }

    /** The contradiction among one outcome's counts: every part that exceeds a whole, with the wholes it exceeds. */
    private static java.util.Optional<Contradiction> conflict(Map<String, Counts> articles, CaseClaims in) {
        List<Contradiction.Value> values = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        List<String> parts = new ArrayList<>();
        List<String> wholes = new ArrayList<>();
        Map<String, Quantity> wholeCounts = new TreeMap<>();
        for (Map.Entry<String, Counts> p : articles.entrySet()) {
            Counts part = p.getValue();
            if (!part.whole.isEmpty() || part.some.size() != 1) {
                continue; // a count of all people of its own, or several values: nothing to weigh
            }
            for (Map.Entry<String, Counts> w : articles.entrySet()) {
                Counts whole = w.getValue();
                Quantity all = allOf(whole, part, in);
                if (w.getKey().equals(p.getKey()) || all == null || !in.sameIncident(p.getKey(), w.getKey())
                        || FigureBounds.of(part.firstSomeQ)[0] <= FigureBounds.of(all)[1]) {
                    continue;
                }
                if (listed.add(p.getKey())) {
                    values.add(value(part.firstSome, part.firstSomeQ));
                    parts.add(p.getKey());
                }
                if (listed.add(w.getKey())) {
                    values.add(value(all == whole.firstWholeQ ? whole.firstWhole : whole.firstSome, all));
                    wholes.add(w.getKey());
                    wholeCounts.putIfAbsent(w.getKey(), all);
                }
            }
        }
        if (values.isEmpty()) {
            return java.util.Optional.empty();
        }
        values.sort(Comparator.comparing(Contradiction.Value::evidence));
        Quantity all = wholeCounts.get(wholes.get(0));
        Quantity some = articles.get(parts.get(0)).firstSomeQ;
        String event = FigureWords.eventWords(all.event());
        String explanation = Prose.articleList(parts) + " " + (parts.size() == 1 ? "gives " : "give ") + some.display()
                + " (\u201C" + some.evidence().text().strip() + "\u201D) " + event + ", more than the " + all.display()
                + " " + noun(all) + " " + event + " in all that " + Prose.articleList(wholes) + " "
                + (wholes.size() == 1 ? "gives" : "give") + ": a part cannot be more than the whole.";
        return java.util.Optional.of(new Contradiction(Ids.contradiction("number", values), FigureWords.topic(all),
                ContradictionKind.NUMBER, explanation, values));
    }

    /**
     * The count of all that {@code whole}'s article gives against {@code part}'s: its one count of
     * people, or its one count of a kind that holds the part's kind ("four workers" holds "seven
     * miners", {@code person-kinds.txt}); null when it gives neither.
     */
    private static Quantity allOf(Counts whole, Counts part, CaseClaims in) {
        if (whole.whole.size() == 1 && whole.some.isEmpty()) {
            return whole.firstWholeQ;
        }
        if (whole.whole.isEmpty() && whole.some.size() == 1 && whole.someThings.size() == 1 && part.someThings.size() == 1
                && holds(whole.someThings.iterator().next(), part.someThings.iterator().next(), in.lexicon())) {
            return whole.firstSomeQ;
        }
        return null;
    }

    /** Kinds of people and the kinds they hold, as written: "workers = miners, employees". */
    private static final List<Map.Entry<String, String>> KINDS = org.factdiff.base.WordLists.entries(PartOverWhole.class,
            "person-kinds.txt");

    /** True when every one of the counted kind {@code part} is one of the kind {@code whole} ("worker" holds "miner"). */
    static boolean holds(String whole, String part, org.factdiff.text.Lexicon lexicon) {
        for (Map.Entry<String, String> e : KINDS) {
            if (!lexicon.norm(e.getKey()).equals(whole)) {
                continue;
            }
            for (String w : e.getValue().split(",")) {
                if (lexicon.norm(w.strip()).equals(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The noun a count of all is told with: "people", or the kind's own word ("workers"). */
    private static String noun(Quantity all) {
        if (all.thing().equals("people")) {
            return "people";
        }
        String text = all.evidence().text().strip();
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    private static Contradiction.Value value(Claim c, Quantity q) {
        return new Contradiction.Value(c.evidence(), q.withWords());
    }
}
