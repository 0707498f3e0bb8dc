package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdiff.casefile.Timestamp;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;
import org.factdiff.claims.Qualifier;
import org.factdiff.claims.Quantity;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.PassageKind;
import org.factdiff.reuse.ReusePair;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Lexicon;

/**
 * Says what explains a contradiction, when the texts show it:
 * <ol>
 * <li>changed over time: a running count (killed, injured, missing...) given by articles
 * written hours or days apart, or marked by one text as updated ("rose to", "revised"). A copy
 * made hours later may carry a newer count, so this comes first;</li>
 * <li>a distortion: the two values sit in a passage one article copied from the other, so the
 * copy changed its source's value;</li>
 * <li>different sources: each article credits its value to someone else ("according to the
 * survey" / "the national network said").</li>
 * </ol>
 * A contradiction nothing explains stays as it is.
 */
final class Causes {
    /** Publication times closer than this do not tell which value came later. */
    static final long MIN_GAP_SECONDS = 3600;
    /** A copied passage must hold at least this share of each side's sentence. */
    static final double IN_PASSAGE = 0.5;
    /** A copied passage reaches at least this many characters beyond the sentence that differs. */
    static final int BEYOND_SENTENCE = 80;
    /** A rewording at least this close is a spun copy of its source, not a retelling. */
    static final double SPUN_SIMILARITY = 0.7;

    /** Words that mark a figure as a revision of an earlier one. */
    private static final Pattern UPDATED = Pattern.compile("(?i)\\b(?:(?:rose|risen|rising|climbed|climbing|jumped"
            + "|increased|grew|grown|dropped|fell|lowered|revised|raised|reduced|bringing|brought|brings)"
            + "(?:\\s+\\S+){0,4}?\\s+to\\b|revised|updated|latest (?:figure|toll|count|tally|estimate))");

    /** Attributions that name nobody: they tell no source apart. */
    private static final Set<String> NOBODY = Set.of("he", "she", "they", "it", "we", "i", "this", "that", "officials",
            "authorities", "reports", "witnesses", "police", "the police", "the officials", "the authorities");

    /** A source's words: a noun phrase, not a clause ("The deaths and injuries were"). */
    private static final Pattern NAMES_A_SOURCE = Pattern.compile("(?i)(?!.*\\b(?:was|were|is|are|has|have|had|been"
            + "|and|but|that|which|who)\\b)[\\p{L}.'\u2019 -]{2,60}");

    private final CaseClaims in;
    private final Map<String, Timestamp> published;
    private final Map<String, Claim> claimAt = new HashMap<>();
    /** The reuse pair of two articles, by "a b" with a before b: looked up, never searched. */
    private final Map<String, ReusePair> pairOf = new HashMap<>();
    /** Each article's reuse partners. */
    private final Map<String, Set<String>> partners = new HashMap<>();

    Causes(CaseClaims in, Map<String, Timestamp> published) {
        this.in = in;
        this.published = Map.copyOf(published);
        for (Claim c : in.claims()) {
            claimAt.put(key(c.evidence()), c);
        }
        for (ReusePair p : in.reuse().pairs()) {
            pairOf.put(p.a() + " " + p.b(), p);
            partners.computeIfAbsent(p.a(), k -> new HashSet<>()).add(p.b());
            partners.computeIfAbsent(p.b(), k -> new HashSet<>()).add(p.a());
        }
    }

    /** The contradictions, each with its cause when one shows. */
    List<Contradiction> explain(List<Contradiction> contradictions) {
        List<Contradiction> out = new ArrayList<>();
        for (Contradiction x : contradictions) {
            Optional<Cause> cause = overTime(x).or(() -> distortion(x)).or(() -> sources(x));
            out.add(cause.map(x::explainedBy).orElse(x));
        }
        return out;
    }

    /** Two sides with different values inside one copied passage: the copy changed the value. */
    private Optional<Cause> distortion(Contradiction x) {
        List<Contradiction.Value> vs = x.values();
        // Only values of articles that share text can be a copy's: each value is paired with
        // those of its reuse partners, not with all (a figure given by hundreds of articles).
        Map<String, List<Integer>> byArticle = new HashMap<>();
        for (int i = 0; i < vs.size(); i++) {
            byArticle.computeIfAbsent(vs.get(i).evidence().article(), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < vs.size(); i++) {
            List<Integer> later = new ArrayList<>();
            for (String partner : partners.getOrDefault(vs.get(i).evidence().article(), Set.of())) {
                for (int j : byArticle.getOrDefault(partner, List.of())) {
                    if (j > i) {
                        later.add(j);
                    }
                }
            }
            later.sort(null);
            for (int j : later) {
                Contradiction.Value u = vs.get(i);
                Contradiction.Value v = vs.get(j);
                if (!opposite(x.kind(), u, v) || u.evidence().article().equals(v.evidence().article())) {
                    continue;
                }
                String ua = u.evidence().article();
                String va = v.evidence().article();
                ReusePair p = pairOf.get(ua.compareTo(va) < 0 ? ua + " " + va : va + " " + ua);
                if (p != null) {
                    boolean ordered = p.a().equals(ua);
                    Contradiction.Value inA = ordered ? u : v;
                    Contradiction.Value inB = ordered ? v : u;
                    for (Passage s : p.passages()) {
                        if (copied(s) && holds(s.a(), inA.evidence()) && holds(s.b(), inB.evidence())
                                && changedWithin(s, inA, inB)) {
                            return Optional.of(new Cause(Cause.Kind.DISTORTION, distortionText(p, s, inA, inB)));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String distortionText(ReusePair p, Passage s, Contradiction.Value inA, Contradiction.Value inB) {
        String how = s.kind() == PassageKind.PARAPHRASE ? "a close rewording of the other" : "a copy of the other";
        if (p.copier().isEmpty()) {
            return "Around this difference, one of " + inA.evidence().article() + " and " + inB.evidence().article()
                    + " is " + how + ", yet one gives \u201C" + words(inA) + "\u201D and the other \u201C" + words(inB)
                    + "\u201D: the copy changed its source. Which one copied is not clear from the dates.";
        }
        Contradiction.Value source = p.origin().equals(inA.evidence().article()) ? inA : inB;
        Contradiction.Value copy = source == inA ? inB : inA;
        return copy.evidence().article() + " copied this passage from " + source.evidence().article()
                + (s.kind() == PassageKind.PARAPHRASE ? ", reworded," : "") + " but changed \u201C" + words(source)
                + "\u201D to \u201C" + words(copy) + "\u201D.";
    }

    /** True for a copy one can see: word for word, lightly edited, or a close rewording (a spun copy). */
    private static boolean copied(Passage s) {
        return s.kind() != PassageKind.PARAPHRASE || s.similarity() >= SPUN_SIMILARITY;
    }

    /**
     * True when each side's value is written inside its own side of the passage and not in the
     * other's: the copy does not give its source's value anywhere in the passage.
     */
    private static boolean changedWithin(Passage s, Contradiction.Value inA, Contradiction.Value inB) {
        String a = Lexicon.fold(s.a().text());
        String b = Lexicon.fold(s.b().text());
        String va = Lexicon.fold(words(inA));
        String vb = Lexicon.fold(words(inB));
        return !va.isBlank() && !vb.isBlank() && a.contains(va) && b.contains(vb) && !a.contains(vb) && !b.contains(va);
    }

    /** The words a value stands for in the text: "400 kilometres" out of "400 (400 kilometres)". */
    private static String words(Contradiction.Value v) {
        String s = v.value();
        int open = s.indexOf(" (");
        return open > 0 && s.endsWith(")") ? s.substring(open + 2, s.length() - 1) : s;
    }

    /**
     * True when the passage side covers most of the sentence and reaches well beyond it: one
     * sentence alike ("Nine people were injured in the crash.") is how two reporters may both
     * write, not a sign that one copied the other.
     */
    private static boolean holds(Excerpt passage, Excerpt sentence) {
        int overlap = Math.min(passage.end(), sentence.end()) - Math.max(passage.start(), sentence.start());
        return overlap >= IN_PASSAGE * sentence.length() && passage.length() - overlap >= BEYOND_SENTENCE;
    }

    /** Each value credited to a source of its own, and different values to different sources. */
    private Optional<Cause> sources(Contradiction x) {
        if (x.kind() != ContradictionKind.NUMBER && x.kind() != ContradictionKind.DATE) {
            return Optional.empty();
        }
        Map<String, String> sourceOf = new LinkedHashMap<>();
        for (Contradiction.Value v : x.values()) {
            Claim c = claimAt.get(key(v.evidence()));
            String s = c == null ? "" : c.source().strip();
            if (s.isEmpty() || NOBODY.contains(s.toLowerCase(Locale.ROOT)) || !NAMES_A_SOURCE.matcher(s).matches()) {
                return Optional.empty();
            }
            sourceOf.put(key(v.evidence()), s);
        }
        List<Contradiction.Value> vs = x.values();
        for (int i = 0; i < vs.size(); i++) {
            for (int j = i + 1; j < vs.size(); j++) {
                String a = sourceOf.get(key(vs.get(i).evidence()));
                String b = sourceOf.get(key(vs.get(j).evidence()));
                if (!sameValue(vs.get(i), vs.get(j)) && (Lexicon.fold(a).equals(Lexicon.fold(b)) || Acronyms.sameName(a, b))) {
                    return Optional.empty();
                }
            }
        }
        String text = "Each article credits its value to another source: " + vs.stream()
                .map(v -> v.evidence().article() + " gives \u201C" + v.value() + "\u201D from " + sourceOf.get(key(v.evidence())))
                .collect(Collectors.joining("; ")) + ". Check which source is right, not which article.";
        return Optional.of(new Cause(Cause.Kind.SOURCES, text));
    }

    /**
     * A running count given by articles written apart, or marked as revised: the values in the
     * order they were written. Tolls go down as well as up, so no direction is required.
     */
    private Optional<Cause> overTime(Contradiction x) {
        if (x.kind() != ContradictionKind.NUMBER || !x.values().stream().allMatch(this::runningCount)) {
            return Optional.empty();
        }
        List<Contradiction.Value> vs = x.values();
        boolean marked = vs.stream().anyMatch(v -> UPDATED.matcher(v.evidence().text()).find());
        boolean dated = vs.stream().allMatch(v -> published.containsKey(v.evidence().article()));
        if (dated) {
            for (int i = 0; i < vs.size(); i++) {
                for (int j = i + 1; j < vs.size(); j++) {
                    if (!sameValue(vs.get(i), vs.get(j)) && !writtenApart(vs.get(i), vs.get(j))) {
                        dated = false;
                    }
                }
            }
        }
        // A mark of revision orders two values, not a spread of many.
        long distinct = vs.stream().map(v -> figure(v).toLowerCase(Locale.ROOT)).distinct().count();
        boolean markedPair = marked && distinct == 2 && vs.stream().filter(v -> UPDATED.matcher(v.evidence().text()).find())
                .map(v -> figure(v).toLowerCase(Locale.ROOT)).distinct().count() == 1;
        if (!dated && !markedPair) {
            return Optional.empty();
        }
        boolean byDate = dated;
        List<Contradiction.Value> ordered = new ArrayList<>(vs);
        if (byDate) {
            ordered.sort(Comparator.comparing((Contradiction.Value v) -> published.get(v.evidence().article()))
                    .thenComparing(Contradiction.Value::evidence));
        } else {
            // Without dates, a value marked as revised is the later one.
            ordered.sort(Comparator.comparing((Contradiction.Value v) -> UPDATED.matcher(v.evidence().text()).find())
                    .thenComparing(Contradiction.Value::evidence));
        }
        String steps = ordered.stream().map(v -> figure(v) + " (" + v.evidence().article()
                        + (byDate ? ", " + published.get(v.evidence().article()).label() : "") + ")")
                .collect(Collectors.joining(" \u2192 "));
        String why = byDate ? "The articles were written at different times" : "One article marks its figure as revised";
        return Optional.of(new Cause(Cause.Kind.CHANGED_OVER_TIME, why + "; in the order written: " + steps + "."));
    }

    /** True when both articles' publication times tell which came first, by an hour or a day. */
    private boolean writtenApart(Contradiction.Value u, Contradiction.Value v) {
        Timestamp a = published.get(u.evidence().article());
        Timestamp b = published.get(v.evidence().article());
        if (a.time().isPresent() && b.time().isPresent() && a.comparableInstant(b)) {
            return Math.abs(a.epochSecond() - b.epochSecond()) >= MIN_GAP_SECONDS;
        }
        return !a.utcDate().equals(b.utcDate());
    }

    /** True when the side's figure counts what happened to people (not a clock, a rating or a population). */
    private boolean runningCount(Contradiction.Value v) {
        Claim c = claimAt.get(key(v.evidence()));
        return c != null && c.quantities().stream().anyMatch(q -> !q.event().isEmpty() && !q.clock() && !q.rating()
                && !q.event().equals(Quantity.POPULATION) && !q.event().equals("capacity"));
    }

    /** The figure as the reader says it: "12" out of "12 (12 people killed)". */
    private static String figure(Contradiction.Value v) {
        String s = v.value();
        int paren = s.indexOf(" (");
        return paren > 0 ? s.substring(0, paren) : s;
    }

    /**
     * True when two values stand on different sides: different values, and for a hedge one
     * stated as fact ("no information" and "unclear" are the same side, worded twice).
     */
    private static boolean opposite(ContradictionKind kind, Contradiction.Value u, Contradiction.Value v) {
        if (kind == ContradictionKind.HEDGE) {
            return u.value().equals(SentenceComparison.STATED) != v.value().equals(SentenceComparison.STATED);
        }
        return !sameValue(u, v);
    }

    private static boolean sameValue(Contradiction.Value u, Contradiction.Value v) {
        return figure(u).equalsIgnoreCase(figure(v)) || unhedged(figure(u)).equalsIgnoreCase(unhedged(figure(v)));
    }

    /**
     * A figure without the word that makes it approximate: "about 180 tonnes" and "roughly 180
     * tonnes" are one value, and a copy that swaps the word changed no fact.
     */
    private static String unhedged(String figure) {
        List<String> words = List.of(figure.toLowerCase(Locale.ROOT).split("\\s+"));
        for (Map.Entry<List<String>, Qualifier> q : Cues.QUALIFIERS) {
            if (q.getValue() == Qualifier.ABOUT && words.size() > q.getKey().size()
                    && words.subList(0, q.getKey().size()).equals(q.getKey())) {
                return String.join(" ", words.subList(q.getKey().size(), words.size()));
            }
        }
        return String.join(" ", words);
    }

    private static String key(Excerpt e) {
        return e.article() + "@" + e.start();
    }
}
