package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.Member;
import org.factdiff.align.SlotClaimAligner;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;
import org.factdiff.text.Excerpt;

/**
 * The word-level comparison of a group of nearly identical sentences: each typed difference
 * (a number, a date, a name, a denial, a hedge) between two articles, joined into the slots
 * that differ, or, when nothing differs, the fact they state alike.
 */
final class SentenceComparison {
    private SentenceComparison() {
    }

    /**
     * @param contradictions one per changed slot
     * @param agreed         the statement every article makes alike, when no word of it differs
     */
    record Reading(List<Contradiction> contradictions, Optional<Agreement> agreed) {
        Reading {
            contradictions = List.copyOf(contradictions);
        }
    }

    /** The value of the side of a hedge difference that states the thing as fact. */
    static final String STATED = "(stated as fact)";

    /** Words before a changed slot show where in the sentence it is: "…in the area of an established …". */
    static final int TOPIC_WORDS = 5;

    /** One side of a typed sentence difference: the article's sentence and its changed words. */
    private record Side(ContradictionKind kind, Excerpt sentence, Excerpt changed) {
    }

    static Reading read(ClaimGroup g, CaseClaims c) {
        List<Member> members = g.members();
        // Every typed difference between two members joins its two sides; sides of one article
        // that overlap are the same changed slot. Each connected slot is one contradiction, so a
        // sentence that differs in two places ("struck X" and "a zone backed by Y") gives two.
        List<Side> sides = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        boolean differ = false;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Member a = members.get(i);
                Member b = members.get(j);
                if (a.article().equals(b.article())) {
                    continue;
                }
                List<SentenceDiff.Difference> differences = SentenceDiff.between(a.claim(), c.text(a.article()),
                        b.claim(), c.text(b.article()), c.lexicon());
                // "Six miners died" / "six people were hurt": other outcomes are other facts.
                differ |= otherOutcomes(a.claim(), b.claim()) || oppositeChanges(a.claim(), b.claim());
                if (!SlotClaimAligner.sameWords(a.claim(), b.claim())) {
                    // Joined by meaning, not by words: a typed difference says they are not one
                    // fact told alike, but the diff of two rewordings is no evidence of a conflict.
                    differ |= !differences.isEmpty();
                    continue;
                }
                if (placeAndFigure(a.claim(), b.claim(), differences)) {
                    // "30 shops flooded in Tadley" / "9 shops flooded in Brackwell": two towns' counts.
                    differ = true;
                    continue;
                }
                for (SentenceDiff.Difference d : differences) {
                    boolean figure = d.kind() == ContradictionKind.NUMBER || d.kind() == ContradictionKind.DATE;
                    if (d.kind() == ContradictionKind.NUMBER && bothHold(a.claim(), d.a(), b.claim(), d.b())
                            || Acronyms.sameName(d.a().text(), d.b().text())) {
                        // "at least 20" / "23", "the UN" / "the United Nations": one fact; and figures
                        // whose keys differ only in how the words around them were read.
                        continue;
                    }
                    if (figure && SameQuantity.differentStatusTimes(a.claim(), b.claim())
                            || d.kind() == ContradictionKind.NUMBER && FigureConflicts.grownBetween(a.claim(), b.claim(), c)
                            || d.kind() == ContradictionKind.NUMBER && otherFigures(a.claim(), d.a(), b.claim(), d.b())
                            || d.kind() == ContradictionKind.NEGATION && otherOutcome(a.claim(), d.a(), b.claim(), d.b())) {
                        // "six miners died" / "six people were hurt": no conflict, and no one fact either.
                        differ = true;
                        continue;
                    }
                    sides.add(new Side(d.kind(), a.claim().evidence(), d.a()));
                    sides.add(new Side(d.kind(), b.claim().evidence(), d.b()));
                    links.add(new int[] {sides.size() - 2, sides.size() - 1});
                }
            }
        }
        // One statement quoted in other words by two articles is an altered quote, no agreement.
        differ |= AlteredQuotes.inOtherWords(g, c).isPresent();
        List<Contradiction> contradictions = contradictions(sides, links);
        boolean samePolarity = members.stream().map(m -> m.claim().negated()).distinct().count() == 1;
        if (!sides.isEmpty() || differ || !samePolarity) {
            // One sentence denying what another asserts, in other words, is no agreement.
            return new Reading(contradictions, Optional.empty());
        }
        Map<String, Member> first = CaseClaims.firstPerArticle(members);
        List<Excerpt> sources = first.values().stream().map(m -> m.claim().evidence()).sorted().toList();
        String statement = Prose.shorten(sources.get(0).text());
        return new Reading(contradictions, Optional.of(new Agreement(Ids.agreement(statement, sources), statement,
                sources, c.independentSources(sources))));
    }

    /**
     * True when the sentences differ in a figure and name places that share no word, or open
     * with two such names that underwent what they tell ("Yallara recorded 210 mm" / "Bindoon
     * Point recorded 145 mm"): told alike of two places, not one fact told twice.
     */
    private static boolean placeAndFigure(Claim a, Claim b, List<SentenceDiff.Difference> differences) {
        return (SameQuantity.placedApart(a, b) || SameQuantity.subjectsApart(a, b))
                && differences.stream().anyMatch(d -> d.kind() == ContradictionKind.NUMBER);
    }

    private static List<Contradiction> contradictions(List<Side> sides, List<int[]> links) {
        int[] parent = new int[sides.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        links.forEach(l -> union(parent, l[0], l[1]));
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                Side x = sides.get(i);
                Side y = sides.get(j);
                if (x.kind() == y.kind() && x.changed().article().equals(y.changed().article())
                        && x.changed().start() <= y.changed().end() && y.changed().start() <= x.changed().end()) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, Map<String, Side>> slots = new TreeMap<>();
        for (int i = 0; i < sides.size(); i++) {
            Side side = sides.get(i);
            Map<String, Side> byArticle = slots.computeIfAbsent(find(parent, i), k -> new TreeMap<>());
            Side known = byArticle.get(side.changed().article());
            if (known == null || side.changed().compareTo(known.changed()) < 0) {
                byArticle.put(side.changed().article(), side);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        for (Map<String, Side> slot : slots.values()) {
            ContradictionKind kind = slot.values().iterator().next().kind();
            List<Contradiction.Value> values = new ArrayList<>();
            Set<String> distinct = new HashSet<>();
            for (Side side : slot.values()) {
                String value = valueText(side.changed(), kind);
                values.add(new Contradiction.Value(side.sentence(), value));
                distinct.add(value.toLowerCase(Locale.ROOT));
            }
            if (distinct.size() < 2) {
                continue;
            }
            values.sort(Comparator.comparing(Contradiction.Value::evidence));
            Side first = slot.values().iterator().next();
            out.add(new Contradiction(Ids.contradiction(kind.id(), values), topicOf(first), kind, explain(kind, values),
                    values));
        }
        return out;
    }

    /**
     * True when the figures of a changed number count different outcomes ("six fell ill" / "two
     * died", a population / a toll): no conflict, and no agreement either.
     */
    private static boolean otherFigures(Claim ca, Excerpt changedA, Claim cb, Excerpt changedB) {
        Optional<Quantity> qa = figureAt(ca, changedA);
        Optional<Quantity> qb = figureAt(cb, changedB);
        return qa.isPresent() && qb.isPresent() && !qa.get().event().isEmpty() && !qb.get().event().isEmpty()
                && !qa.get().event().equals(qb.get().event());
    }

    /**
     * True when a changed number is no conflict and the sentences may still state one fact: the
     * figures can both be true ("at least 20" / "23", "12 km" / "7 miles"), or their keys differ
     * otherwise than in outcome (how the words around them were read: "1,233 kilometers (766
     * miles) west" / "1,230 kilometres west").
     */
    private static boolean bothHold(Claim ca, Excerpt changedA, Claim cb, Excerpt changedB) {
        Optional<Quantity> qa = figureAt(ca, changedA);
        Optional<Quantity> qb = figureAt(cb, changedB);
        if (qa.isEmpty() || qb.isEmpty()) {
            return false;
        }
        return !qa.get().key().equals(qb.get().key()) && !otherFigures(ca, changedA, cb, changedB)
                || FigureBounds.canBothHold(qa.get(), qb.get());
    }

    /**
     * True when one sentence tells a figure's change one way and the other the other way:
     * "exports rose 3.2 percent" / "exports fell 3.2 percent" are no one fact told alike, however
     * close their words. Only a word of change right before a figure counts ("rose 3.2", "fell
     * by 3.2", "climbed to 5.2"), not "cut" or "down" anywhere in the sentence.
     */
    static boolean oppositeChanges(Claim a, Claim b) {
        Set<String> x = changes(a.evidence().text());
        Set<String> y = changes(b.evidence().text());
        return x.size() == 1 && y.size() == 1 && !x.equals(y);
    }

    /** The directions of the words of change right before a figure in a sentence, "by" or "to" between. */
    private static Set<String> changes(String text) {
        Set<String> out = new java.util.TreeSet<>();
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isDigit(words[i].charAt(0)) && CHANGE_SIGNS.indexOf(words[i].charAt(0)) < 0) {
                continue;
            }
            int k = i - 1;
            if (k > 0 && (words[k].equals("by") || words[k].equals("to"))) {
                k--;
            }
            String direction = org.factdiff.claims.Cues.CHANGE_DIRECTIONS.get(words[k]);
            if (direction != null) {
                out.add(direction);
            }
        }
        return out;
    }

    /** Signs a figure may open with: "$4", "€4". */
    private static final String CHANGE_SIGNS = "$\u20AC\u00A3\u00A5";

    /** True when each sentence tells of an outcome the other does not: "died" / "were hurt". */
    static boolean otherOutcomes(Claim a, Claim b) {
        return !a.events().isEmpty() && !b.events().isEmpty() && !a.events().containsAll(b.events())
                && !b.events().containsAll(a.events());
    }

    /** True when the changed words hold figures of different outcomes: "no one was killed" / "two were hurt". */
    private static boolean otherOutcome(Claim ca, Excerpt changedA, Claim cb, Excerpt changedB) {
        Optional<Quantity> qa = figureAt(ca, changedA);
        Optional<Quantity> qb = figureAt(cb, changedB);
        return qa.isPresent() && qb.isPresent() && !qa.get().event().equals(qb.get().event());
    }

    /** The claim's figure whose words overlap the changed words, the widest first. */
    private static Optional<Quantity> figureAt(Claim c, Excerpt changed) {
        return c.quantities().stream()
                .filter(q -> q.evidence().start() < changed.end() && changed.start() < q.evidence().end())
                .max(Comparator.comparingInt((Quantity q) -> q.evidence().length()).thenComparing(Quantity::evidence));
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The words around the changed slot of the first article, so the reader sees which part differs. */
    private static String topicOf(Side side) {
        String sentence = side.sentence().text();
        int at = side.changed().start() - side.sentence().start();
        String before = sentence.substring(0, at).strip();
        List<String> words = new ArrayList<>(List.of(before.isEmpty() ? new String[0] : before.split("\\s+")));
        if (words.size() >= 2) {
            return "\u201C\u2026" + String.join(" ", words.subList(Math.max(0, words.size() - TOPIC_WORDS), words.size()))
                    + " \u2026\u201D";
        }
        String after = sentence.substring(Math.min(sentence.length(), at + side.changed().length())).strip();
        List<String> next = List.of(after.isEmpty() ? new String[0] : after.split("\\s+"));
        return "\u201C\u2026 " + String.join(" ", next.subList(0, Math.min(TOPIC_WORDS, next.size()))) + "\u2026\u201D";
    }

    /** The changed words, with a word of context when one side is empty. */
    private static String valueText(Excerpt changed, ContradictionKind kind) {
        if (changed.length() > 0) {
            return changed.text();
        }
        return kind == ContradictionKind.HEDGE ? STATED : kind == ContradictionKind.NEGATION
                ? "(not denied)" : "(not stated)";
    }

    private static String explain(ContradictionKind kind, List<Contradiction.Value> values) {
        String sides = values.stream().map(v -> v.evidence().article() + " says \u201C" + v.value() + "\u201D")
                .collect(Collectors.joining("; "));
        if (kind == ContradictionKind.HEDGE) {
            Map<String, List<String>> byValue = new TreeMap<>();
            for (Contradiction.Value v : values) {
                byValue.computeIfAbsent(v.value(), k -> new ArrayList<>()).add(v.evidence().article());
            }
            List<String> plain = byValue.getOrDefault(STATED, List.of());
            List<String> hedgers = new ArrayList<>();
            List<String> cues = new ArrayList<>();
            byValue.forEach((value, articles) -> {
                if (!value.equals(STATED)) {
                    hedgers.addAll(articles);
                    cues.add("\u201C" + value + "\u201D");
                }
            });
            if (!plain.isEmpty() && !hedgers.isEmpty()) {
                return Prose.articles(plain) + (plain.size() == 1 ? " states" : " state") + " as fact what " + Prose.articles(hedgers)
                        + (hedgers.size() == 1 ? " hedges" : " hedge") + " (" + String.join(", ", cues) + ").";
            }
        }
        return switch (kind) {
            case HEDGE -> "One states as fact what another hedges: " + sides + ".";
            case NEGATION -> "The same sentence says opposite things: " + sides + ".";
            case NUMBER -> "The same sentence gives different figures: " + sides + ".";
            case DATE -> "The same sentence gives different dates or times: " + sides + ".";
            case ENTITY -> "The same sentence names different actors, places or groups: " + sides + ".";
            case ATTRIBUTION -> "The same statement is credited to different sources: " + sides + ".";
        };
    }
}
