package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.GroupKind;
import org.factdiff.align.Member;
import org.factdiff.claims.Quantity;
import org.factdiff.text.Excerpt;

/**
 * Facts two or more articles state alike: the same figure of the same key (counts of people
 * under one outcome joined, whatever noun counts them), or nearly identical
 * sentences in which no word that matters differs, with the independent sources counted.
 */
final class Agreements {
    private Agreements() {
    }

    /** The agreements of the case, one per set of evidence, most sources first. */
    static List<Agreement> find(CaseClaims c) {
        return find(c, List.of());
    }

    /**
     * As {@link #find(CaseClaims)}, without the sentences told alike that the case's
     * contradictions set against each other: "stolen early on Thursday" and "stolen early on
     * Saturday" are close in words, but a report that calls them a conflict does not also call
     * them one fact.
     */
    static List<Agreement> find(CaseClaims c, List<Contradiction> contradictions) {
        Map<List<Excerpt>, List<Agreement>> figures = new LinkedHashMap<>();
        Map<List<Excerpt>, Agreement> statements = new LinkedHashMap<>();
        Map<String, List<Agreement>> byFact = new TreeMap<>();
        for (ClaimGroup g : c.shared(GroupKind.FIGURE)) {
            figures(g, c, byFact).forEach(a -> figures.computeIfAbsent(a.sources(), k -> new ArrayList<>()).add(a));
        }
        // "Eight fans died" and "8 people were crushed to death": one count under two nouns. The
        // joined agreement takes the place of a noun's own that it holds all the sentences of.
        List<ClaimGroup> figureGroups = c.groups().stream().filter(g -> g.kind() == GroupKind.FIGURE).toList();
        for (ClaimGroup g : PeopleCounts.joined(figureGroups)) {
            Map<String, List<Agreement>> joinedFacts = new TreeMap<>();
            figures(g, c, joinedFacts);
            joinedFacts.forEach((fact, joined) -> joined.forEach(j -> widen(figures, byFact.getOrDefault(fact, List.of()), j)));
        }
        // "on Tuesday night" in sentences about one scene worded apart: a day agreed, as a figure is.
        // "the rider died" in sentences worded apart: an outcome agreed.
        for (Agreement a : OutcomeConflicts.agreements(c)) {
            figures.computeIfAbsent(a.sources(), k -> new ArrayList<>()).add(a);
        }
        for (Agreement a : EventDates.agreements(c)) {
            figures.computeIfAbsent(a.sources(), k -> new ArrayList<>()).add(a);
        }
        for (ClaimGroup g : c.shared(GroupKind.STATEMENT)) {
            c.reading(g).agreed().flatMap(a -> oneSide(a, contradictions, c))
                    .ifPresent(a -> statements.putIfAbsent(a.sources(), a));
        }
        Map<String, Agreement> out = new LinkedHashMap<>();
        for (Map.Entry<List<Excerpt>, Agreement> e : statements.entrySet()) {
            Agreement a = e.getValue();
            out.putIfAbsent(a.id(), merged(Optional.of(a), figures.getOrDefault(e.getKey(), List.of())));
        }
        for (Map.Entry<List<Excerpt>, List<Agreement>> e : figures.entrySet()) {
            if (!statements.containsKey(e.getKey())) {
                Agreement a = merged(Optional.empty(), e.getValue());
                out.putIfAbsent(a.id(), a);
            }
        }
        List<Agreement> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparingInt((Agreement a) -> -a.sources().size())
                .thenComparingInt(a -> -a.independentSources()).thenComparing(Agreement::statement)
                .thenComparing(Agreement::id));
        return sorted;
    }

    /**
     * The agreement of sentences on one side of each contradiction of a figure, a day or an
     * actor that has sides in them: the side most of them take (the first value on a tie), when
     * two or more sentences are left. A denial's scope or an order of events differing inside
     * sentences that otherwise agree leaves them agreeing on the rest: "not sold in retail
     * locations" / "not sold in retail locations and hospitals".
     */
    private static Optional<Agreement> oneSide(Agreement a, List<Contradiction> contradictions, CaseClaims c) {
        List<Excerpt> kept = new ArrayList<>(a.sources());
        for (Contradiction x : contradictions) {
            if (!setsApart(x)) {
                continue;
            }
            Map<String, List<Excerpt>> bySide = new TreeMap<>();
            for (Excerpt s : kept) {
                for (Contradiction.Value v : x.values()) {
                    if (overlaps(s, v.evidence())) {
                        bySide.computeIfAbsent(v.value(), k -> new ArrayList<>()).add(s);
                        break;
                    }
                }
            }
            if (bySide.size() >= 2) {
                List<Excerpt> most = bySide.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
                bySide.values().stream().filter(side -> side != most).forEach(kept::removeAll);
            }
        }
        if (kept.size() == a.sources().size()) {
            return Optional.of(a);
        }
        if (kept.stream().map(Excerpt::article).distinct().count() < 2) {
            return Optional.empty();
        }
        String statement = Prose.shorten(kept.get(0).text());
        return Optional.of(new Agreement(Ids.agreement(statement, kept), statement, List.copyOf(kept),
                c.independentSources(kept)));
    }

    /**
     * True for a conflict whose sides cannot share a statement: a figure, a day, an actor, or
     * opposite outcomes ("found guilty" / "acquitted"). A denial whose scope differs, or an order
     * of events, leaves the rest of the sentences agreeing.
     */
    private static boolean setsApart(Contradiction x) {
        return switch (x.kind()) {
            case NUMBER, DATE, ENTITY -> true;
            case NEGATION -> x.topic().startsWith(OutcomeConflicts.TOPIC);
            default -> false;
        };
    }

    /** True when two excerpts of one article overlap. */
    private static boolean overlaps(Excerpt s, Excerpt e) {
        return s.article().equals(e.article()) && s.start() < e.end() && e.start() < s.end();
    }

    /**
     * One agreement for one set of evidence: the sentence's statement when the articles also
     * agree on the sentence as a whole, else the figures it shares, joined; every figure is kept
     * among the facts.
     */
    private static Agreement merged(Optional<Agreement> sentence, List<Agreement> figures) {
        if (figures.isEmpty()) {
            return sentence.orElseThrow();
        }
        if (sentence.isEmpty() && figures.size() == 1) {
            return figures.get(0);
        }
        TreeSet<String> facts = new TreeSet<>();
        sentence.ifPresent(a -> facts.add(a.statement()));
        figures.forEach(a -> facts.add(a.statement()));
        Agreement first = sentence.orElse(figures.get(0));
        String statement = sentence.map(Agreement::statement)
                .orElseGet(() -> figures.stream().map(Agreement::statement).sorted().collect(Collectors.joining("; ")));
        return new Agreement(Ids.agreement(statement, first.sources()), statement, first.sources(),
                first.independentSources(), List.copyOf(facts));
    }

    /**
     * Puts an agreement of counts joined across nouns in place of each noun's own agreement on
     * the same count whose sentences it all holds; leaves it out when one of those holds all of
     * its sentences already.
     */
    private static void widen(Map<List<Excerpt>, List<Agreement>> figures, List<Agreement> own, Agreement joined) {
        boolean widens = true;
        for (Agreement a : own) {
            if (joined.sources().containsAll(a.sources()) && figures.containsKey(a.sources())) {
                figures.get(a.sources()).remove(a);
                if (figures.get(a.sources()).isEmpty()) {
                    figures.remove(a.sources());
                }
            } else if (a.sources().containsAll(joined.sources())) {
                widens = false;
            }
        }
        if (widens) {
            figures.computeIfAbsent(joined.sources(), k -> new ArrayList<>()).add(joined);
        }
    }

    /**
     * Every figure an article gives counts, not only its first: "more than 400 injured" in the
     * lede and "412 were injured" further down both stand. The agreements on counts of people
     * are also listed in {@code byFact}, by {@link PeopleCounts#fact}.
     */
    private static List<Agreement> figures(ClaimGroup g, CaseClaims c, Map<String, List<Agreement>> byFact) {
        Map<String, Map<String, Member>> byValue = new TreeMap<>();
        for (Member m : g.members()) {
            Quantity q = m.quantity().orElseThrow();
            // A rise and a fall of one size are no one fact: "rose 8 percent" / "fell 8 percent".
            String direction = ChangeDirections.direction(m.claim(), q);
            byValue.computeIfAbsent(q.value() + ":" + q.upper() + ":" + direction, k -> new TreeMap<>())
                    .putIfAbsent(m.article(), m);
        }
        List<Agreement> out = new ArrayList<>();
        for (Map<String, Member> byArticle : byValue.values()) {
            List<Member> same = List.copyOf(byArticle.values());
            Quantity q = same.get(0).quantity().orElseThrow();
            if (same.size() >= 2) {
                List<Excerpt> sources = same.stream().map(m -> m.claim().evidence()).sorted().toList();
                // Under two nouns ("eight fans", "8 people"), the statement takes the plainer one.
                Quantity said = same.stream().map(m -> m.quantity().orElseThrow())
                        .filter(x -> x.thing().equals("people")).findFirst().orElse(q);
                String statement = q.clock() ? (q.event().equals(org.factdiff.claims.Quantity.DISCOVERY) ? "it was found out "
                        : q.event().equals(org.factdiff.claims.Quantity.DEPARTURE) ? "it left "
                        : "the event happened ") + q.display() : FigureWords.statement(said);
                Agreement a = new Agreement(Ids.agreement(statement, sources), statement, sources,
                        c.independentSources(sources));
                out.add(a);
                if (PeopleCounts.countsPeople(q)) {
                    byFact.computeIfAbsent(PeopleCounts.fact(q), k -> new ArrayList<>()).add(a);
                }
            }
        }
        return out;
    }
}
