package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdiff.align.ClaimGroup;
import org.factdiff.casefile.Timestamp;
import org.factdiff.claims.Claim;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.text.Lexicon;
import org.factdiff.text.Meanings;
import org.factdiff.text.ParsedText;

/**
 * Compares aligned claims by explainable rules, precision first: a contradiction needs
 * evidence from two articles that demonstrably speak of the same fact, and one plain sentence
 * says what differs. Each kind of conflict is one {@link ContradictionRule}; this class only
 * gathers their findings, removes duplicates and sorts.
 */
public final class RuleBasedComparer implements ClaimComparer {
    private final Lexicon lexicon;
    private final Map<String, Timestamp> published;
    private final Meanings meanings;

    /** @param lexicon the case's lexicon, for reading synonyms as rewording */
    public RuleBasedComparer(Lexicon lexicon) {
        this(lexicon, Map.of(), Meanings.NONE);
    }

    /**
     * @param lexicon   the case's lexicon, for reading synonyms as rewording
     * @param published each article's publication time, where known, to tell counts that changed over time
     * @param meanings  the sentences' meanings, to tell what no other article states in other words
     */
    public RuleBasedComparer(Lexicon lexicon, Map<String, Timestamp> published, Meanings meanings) {
        this.lexicon = lexicon;
        this.published = Map.copyOf(published);
        this.meanings = meanings;
    }

    @Override
    public Comparison compare(List<ClaimGroup> groups, List<Claim> claims, ReuseResult reuse, Map<String, ParsedText> texts) {
        CaseClaims in = new CaseClaims(groups, claims, reuse, texts, lexicon, meanings, published);
        List<Contradiction> contradictions = new ArrayList<>();
        for (ContradictionRule rule : rules(in)) {
            contradictions.addAll(rule.find(in));
        }
        List<Contradiction> explained = new Causes(in, published).explain(dedupe(contradictions));
        SingleSources.Selection single = SingleSources.find(in);
        return new Comparison(sortContradictions(explained), AlteredQuotes.find(in), Agreements.find(in, explained),
                single.shown(), single.folded());
    }

    /** Every kind of conflict looked for, in the order their findings are gathered. */
    static List<ContradictionRule> rules(CaseClaims in) {
        return List.of(new FigureConflicts(), new SentenceConflicts(), new QuoteAttributions(),
                new UnknownVersusFigures(), new RoleConflicts(in.texts()), new OfficeConflicts(), new OfficeHolders(), new NoneVersusSome(),
                new PolarityConflicts(), new NameSpellings(), new EventDates(), new Affiliations(), new PartyAffiliations(), new ResearchInstitutions(), new DiversionPlaces(), new NamedNationalities(), new WorkCreators(), new OrderConflicts(),
                new DenialScopes(), new PersonAges(), new PersonNationalities(), new PartOverWhole(), new OutcomeConflicts(), new DecisionConflicts(), new FinishingPlaces(), new CauseConflicts(),
                new ChangeDirections(), new PlaceConflicts(), new AgentConflicts(), new UnitConflicts(),
                new VictoryConflicts(), new ContestWinners(), new VesselFlags(), new ScoreConflicts(), new RouteConflicts(), new TenureStarts(), new StateStarts(), new InvestigationLeads(), new CompassSides(), new PersonParts(), KindConflicts.vehicles(), KindConflicts.animals(), KindConflicts.pathogens(), KindConflicts.directions(), KindConflicts.headings(), new PresenceConflicts(), new ReopeningConflicts(), new TakeoverDirections(), new GoalScorers(), new GoalCounts(), new VoteChoices(), new BodyBases());
    }

    /**
     * Kinds whose finding another of the same kind may hold whole: numbers, dates, and denials
     * (two sentences that differ by "not", within a dispute many articles take sides in).
     */
    private static boolean coverable(Contradiction c) {
        // A quotation's credits are gathered over all its articles; a sentence difference between some of them adds nothing.
        return c.kind() == ContradictionKind.NUMBER || c.kind() == ContradictionKind.DATE
                || c.kind() == ContradictionKind.NEGATION || c.kind() == ContradictionKind.ATTRIBUTION;
    }

    /** The same values (articles and words) found twice, e.g. by a figure and by a sentence diff, count once. */
    private static List<Contradiction> dedupe(List<Contradiction> in) {
        Map<String, Contradiction> out = new LinkedHashMap<>();
        for (Contradiction c : in) {
            // Figures are found by two rules that word their values differently; other kinds by one,
            // and one sentence may differ in two places ("near X" and "backed by Y").
            String key = c.kind() + "|" + c.values().stream().map(v -> v.evidence().article() + "@" + v.evidence().start()
                    + (c.kind() == ContradictionKind.NUMBER ? "" : "=" + v.value())).sorted().collect(Collectors.joining(","));
            out.putIfAbsent(key, c);
        }
        // A sentence-level number difference already covered by a figure contradiction adds nothing.
        // A cover holds every piece of evidence of what it covers, the first one too: number
        // contradictions are looked up by their evidence, so that thousands are not all compared.
        Map<String, List<Contradiction>> numbersByEvidence = new java.util.HashMap<>();
        Map<Contradiction, Set<String>> evidence = new java.util.IdentityHashMap<>();
        out.values().forEach(o -> evidence.put(o, evidenceOf(o)));
        // Dates too: the day of the event in two sentences that a sentence difference of four already holds.
        for (Contradiction o : out.values()) {
            if (coverable(o)) {
                for (String e : evidence.get(o)) {
                    numbersByEvidence.computeIfAbsent(o.kind() + e, k -> new ArrayList<>()).add(o);
                }
            }
        }
        List<Contradiction> kept = new ArrayList<>();
        // Two days for the same sentences, told by the sentence difference and by the day of
        // what happened ("August 4" / "4"), are one difference; so are two denials of the same
        // sentences ("convicted" / "acquitted" told by the sentence difference and by the outcomes).
        Set<String> toldSentences = new java.util.HashSet<>();
        // A rule that names what is denied ("order relative to ...", "outcome for ...") tells it
        // better than the sentence difference, whose topic is the sentence itself: it goes first.
        for (Contradiction c : out.values()) {
            if (c.kind() == ContradictionKind.NEGATION && !c.topic().startsWith("\u201c")) {
                toldSentences.add(c.kind() + new java.util.TreeSet<>(evidence.get(c)).toString());
            }
        }
        for (Contradiction c : out.values()) {
            Set<String> mine = evidence.get(c);
            boolean named = c.kind() == ContradictionKind.NEGATION && !c.topic().startsWith("\u201c");
            if ((c.kind() == ContradictionKind.DATE || c.kind() == ContradictionKind.NEGATION) && !named
                    && !toldSentences.add(c.kind() + new java.util.TreeSet<>(mine).toString())) {
                continue;
            }
            java.util.Collection<Contradiction> covers = mine.isEmpty() ? out.values()
                    : numbersByEvidence.getOrDefault(c.kind() + mine.iterator().next(), List.of());
            boolean covered = coverable(c) && c.topic().length() > 0 && covers.stream()
                    .anyMatch(o -> o != c && o.kind() == c.kind() && o.values().size() > c.values().size()
                            && evidence.get(o).containsAll(mine) && (!figureFinding(c) || o.topic().equals(c.topic()) || valuesWithin(c, o)));
            if (!covered) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * True for a finding of two figures of one named thing ("time of the event"), not of one
     * sentence told two ways: the same two sentences may hold two such findings, the time of a
     * collision and the people on board, and neither covers the other unless it gives the same
     * figures (a unit told two ways is the figure's finding told again).
     */
    private static boolean figureFinding(Contradiction c) {
        return c.kind() == ContradictionKind.NUMBER && !c.topic().startsWith("\u201c");
    }

    /** True when each of {@code c}'s values is written within one of {@code o}'s: one figure in other words. */
    private static boolean valuesWithin(Contradiction c, Contradiction o) {
        return c.values().stream().allMatch(v -> o.values().stream().anyMatch(w -> w.value().contains(v.value())));
    }

    private static Set<String> evidenceOf(Contradiction c) {
        return c.values().stream().map(v -> v.evidence().article() + "@" + v.evidence().start()).collect(Collectors.toSet());
    }

    /**
     * Distortions first (a copy changed its source), then what nothing explains, then what
     * different sources or times explain; within each, most articles first.
     */
    private static List<Contradiction> sortContradictions(List<Contradiction> in) {
        List<Contradiction> out = new ArrayList<>(in);
        // Each one's article count once, not once per comparison: a large case sorts thousands.
        Map<Contradiction, Long> articles = new java.util.IdentityHashMap<>();
        in.forEach(c -> articles.put(c, c.values().stream().map(v -> v.evidence().article()).distinct().count()));
        out.sort(Comparator.comparingInt((Contradiction c) -> c.cause().map(x -> x.kind() == Cause.Kind.DISTORTION ? 0
                        : 1 + x.kind().ordinal()).orElse(1))
                .thenComparingLong((Contradiction c) -> -articles.get(c))
                .thenComparing(Contradiction::kind).thenComparing(Contradiction::topic).thenComparing(Contradiction::id));
        return out;
    }
}
