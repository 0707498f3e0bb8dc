package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.GroupKind;
import org.factdiff.align.Member;
import org.factdiff.claims.Qualifier;
import org.factdiff.claims.Quantity;

/**
 * Figures of the same key (the same outcome of the same thing: people killed, miles per hour,
 * the time of the event) that cannot all be true: "2 killed" against "4 killed", but not "at
 * least 30" against "34", "about 450" against "400 to 500", or "15 km" against "9.3 miles".
 */
final class FigureConflicts implements ContradictionRule {
    /** Most figures an explanation names: a sentence of fifty figures is read by no one. */
    static final int FIGURES_NAMED = 10;

    @Override
    public List<Contradiction> find(CaseClaims c) {
        // Each group on its own, on all cores (comparing sentences by meaning may encode them),
        // gathered in group order.
        List<ClaimGroup> groups = c.shared(GroupKind.FIGURE);
        java.util.Set<Double> disputed = DisputedFigures.of(c.claims());
        return groups.parallelStream().map(g -> of(g, c, disputed)).flatMap(java.util.Optional::stream).toList();
    }

    /** The contradiction among one group's figures, if they conflict. */
    private static java.util.Optional<Contradiction> of(ClaimGroup g, CaseClaims c, java.util.Set<Double> disputed) {
        Map<String, List<Member>> byArticle = new TreeMap<>();
        for (Member m : g.members()) {
            byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Member> first = representatives(byArticle);
        Map<String, List<Member>> byValue = new TreeMap<>();
        // Listed by the figure's value and bound: "75" and "at least 75" are two statements;
        // "2 km" and "2,000-metre" are one.
        Map<String, List<Member>> byFigure = new TreeMap<>();
        for (Member m : first.values()) {
            Quantity q = m.quantity().orElseThrow();
            byValue.computeIfAbsent(q.value() + ":" + q.upper(), k -> new ArrayList<>()).add(m);
            byFigure.computeIfAbsent(q.value() + ":" + q.upper() + ":" + (q.qualifier() == Qualifier.EXACT ? "" : q.qualifier()),
                    k -> new ArrayList<>()).add(m);
        }
        if (byValue.size() < 2) {
            return java.util.Optional.empty();
        }
        java.util.Set<Member> opposed = conflicting(first.values(), byArticle, c, disputed);
        if (opposed.isEmpty()) {
            return java.util.Optional.empty();
        }
        // Listed: the figures set against another article's; "picked nine people out of the
        // water" joins no count of those on board, and "4,350 hectares by Thursday morning" no
        // quarrel over the area burned by early Wednesday.
        List<Member> stated = List.copyOf(first.values());
        // Not an article giving an opposed figure that is itself set against no other: the wire's
        // "three killed" of Sunday against the late Saturday "two dead" is the toll grown. A bound
        // that can hold beside an opposed figure ("at least 12" beside 12 and 15) is named in the
        // explanation, listed as no side.
        first.values().removeIf(m -> !(stated.size() <= PAIRWISE ? opposed.contains(m) || boundBeside(m, opposed) : true)
                || !relevant(m, stated, c));
        byFigure.values().forEach(ms -> ms.removeIf(m -> !first.containsValue(m)));
        byFigure.values().removeIf(List::isEmpty);
        byValue.values().forEach(ms -> ms.removeIf(m -> !first.containsValue(m)));
        byValue.values().removeIf(List::isEmpty);
        List<Contradiction.Value> values = new ArrayList<>();
        for (Member m : sideEvidence(byFigure)) {
            Quantity q = m.quantity().orElseThrow();
            values.add(new Contradiction.Value(m.claim().evidence(), q.withWords()));
        }
        values.sort(Comparator.comparing(Contradiction.Value::evidence));
        String topic = FigureWords.topic(first.values().iterator().next().quantity().orElseThrow());
        List<List<Member>> named = named(byFigure);
        String explanation = "Articles give different figures for " + topic + ": " + named.stream()
                .map(FigureConflicts::figureWithArticles)
                .collect(Collectors.joining(" vs "))
                + (named.size() < byFigure.size() ? " and " + others(byFigure.size() - named.size()) : "")
                + "." + caution(byValue);
        return java.util.Optional.of(new Contradiction(Ids.contradiction("number", values), topic,
                ContradictionKind.NUMBER, explanation, values));
        }

    /**
     * The members listed as evidence, those of each side's founding figure: figures that can
     * both hold ("61 percent" and "61.3 percent", "at least 12" and "12") are one side, founded
     * by its exact figure stated most. The explanation names every article; listing two
     * compatible figures as evidence would set them against each other.
     */
    private static List<Member> sideEvidence(Map<String, List<Member>> byFigure) {
        List<List<Member>> classes = new ArrayList<>(byFigure.values());
        // Exact figures found the sides; a bound that can hold beside one ("at least 12" beside
        // "12" and "15") takes no side of its own.
        // Of clock times, which are read as short spans, the most precise founds its side: "at
        // 7:42 p.m." rather than "about 7:40 p.m.".
        classes.sort(Comparator.comparingInt((List<Member> ms) -> precision(ms.get(0).quantity().orElseThrow().qualifier()))
                .thenComparingDouble(ms -> ms.get(0).quantity().orElseThrow().clock()
                        ? ms.get(0).quantity().orElseThrow().upper() - ms.get(0).quantity().orElseThrow().value() : 0)
                .thenComparingInt(ms -> -ms.size())
                .thenComparing(ms -> ms.get(0).claim().evidence()));
        List<List<List<Member>>> sides = new ArrayList<>();
        for (List<Member> cls : classes) {
            Quantity q = cls.get(0).quantity().orElseThrow();
            List<List<Member>> home = null;
            for (List<List<Member>> side : sides) {
                if (side.stream().allMatch(o -> FigureBounds.canBothHold(o.get(0).quantity().orElseThrow(), q))) {
                    home = side;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                sides.add(home);
            }
            home.add(cls);
        }
        List<Member> out = new ArrayList<>();
        for (List<List<Member>> side : sides) {
            out.addAll(asMostWrite(mostStated(side)));
        }
        return out;
    }

    /**
     * The figure a side is listed by: its founder, or a figure of the same value that more
     * articles give with "about" ("60-metre" in one article, "about 60 metres" in five: the five).
     */
    private static List<Member> mostStated(List<List<Member>> side) {
        Quantity founder = side.get(0).get(0).quantity().orElseThrow();
        List<Member> best = side.get(0);
        for (List<Member> cls : side) {
            Quantity q = cls.get(0).quantity().orElseThrow();
            if (cls.size() > best.size() && sameFigure(q, founder) && precision(q.qualifier()) <= 1 && q.qualifier() != Qualifier.RANGE) {
                best = cls;
            }
        }
        return best;
    }

    /**
     * One figure and the articles that give it, as most of them write it: "78 months (a, b; six
     * and a half years in c)".
     */
    private static String figureWithArticles(List<Member> ms) {
        List<Member> most = asMostWrite(ms);
        Map<String, List<String>> others = new java.util.LinkedHashMap<>();
        ms.stream().filter(m -> !most.contains(m) && !written(m).equals(written(most.get(0))))
                .forEach(m -> others.computeIfAbsent(m.quantity().orElseThrow().display(), k -> new ArrayList<>()).add(m.article()));
        return most.get(0).quantity().orElseThrow().display() + " ("
                + Prose.articleList(most.stream().map(Member::article).toList())
                + others.entrySet().stream().map(e -> "; " + e.getKey() + " in " + Prose.articleList(e.getValue()))
                .collect(Collectors.joining()) + ")";
    }

    /**
     * How precise a figure's qualifier is, the most precise first: an exact figure founds a side
     * before an approximate one, and a bound ("thousands of travellers", "at least 2,000") last.
     */
    private static int precision(Qualifier q) {
        return q == Qualifier.EXACT ? 0 : q == Qualifier.ABOUT || q == Qualifier.RANGE ? 1 : 2;
    }

    /**
     * The members of one figure written as most of them write it: "78 months" in three articles,
     * not "six and a half years" in a fourth, which the explanation names beside them. Listing a
     * figure told in other units as evidence beside the one it equals would read as a difference.
     */
    private static List<Member> asMostWrite(List<Member> ms) {
        Map<String, List<Member>> byWords = new TreeMap<>();
        ms.forEach(m -> byWords.computeIfAbsent(written(m), k -> new ArrayList<>()).add(m));
        return byWords.values().stream().max(Comparator.comparingInt(List::size)).orElse(ms);
    }

    /** A figure as written without the words of its bound: "About 40 tonnes" and "Roughly 40 tonnes" are "40 tonnes". */
    private static String written(Member m) {
        return BOUND_WORDS.matcher(m.quantity().orElseThrow().display().toLowerCase(java.util.Locale.ROOT)).replaceFirst("");
    }

    /** Words of a bound or an approximation before a figure. */
    private static final Pattern BOUND_WORDS = Pattern.compile("^(?:(?:about|around|roughly|some|nearly|almost|approximately"
            + "|an\\s+estimated|estimated|more\\s+than|at\\s+least|over|up\\s+to|fewer\\s+than|less\\s+than|just|only"
            + "|close\\s+to|as\\s+many\\s+as|at|by)\\s+)+");

    /**
     * The figures an explanation names, in their usual order: all of them up to
     * {@link #FIGURES_NAMED}, past it those stated by the most articles (the finding's values
     * still hold every one).
     */
    private static String others(int n) {
        return n == 1 ? "1 other figure, in fewer articles" : n + " other figures, each in fewer articles";
    }

    private static List<List<Member>> named(Map<String, List<Member>> byFigure) {
        List<Map.Entry<String, List<Member>>> entries = new ArrayList<>(byFigure.entrySet());
        if (entries.size() > FIGURES_NAMED) {
            entries.sort(Comparator.comparingInt((Map.Entry<String, List<Member>> e) -> -e.getValue().size())
                    .thenComparing(Map.Entry::getKey));
            entries = new ArrayList<>(entries.subList(0, FIGURES_NAMED));
            entries.sort(Map.Entry.comparingByKey());
        }
        return entries.stream().map(Map.Entry::getValue).toList();
    }

    /** True when the member's figure is a bound or an estimate that can hold beside one of the opposed figures. */
    private static boolean boundBeside(Member m, java.util.Set<Member> opposed) {
        Quantity q = m.quantity().orElseThrow();
        return q.qualifier() != Qualifier.EXACT
                && opposed.stream().anyMatch(o -> FigureBounds.canBothHold(o.quantity().orElseThrow(), q));
    }

    /**
     * Most articles whose figures are all set against each other; past it the search stops at
     * the first pair that conflicts, and the figures listed are those comparable with another.
     */
    static final int PAIRWISE = 40;

    /**
     * The members whose figures cannot both be true with another member's, measure the same
     * thing, and come from articles about one incident or sentences about one scene; in a group
     * of more than {@link #PAIRWISE} articles, the first such pair only.
     */
    private static java.util.Set<Member> conflicting(Collection<Member> members, Map<String, List<Member>> byArticle,
                                                     CaseClaims c, java.util.Set<Double> disputed) {
        java.util.Set<Member> out = new java.util.HashSet<>();
        List<Member> ms = List.copyOf(members);
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                Quantity x = ms.get(i).quantity().orElseThrow();
                Quantity y = ms.get(j).quantity().orElseThrow();
                if (!differ(x, y) || DisputedFigures.between(disputed, x, y) || flowsOfTwoTimes(x, ms.get(i), y, ms.get(j), c)
                        || grownFromTold(x, ms.get(i).claim(), ms) || grownFromTold(y, ms.get(j).claim(), ms)
                        || !bothLeftOver(byArticle.get(ms.get(i).article()), byArticle.get(ms.get(j).article()))
                        || statedBeside(y, ms.get(i).claim()) || statedBeside(x, ms.get(j).claim())
                        || includedIn(x, ms.get(j).claim()) || includedIn(y, ms.get(i).claim())
                        || totalOfParts(y, ms.get(j).claim(), x) || totalOfParts(x, ms.get(i).claim(), y)
                        || c.givesAsEarlier(ms.get(j).article(), x) || c.givesAsEarlier(ms.get(i).article(), y)
                        || c.states(ms.get(j).article(), x) || c.states(ms.get(i).article(), y)
                        || partsSumTo(y, ms.get(j).claim(), x) || partsSumTo(x, ms.get(i).claim(), y)
                        || sumsTo(y, ms.get(j).claim(), x) || sumsTo(x, ms.get(i).claim(), y)
                        || combinedAgainstOne(x, ms.get(i).claim(), y) || combinedAgainstOne(y, ms.get(j).claim(), x)
                        || disputes(ms.get(i).claim()) || disputes(ms.get(j).claim())
                        || grownSince(x, ms.get(i).claim(), y, ms.get(j).claim(), c)
                        || grownSince(y, ms.get(j).claim(), x, ms.get(i).claim(), c)) {
                    continue;
                }
                if (SameQuantity.comparable(x, ms.get(i).claim(), y, ms.get(j).claim())
                        && !SameQuantity.namedApart(x, ms.get(i).claim(), c.text(ms.get(i).article()).text(), y,
                        ms.get(j).claim(), c.text(ms.get(j).article()).text())
                        && !SameQuantity.placedApart(ms.get(i).claim(), ms.get(j).claim())
                        && !SameQuantity.personsApart(ms.get(i).claim(), c.text(ms.get(i).article()).text(),
                        ms.get(j).claim(), c.text(ms.get(j).article()).text())
                        && !SameQuantity.scopedApart(ms.get(i).claim(), ms.get(j).claim())
                        && !SameQuantity.tenuresApart(x, ms.get(i).claim(), y, ms.get(j).claim())
                        && !(x.context().equals(Quantity.NEW) && SameQuantity.datedApart(ms.get(i).claim(), ms.get(j).claim()))
                        && !SameQuantity.monthsApart(ms.get(i).claim(), ms.get(j).claim())
                        && !(x.event().isEmpty() && !x.clock() && SameQuantity.subjectsApart(ms.get(i).claim(), ms.get(j).claim()))
                        && (sameEvent(x, y) || SameQuantity.sameShare(x, ms.get(i).claim(), y, ms.get(j).claim())
                        || SameQuantity.sameSpanOf(x, ms.get(i).claim(), y, ms.get(j).claim())
                        || !anyonesAge(x) && sameStatement(ms.get(i).claim(), ms.get(j).claim(), c))
                        && (c.sameIncident(ms.get(i).article(), ms.get(j).article())
                        || CaseClaims.sameScene(ms.get(i).claim(), ms.get(j).claim()))) {
                    out.add(ms.get(i));
                    out.add(ms.get(j));
                    if (ms.size() > PAIRWISE) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /**
     * True when {@code x} is a count as it stood at a moment its sentence names ("by early
     * Wednesday", "now") and {@code y}, larger, comes from an article written later that names no
     * such moment or another, or when {@code y}, larger, names its moment and {@code x} none: the
     * count grew since, as fires spread and tolls rise.
     */
    /**
     * True when two flows ("2,500 gallons a minute") may be of two times: a rate is a state that
     * changes as pumps are added or a leak is stemmed, not a count of what happened, and only two
     * articles the case says were written together give rates that contradict.
     */
    private static boolean flowsOfTwoTimes(Quantity x, Member mx, Quantity y, Member my, CaseClaims c) {
        return x.thing().endsWith(org.factdiff.claims.Quantity.FLOW) && y.thing().endsWith(org.factdiff.claims.Quantity.FLOW)
                && !c.writtenTogether(mx.article(), my.article());
    }

    /** True when a figure of one sentence grew into a figure of the same thing in the other ({@link #grownSince}). */
    static boolean grownBetween(org.factdiff.claims.Claim a, org.factdiff.claims.Claim b, CaseClaims c) {
        for (Quantity x : a.quantities()) {
            for (Quantity y : b.quantities()) {
                if (x.thing().equals(y.thing()) && (grownSince(x, a, y, b, c) || grownSince(y, b, x, a, c))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean grownSince(Quantity x, org.factdiff.claims.Claim cx, Quantity y, org.factdiff.claims.Claim cy,
                                      CaseClaims c) {
        if (x.clock() || x.rating() || x.thing().startsWith("age ") || x.thing().startsWith("minutes")
                || x.thing().startsWith("months") || y.value() <= x.upper()) {
            return false;
        }
        java.util.Optional<String> at = SameQuantity.asOfFigure(x, cx);
        if (at.isPresent() && !at.equals(SameQuantity.asOf(cy)) && c.writtenAfter(cy.article(), cx.article())) {
            return true;
        }
        // "By evening, 19 people had been treated", against 14 of a sentence that names no moment:
        // the larger says its count is one that runs on, and the smaller may be one of before,
        // even when an article written later (a rewrite of an early version) still gives it.
        // "Now" is when its article was written, and says so only against an article written before.
        return SameQuantity.asOfFigure(y, cy).isPresent() && SameQuantity.asOf(cx).isEmpty()
                && (SameQuantity.namesItsMoment(cy) || c.writtenAfter(cy.article(), cx.article()));
    }

    /**
     * A sentence that sets its figure against another party's: "the transit authority said,
     * disputing union figures", "rejecting the organisers' estimate". It reports one side of a
     * dispute it names, and an article giving the other side's figure does not contradict it.
     */
    private static final Pattern DISPUTING = Pattern.compile("(?i)\\b(?:disput|contest|contradict|reject|challeng)\\p{L}*"
            + "\\s+(?:the\\s+|their\\s+|its\\s+)?(?:[\\p{L}'\u2019-]+\\s+){0,2}(?:figures?|claims?|estimates?|numbers?|counts?|tally|account)\\b");

    /** True when the claim's sentence says it disputes another party's figures. */
    private static boolean disputes(org.factdiff.claims.Claim c) {
        return DISPUTING.matcher(c.evidence().text()).find();
    }

    /**
     * True when both figures count what happened to the same kind of people or things ("killing
     * nine people" / "Eleven people were killed"): the figures' own words say they measure one
     * thing, however different the rest of their sentences.
     */
    private static boolean sameEvent(Quantity x, Quantity y) {
        if (x.namedAmount() && x.thing().equals(y.thing())) {
            return true; // "a fine of $9 million" / "fined it 3 million": what the amounts are says it
        }
        // Of clock times, only an alarm's is one moment however its sentences run: a story tells
        // of one alarm raised, but of many departures, votes and orders lifted.
        return !x.event().isEmpty() && x.event().equals(y.event()) && !x.thing().isEmpty() && x.thing().equals(y.thing())
                && (!x.clock() || x.event().equals(Quantity.ALARM)) && !x.rating();
    }

    /** Nouns for anyone: "a 41-year-old man" and "a 63-year-old man" in one story are most often two men. */
    private static final java.util.Set<String> ANYONE = java.util.Set.of("man", "woman", "boy", "girl", "person",
            "child", "teenager", "teen", "youth", "resident", "pensioner", "baby", "infant");

    /**
     * True for the age of someone told only as a man, a woman, a child: two such ages are set
     * against each other only when the same thing happened to both ("a 6-year-old girl is
     * missing"), not because their sentences are alike.
     */
    private static boolean anyonesAge(Quantity q) {
        return q.thing().startsWith("age ") && ANYONE.contains(q.thing().substring("age ".length()));
    }

    /** True when another article's figure among {@code ms} is a figure of the same statement as {@code m}'s. */
    private static boolean relevant(Member m, Collection<Member> ms, CaseClaims c) {
        for (Member n : ms) {
            if (!n.article().equals(m.article())
                    && SameQuantity.comparable(m.quantity().orElseThrow(), m.claim(), n.quantity().orElseThrow(), n.claim())
                    && (sameEvent(m.quantity().orElseThrow(), n.quantity().orElseThrow())
                    || SameQuantity.sameShare(m.quantity().orElseThrow(), m.claim(), n.quantity().orElseThrow(), n.claim())
                    || SameQuantity.sameSpanOf(m.quantity().orElseThrow(), m.claim(), n.quantity().orElseThrow(), n.claim())
                    || sameStatement(m.claim(), n.claim(), c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code part} is one of two counts its sentence gives from two places, which sum
     * to {@code whole}: "eight engines from Fenwick station and four from Barrowfield" are the
     * "twelve fire engines" another article counts.
     */
    static boolean sumsTo(Quantity part, org.factdiff.claims.Claim c, Quantity whole) {
        int at = part.evidence().end() - c.evidence().start();
        String text = c.evidence().text();
        if (at < 0 || at > text.length() || part.qualifier() != Qualifier.EXACT || whole.qualifier() != Qualifier.EXACT) {
            return false;
        }
        Matcher m = FROM_ANOTHER.matcher(text.substring(at));
        if (!m.find()) {
            return false;
        }
        String other = m.group(1).toLowerCase(java.util.Locale.ROOT);
        Integer n = other.matches("\\d{1,6}") ? Integer.valueOf(other) : org.factdiff.claims.Cues.NUMBER_WORDS.get(other);
        return n != null && part.value() + n == whole.value();
    }

    /**
     * True when {@code part} is one of two or more figures of its sentence, of the same key, that
     * sum to {@code whole}: "4% this year and 3.5% next year" are the "7.5% over two years" another
     * article gives.
     */
    static boolean partsSumTo(Quantity part, org.factdiff.claims.Claim c, Quantity whole) {
        if (whole.value() != whole.upper()) {
            return false;
        }
        double sum = 0;
        int n = 0;
        for (Quantity q : c.quantities()) {
            if (q.thing().equals(part.thing()) && q.event().equals(part.event()) && q.context().equals(part.context())
                    && q.value() == q.upper() && !q.clock()) {
                sum += q.value();
                n++;
            }
        }
        return n >= 2 && Math.abs(sum - whole.value()) < 1e-9 * Math.max(1, Math.abs(sum));
    }

    /**
     * True when {@code total} is told as the sum over several ("three hospitals with a combined
     * 780 beds") and {@code one} as the size of one thing ("the 228-bed Larkport hospital").
     */
    static boolean combinedAgainstOne(Quantity total, org.factdiff.claims.Claim c, Quantity one) {
        int at = total.evidence().start() - c.evidence().start();
        String text = c.evidence().text();
        return at >= 0 && at <= text.length() && COMBINED.matcher(text.substring(0, at)).find()
                && SIZE_OF_ONE.matcher(one.evidence().text()).matches();
    }

    /** Words right before a figure that make it a sum over several: "a combined", "a total of". */
    private static final Pattern COMBINED = Pattern.compile("(?i)\\b(?:combined|total\\s+of|in\\s+all)\\s+$");
    /** A figure written as a modifier of one thing's size: "228-bed", "40-room". */
    private static final Pattern SIZE_OF_ONE = Pattern.compile("^[\\d,]+-\\p{L}+$");

    /** "from Fenwick station and four from Barrowfield" after a count: a second count of the same thing from elsewhere. */
    private static final Pattern FROM_ANOTHER = Pattern.compile(
            "^\\s+(?:from|at|in)\\s+[^,;.]{1,60}?(?:,|\\s+and)\\s+(\\d{1,6}|\\p{Ll}+)\\s+(?:more\\s+)?(?:from|at|in)\\b");

    /**
     * True when a measure's sentence states the other article's figure too, keyed apart: "14
     * hours of deliberations over three days, ending a five-week trial" holds the "roughly 14
     * hours" another article gives, whichever of its durations is set against it. Counts with
     * an outcome are never so matched: "five killed and seven hurt" does not hold "seven killed".
     */
    private static boolean statedBeside(Quantity y, org.factdiff.claims.Claim cx) {
        String label = y.unitLabel();
        if (label == null || !y.event().isEmpty() || y.clock()) {
            return false;
        }
        return cx.quantities().stream().anyMatch(q -> label.equals(q.unitLabel()) && q.event().isEmpty() && !differ(q, y));
    }

    /**
     * True when the other sentence gives the figure as a part of its own: "will cut 450 jobs,
     * including 120 at its Dunmore plant" holds the "120 jobs" another article gives for the
     * plant. The part after "including" often has no noun, so the claims stage reads no figure.
     */
    static boolean includedIn(Quantity x, org.factdiff.claims.Claim other) {
        if (x.value() != x.upper() || x.clock()) {
            return false;
        }
        Matcher m = INCLUDING.matcher(other.evidence().text());
        while (m.find()) {
            String n = m.group(1).replace(",", "").toLowerCase(java.util.Locale.ROOT);
            Integer word = org.factdiff.claims.Cues.NUMBER_WORDS.get(n);
            double v = word != null ? word : n.matches("\\d+(?:\\.\\d+)?") ? Double.parseDouble(n) : Double.NaN;
            if (v == x.value()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code total} is told as a sum with a part named after it and {@code other} is
     * smaller: "restitution totalling about $3.6 million, including $412,000 owed to the tax
     * office" holds the "$3.18 million to the authority" another article gives as another part.
     */
    static boolean totalOfParts(Quantity total, org.factdiff.claims.Claim c, Quantity other) {
        int at = total.evidence().end() - c.evidence().start();
        String text = c.evidence().text();
        if (at < 0 || at > text.length() || other.upper() >= total.value()) {
            return false;
        }
        return PART_AFTER.matcher(text.substring(at, Math.min(text.length(), at + PART_REACH))).find();
    }

    /**
     * A part of a total added after the first count: "17 people had been arrested, including
     * three arrested overnight", "including two more found on Tuesday". Group 1 the part.
     */
    private static final Pattern ADDED_LATER = Pattern.compile("(?i)\\b(?:including|among\\s+them)\\s+(\\d[\\d,]*|\\p{L}+)\\b"
            + "[^.;]{0,60}?\\b(?:overnight|since|later|afterwards|the\\s+next\\s+day|more)\\b");

    /**
     * True when a total names a part added after the first count, and the count without it is
     * a figure of the same group: "17 arrested, including three arrested overnight" beside "14
     * arrested" is the same count grown, and says nothing against another article's figure that
     * the 14 does not say.
     */
    private static boolean grownFromTold(Quantity total, org.factdiff.claims.Claim c, List<Member> members) {
        int at = total.evidence().end() - c.evidence().start();
        String text = c.evidence().text();
        if (at < 0 || at > text.length() || total.value() != total.upper()) {
            return false;
        }
        Matcher m = ADDED_LATER.matcher(text.substring(at));
        if (!m.find()) {
            return false;
        }
        String n = m.group(1).replace(",", "").toLowerCase(java.util.Locale.ROOT);
        Integer word = org.factdiff.claims.Cues.NUMBER_WORDS.get(n);
        double added = word != null ? word : n.matches("\\d+") ? Double.parseDouble(n) : Double.NaN;
        double base = total.value() - added;
        return members.stream().anyMatch(o -> o.quantity().orElseThrow().value() == base);
    }

    /** Words after a total that name a part of it: "including", "of which", "among them". */
    private static final Pattern PART_AFTER = Pattern.compile("(?i)^[^.;]*?\\b(?:including|of\\s+which|among\\s+them)\\b");
    /** Characters after a total searched for a part named. */
    private static final int PART_REACH = 40;

    /** A part named after the whole: "including 120", "among them three", "of whom 12". Group 1 the part. */
    private static final Pattern INCLUDING = Pattern.compile("(?i)\\b(?:including|among\\s+them|of\\s+(?:whom|which|them))"
            + "\\s+(?:some\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+)?(\\d[\\d,]*(?:\\.\\d+)?|\\p{L}+)\\b");

    private static boolean differ(Quantity x, Quantity y) {
        return x.clock() ? x.upper() < y.value() || y.upper() < x.value() : !FigureBounds.canBothHold(x, y);
    }

    /**
     * True when, once each figure of one article is paired with a figure of the other that can
     * hold with it, both articles have a figure left: "turnout 62%, 71% in favour" against
     * "turnout 58%, 71% in favour" leaves 62 and 58; "ran the city for eight years, will spend 6
     * years in jail" against "six years" leaves nothing of the second.
     */
    private static boolean bothLeftOver(List<Member> a, List<Member> b) {
        boolean[] used = new boolean[b.size()];
        int matched = 0;
        for (Member x : a) {
            for (int k = 0; k < b.size(); k++) {
                if (!used[k] && !differ(x.quantity().orElseThrow(), b.get(k).quantity().orElseThrow())) {
                    used[k] = true;
                    matched++;
                    break;
                }
            }
        }
        return a.size() > matched && b.size() > matched;
    }

    /**
     * Each article's figure to set against the others: its first that not every other article
     * can match (the 62% of "turnout 62%, 71% in favour", not the 71% all state), else its first.
     */
    private static Map<String, Member> representatives(Map<String, List<Member>> byArticle) {
        Map<String, Member> out = new TreeMap<>();
        byArticle.forEach((article, members) -> {
            Member chosen = members.get(0);
            for (Member m : members) {
                if (!common(m, article, byArticle)) {
                    chosen = m;
                    break;
                }
            }
            out.put(article, chosen);
        });
        return out;
    }

    /**
     * True when every other article states {@code m}'s figure itself. Only the same value counts:
     * "at least 75" can hold with 89 too, yet it is the figure its article leads with.
     */
    private static boolean common(Member m, String article, Map<String, List<Member>> byArticle) {
        for (Map.Entry<String, List<Member>> e : byArticle.entrySet()) {
            if (e.getKey().equals(article)) {
                continue;
            }
            boolean alike = false;
            for (Member o : e.getValue()) {
                alike |= sameFigure(m.quantity().orElseThrow(), o.quantity().orElseThrow());
            }
            if (!alike) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameFigure(Quantity x, Quantity y) {
        return x.value() == y.value() && x.upper() == y.upper();
    }

    /** Sentences whose figures are set against each other are at least this alike with numbers masked. */
    static final double SAME_STATEMENT = 0.4;

    /**
     * True when the two sentences say the same kind of thing once their numbers are masked, or
     * when meaning is not known: "a province of 3 million people" and "killed 12 people" share
     * a key's words only by chance.
     */
    static boolean sameStatement(org.factdiff.claims.Claim a, org.factdiff.claims.Claim b, CaseClaims c) {
        return !c.meanings().known() || c.meanings().maskedSimilarity(a.article(), a.sentence(), b.article(),
                b.sentence()) >= SAME_STATEMENT;
    }

    private static String caution(Map<String, List<Member>> byValue) {
        boolean bounds = byValue.values().stream().flatMap(List::stream)
                .anyMatch(m -> m.quantity().orElseThrow().qualifier() != Qualifier.EXACT);
        return bounds ? " Some are bounds (\"at least\", \"up to\"); figures also change as reporting goes on,"
                + " so check when each article was written." : " Check when each article was written: tolls and counts"
                + " change as reporting goes on.";
    }
}
