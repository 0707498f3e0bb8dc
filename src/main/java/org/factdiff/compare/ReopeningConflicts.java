package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.text.StopWords;

/**
 * One place reopened by one article and still closed by another: "the road over the Varr Pass
 * reopened on Thursday" against "the road over the Varr Pass would remain closed until the end of
 * the month". The two sentences must speak of the same thing (a word shared before the verb, no
 * part of it such as a lane or a wing named by one only) and, when both name a day, the same day.
 * An article that tells both (reopened, but one lane stays shut) is left alone, and so is a
 * reopening to come ("will reopen"), which a closure until then does not contradict.
 */
final class ReopeningConflicts implements ContradictionRule {
    /** "reopened", "has reopened", "was reopened", "opened again", "is open again": a reopening done. */
    private static final Pattern REOPENED = Pattern.compile("(?i)\\b(?<!be\\s)(?:re-?opened|opened\\s+again|(?:is|was)\\s+"
            + "(?:now\\s+)?(?:open\\s+again|back\\s+open))\\b");
    /** "would remain closed", "remains shut", "is still closed", "will not reopen until": a closure that goes on. */
    private static final Pattern STILL_CLOSED = Pattern.compile("(?i)\\b(?:(?:will|would|is\\s+(?:expected|likely|set)\\s+to)\\s+"
            + "(?:remain|stay)|remains|stays|(?:is|are)\\s+still)\\s+(?:closed|shut)\\b|\\b(?:will|would)\\s+not\\s+reopen\\s+until\\b");
    /** Words before the verb read as what it speaks of. */
    static final int SUBJECT_WORDS = 8;
    /** Words for a part of a place: "one lane will remain closed" leaves the rest open. */
    private static final Set<String> PARTS = Set.of("lane", "lanes", "section", "sections", "stretch", "part", "parts",
            "wing", "wings", "runway", "runways", "platform", "platforms", "terminal", "floor", "floors", "carriageway",
            "entrance", "ward", "wards", "northbound", "southbound", "eastbound", "westbound", "north", "south", "east",
            "west", "upper", "lower", "side", "half");

    /** One sentence's state of a place: reopened or still closed, with the words of what it speaks of. */
    private record State(Claim claim, boolean open, String written, Set<String> subject) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<State>> byArticle = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.furniture()) {
                continue;
            }
            // A reopening of another occasion is history; a closure "until June" names a month to come.
            state(c).filter(s -> !s.open() || !c.otherOccasion())
                    .ifPresent(s -> byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(s));
        }
        // An article that tells both speaks of parts or of a timeline: not set against others.
        byArticle.values().removeIf(states -> states.stream().map(State::open).distinct().count() > 1);
        List<Contradiction> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (List<State> xs : byArticle.values()) {
            for (State open : xs) {
                if (!open.open()) {
                    continue;
                }
                for (List<State> ys : byArticle.values()) {
                    for (State closed : ys) {
                        if (closed.open() || !in.sameIncident(open.claim().article(), closed.claim().article())
                                || !samePlace(open, closed) || !sameDay(open.claim(), closed.claim())
                                || !seen.add(open.claim().article() + "|" + closed.claim().article())) {
                            continue;
                        }
                        List<Contradiction.Value> values = new ArrayList<>(List.of(
                                new Contradiction.Value(open.claim().evidence(), open.written()),
                                new Contradiction.Value(closed.claim().evidence(), closed.written())));
                        values.sort(Comparator.comparing(Contradiction.Value::evidence));
                        List<String> ids = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
                        out.add(new Contradiction(Ids.of("x", ids), "open or closed", ContradictionKind.NEGATION,
                                open.claim().article() + " says the place " + open.written() + "; " + closed.claim().article()
                                        + " says it " + closed.written() + ". Check with the operator when each was written.",
                                values));
                    }
                }
            }
        }
        return out;
    }

    private static Optional<State> state(Claim c) {
        String text = c.evidence().text();
        Matcher closed = STILL_CLOSED.matcher(text);
        if (closed.find()) {
            return Optional.of(new State(c, false, closed.group().toLowerCase(Locale.ROOT), subject(text, closed.start())));
        }
        Matcher open = REOPENED.matcher(text);
        if (open.find() && !c.negated() && !denied(text.substring(0, open.start()))) {
            return Optional.of(new State(c, true, open.group().toLowerCase(Locale.ROOT), subject(text, open.start())));
        }
        return Optional.empty();
    }

    /** True when the words just before a reopening deny it: "has not reopened", "never reopened". */
    private static boolean denied(String lead) {
        String l = lead.toLowerCase(Locale.ROOT).stripTrailing();
        return l.endsWith(" not") || l.endsWith(" never") || l.endsWith(" yet");
    }

    /** The content words of the clause before the verb, lower case. */
    private static Set<String> subject(String text, int verb) {
        String lead = text.substring(0, verb);
        String clause = lead.substring(Clauses.lastStart(lead));
        String[] words = clause.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        Set<String> out = new TreeSet<>();
        for (int k = Math.max(0, words.length - SUBJECT_WORDS); k < words.length; k++) {
            if (words[k].length() > 2 && !StopWords.contains(words[k])) {
                out.add(words[k]);
            }
        }
        return out;
    }

    /** True when both speak of one place: a shared word, and no part of it named by one only. */
    private static boolean samePlace(State a, State b) {
        if (java.util.Collections.disjoint(a.subject(), b.subject())) {
            return false;
        }
        for (String w : PARTS) {
            if (a.subject().contains(w) != b.subject().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** True unless both sentences name a day and the days differ. */
    private static boolean sameDay(Claim a, Claim b) {
        return a.times().isEmpty() || b.times().isEmpty() || !java.util.Collections.disjoint(a.times(), b.times());
    }
}
