package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;
import org.factdiff.claims.Quantity;

/**
 * One change told in two directions: "annual profit rose 12 percent" against "annual profit at
 * the airline fell by 12%". The changed thing is the head noun right before the word of change
 * (before "at", "of" or "in" when a phrase follows it), and the two sizes must be able to hold
 * together, so that a rise in one period and a fall of another size in another stay apart; a
 * sentence of another occasion, a hedged one, one that changes in both directions, or two that
 * name different days are left alone.
 */
final class ChangeDirections implements ContradictionRule {
    /** One sentence's change: its direction, the changed thing, and the words that tell it. */
    private record Change(Claim claim, Quantity size, String direction, String thing, String head, String written,
            boolean planned, String modifier) {
        Change(Claim claim, Quantity size, String direction, String thing, String head, String written, boolean planned) {
            this(claim, size, direction, thing, head, written, planned, "");
        }
    }

    /** Words before a change that make it one decided for the future: "will increase its budget by 4 percent". */
    private static final java.util.Set<String> FUTURE = java.util.Set.of("will", "'ll", "\u2019ll");
    /** Words that open the object of a verb of change: "increase its libraries budget by 4 percent". */
    private static final java.util.Set<String> OBJECT_DETERMINERS = java.util.Set.of("its", "the", "their", "his", "her",
            "our", "this");
    /** Words between a verb of change and "by" searched for its object. */
    static final int OBJECT_WORDS = 5;

    /** The context of a level in a period the sentence names: a month ("7"), a year ("2024"), both. */
    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("\\d{1,2}|\\d{4}(?:-\\d{1,2})?");
    /** What a level's changed thing is keyed with, apart from the sizes of changes. */
    private static final String LEVEL = " level";
    /**
     * Nouns that name a measure of the word before them: "the unemployment rate" moves as
     * "unemployment" does, "water levels" as "water".
     */
    private static final java.util.Set<String> MEASURE_HEADS = java.util.Set.of("rate", "rates", "level", "levels",
            "index", "figure", "figures", "total", "number", "numbers", "count", "counts", "population");
    /** Words before the word of change searched for "the number of": "the number of curlews wintering on the estuary rose". */
    static final int NUMBER_OF_WORDS = 10;
    /** Words before the word of change searched for the changed thing. */
    static final int THING_WORDS = 6;
    /** Words after a noun that end the changed thing's head: "profit at the airline", "sales of cars". */
    private static final java.util.Set<String> POSTMODIFIERS = java.util.Set.of("at", "of", "in", "for", "from", "on");

    /** Words naming the rate a central bank sets, each the interest rate: "benchmark", "key", "policy". */
    private static final java.util.Set<String> POLICY_RATE_WORDS = java.util.Set.of("benchmark", "key", "policy", "base",
            "official", "lending", "cash");

    /** Words of change that compare, whose noun follows them: "higher risk", "lower rate". */
    private static final java.util.Set<String> COMPARATIVES = java.util.Set.of("higher", "lower", "greater", "smaller");

    /** The word right after a figure: "rise" of "12 per cent rise". */
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("^\\s*\\p{L}+");

    /** Words before a word of change that make it a possibility, a plan or a forecast. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("could", "may", "might", "would",
            "should", "can", "must", "to", "not");

    /** Verbs of a decision taken, after which "to" tells what was decided: "voted to cut council tax by 3.5 percent". */
    private static final java.util.Set<String> DECIDED = java.util.Set.of("voted", "agreed", "decided", "approved", "chose",
            "opted", "resolved");

    /** True when the "to" at {@code k} follows a verb of a decision taken, maybe with a day between ("voted on Wednesday to"). */
    private static boolean decided(String[] before, int k) {
        if (!before[k].equals("to")) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (DECIDED.contains(before[j])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Change>> byThing = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.negated() || c.otherOccasion() || !c.hedge().isEmpty() || c.furniture()) {
                continue;
            }
            List<Change> mine = new ArrayList<>();
            for (Quantity q : c.quantities()) {
                change(c, q, in.lexicon()).ifPresent(mine::add);
            }
            // One change per sentence: "sales rose 4% while costs fell 2%" tells two things.
            if (mine.size() == 1) {
                byThing.computeIfAbsent(mine.get(0).thing(), k -> new ArrayList<>()).add(mine.get(0));
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byThing.forEach((thing, all) -> conflict(all.get(0).head(), all, in).ifPresent(out::add));
        return out;
    }

    /**
     * The direction ("up", "down") of the change a figure's size tells, by the word of change
     * right before it ("rose 8 percent", "fell by 8%") or right after it ("an 8 percent drop");
     * "" when it tells none.
     */
    static String direction(Claim c, Quantity q) {
        String text = c.evidence().text();
        int at = q.evidence().start() - c.evidence().start();
        int end = q.evidence().end() - c.evidence().start();
        if (!q.key().endsWith("|change") || at < 0 || end > text.length()) {
            return "";
        }
        String[] before = text.substring(0, at).toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int k = before.length - 1;
        if (k > 0 && before[k].equals("by")) {
            k--;
        }
        String direction = k >= 0 ? Cues.CHANGE_DIRECTIONS.get(before[k]) : null;
        if (direction == null) {
            String[] after = text.substring(end).toLowerCase(Locale.ROOT).strip().split("[^\\p{L}']+");
            direction = after.length > 0 ? Cues.CHANGE_DIRECTIONS.get(after[0]) : null;
        }
        return direction == null ? "" : direction;
    }

    /** The change a figure tells, if its sentence gives a word of change right by it and the thing changed. */
    private static Optional<Change> change(Claim c, Quantity q, org.factdiff.text.Lexicon lexicon) {
        boolean size = q.key().endsWith("|change");
        if (!size && !q.context().isEmpty() && !PERIOD.matcher(q.context()).matches()) {
            return Optional.empty();
        }
        String text = c.evidence().text();
        int at = q.evidence().start() - c.evidence().start();
        int end = q.evidence().end() - c.evidence().start();
        if (at < 0 || end > text.length()) {
            return Optional.empty();
        }
        String[] before = text.substring(0, at).toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int k = before.length - 1;
        if (size && k >= 0 && before[k].equals("by")) {
            k--;
        } else if (!size) {
            // "unemployment rose to 6.1%": the level reached, and the way it moved to get there.
            if (k < 1 || !before[k].equals("to") || !Cues.CHANGE_DIRECTIONS.containsKey(before[k - 1])) {
                return Optional.empty();
            }
            k--;
        }
        String direction = k >= 0 ? Cues.CHANGE_DIRECTIONS.get(before[k]) : null;
        int verb = k;
        String named = "";
        boolean planned = java.util.Arrays.stream(before).anyMatch(FUTURE::contains);
        if (direction == null && size && k + 1 < before.length && before[k + 1].equals("by")) {
            // "will increase its libraries budget by 4 percent": the verb's object is what changed.
            for (int j = k - 1; j >= Math.max(0, k - OBJECT_WORDS); j--) {
                String d = Cues.CHANGE_DIRECTIONS.get(before[j]);
                // "increase its libraries budget by", and without a determiner "cut council tax by"
                if (d != null && (OBJECT_DETERMINERS.contains(before[j + 1]) || !org.factdiff.text.StopWords.contains(before[j + 1]))
                        && j + 1 < k
                        && !org.factdiff.text.StopWords.contains(before[k]) && before[k].length() >= 3) {
                    if (j > 0 && MODALS.contains(before[j - 1]) && !decided(before, j - 1)) {
                        return Optional.empty();
                    }
                    String thing = lexicon.synonymClass(lexicon.norm(before[k]));
                    int from = text.toLowerCase(Locale.ROOT).lastIndexOf(before[j], at);
                    String written = from >= 0 ? text.substring(from, end) : q.evidence().text();
                    return Optional.of(new Change(c, q, d, thing, before[k], written, planned, modifier(before[k - 1])));
                }
                if (org.factdiff.text.StopWords.contains(before[j]) && !OBJECT_DETERMINERS.contains(before[j])) {
                    break;
                }
            }
        }
        if (direction == null && size) {
            // "a 12 percent drop in profit": the word right after the figure, the thing after "in".
            String[] after = text.substring(end).toLowerCase(Locale.ROOT).strip().split("[^\\p{L}']+");
            direction = after.length > 0 ? Cues.CHANGE_DIRECTIONS.get(after[0]) : null;
            verb = -1;
            named = direction == null ? "" : thingAfter(after);
        }
        if (direction != null && verb < 0 && !named.isEmpty()) {
            if (at > 0 && MODALS.contains(before[before.length - 1])) {
                return Optional.empty();
            }
            String thing = lexicon.synonymClass(lexicon.norm(named));
            java.util.regex.Matcher noun = NEXT_WORD.matcher(text.substring(end));
            String written = noun.find() ? text.substring(at, end + noun.end()) : q.evidence().text();
            String[] after = text.substring(end).toLowerCase(Locale.ROOT).strip().split("[^\\p{L}']+");
            int h = java.util.Arrays.asList(after).indexOf(named);
            return Optional.of(new Change(c, q, direction, thing, named, written, planned, h >= 1 ? modifier(after[h - 1]) : ""));
        }
        if (direction == null || verb < 0) {
            return Optional.empty(); // the thing is named before its verb only
        }
        if (verb > 0 && MODALS.contains(before[verb - 1])) {
            return Optional.empty(); // "could fall 8 percent", "is expected to rise": no change told
        }
        String head = thing(before, verb);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        // "shares" and "stock" are one; a level reached is set against levels, a change's size against sizes.
        String thing = lexicon.synonymClass(lexicon.norm(head)) + (size ? "" : LEVEL);
        int from = text.toLowerCase(Locale.ROOT).lastIndexOf(before[verb], at);
        String written = from >= 0 ? text.substring(from, end) : q.evidence().text();
        return Optional.of(new Change(c, q, direction, thing, head, written, planned));
    }

    /**
     * The noun right before a changed thing that says which one it is ("parks" of "the parks
     * budget"), or "": a word of function, or a possessive, which points back at what the
     * article named before ("the service's budget" may be the libraries budget).
     */
    private static String modifier(String word) {
        if (POLICY_RATE_WORDS.contains(word)) {
            return "interest"; // "its benchmark rate", "its main interest rate": the one rate a bank sets
        }
        return word.length() < 3 || org.factdiff.text.StopWords.contains(word) || OBJECT_DETERMINERS.contains(word)
                || word.endsWith("'s") || word.endsWith("\u2019s") || Cues.CHANGE_DIRECTIONS.containsKey(word) ? "" : word;
    }

    /**
     * The head noun of the phrase after a noun of change ("rise in half-year net profit to ..."
     * gives "profit", "cut to the service's budget" gives "budget"): the last word before a word
     * of function, from the word after "in", "of" or "to"; "" when the noun of change is followed
     * by none of them.
     */
    private static String thingAfter(String[] after) {
        if (after.length >= 2 && COMPARATIVES.contains(after[0]) && after[1].length() >= 3
                && !org.factdiff.text.StopWords.contains(after[1])) {
            return after[1]; // "a 24% higher risk of diabetes": the risk
        }
        if (after.length < 3 || !after[1].equals("in") && !after[1].equals("of") && !after[1].equals("to")) {
            return "";
        }
        String head = "";
        int first = 2;
        while (first < after.length - 1 && OBJECT_DETERMINERS.contains(after[first])) {
            first++; // "a 4 percent cut to the service's budget"
        }
        for (int k = first; k < Math.min(after.length, first + THING_WORDS); k++) {
            if (after[k].isEmpty() || org.factdiff.text.StopWords.contains(after[k]) || POSTMODIFIERS.contains(after[k])) {
                break;
            }
            head = after[k];
        }
        return head.length() < 3 ? "" : head;
    }

    /**
     * The head noun of the words before the word of change at {@code verb}: the word before the
     * first postmodifier ("annual profit at Skyvar" gives "profit"), else the last word; "" when
     * it is a word of function or the clause is cut by a reporting verb or "that" right before.
     */
    private static String thing(String[] before, int verb) {
        int from = Math.max(0, verb - THING_WORDS);
        for (int k = verb - 1; k >= from; k--) {
            if (Cues.REPORTING.contains(before[k]) || before[k].equals("that")) {
                from = k + 1;
                break;
            }
        }
        // "the number of curlews wintering on the estuary rose": the curlews, however far back.
        for (int k = verb - 1; k >= Math.max(2, verb - NUMBER_OF_WORDS); k--) {
            if (before[k - 1].equals("of") && MEASURE_HEADS.contains(before[k - 2]) && k >= from - (NUMBER_OF_WORDS - THING_WORDS)
                    && !org.factdiff.text.StopWords.contains(before[k])) {
                return before[k].length() < 3 ? "" : org.factdiff.text.Lexicon.fold(before[k]);
            }
        }
        String head = "";
        for (int k = from; k < verb; k++) {
            if (POSTMODIFIERS.contains(before[k]) && !head.isEmpty()) {
                break;
            }
            // "curlews wintering": a participle after a noun tells of it, and is no head.
            boolean participle = before[k].endsWith("ing") && !head.isEmpty();
            if (!before[k].isEmpty() && !org.factdiff.text.StopWords.contains(before[k]) && !participle
                    && !(MEASURE_HEADS.contains(before[k]) && !head.isEmpty() && k > from && head.equals(before[k - 1]))) {
                head = before[k];
            }
        }
        return head.length() < 3 || Cues.CHANGE_DIRECTIONS.containsKey(head) ? "" : org.factdiff.text.Lexicon.fold(head);
    }

    /** One finding for one thing's changes in two directions, each article's first change, if they conflict. */
    private static Optional<Contradiction> conflict(String thing, List<Change> all, CaseClaims in) {
        Map<String, Change> firsts = new TreeMap<>();
        all.forEach(c -> firsts.putIfAbsent(c.claim().article(), c));
        List<Change> sorted = firsts.values().stream()
                .sorted(java.util.Comparator.comparing((Change c) -> c.claim().evidence())).toList();
        List<Change> kept = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Change a = sorted.get(i);
                Change b = sorted.get(j);
                if (!a.direction().equals(b.direction()) && FigureBounds.canBothHold(a.size(), b.size())
                        && a.planned() == b.planned()
                        && (a.modifier().isEmpty() || b.modifier().isEmpty() || a.modifier().equals(b.modifier()))
                        && (a.size().context().equals(b.size().context()) || a.size().context().isEmpty()
                        || b.size().context().isEmpty())
                        && !SameQuantity.differentDays(a.claim(), b.claim())
                        && in.sameIncident(a.claim().article(), b.claim().article())) {
                    if (!kept.contains(a)) {
                        kept.add(a);
                    }
                    if (!kept.contains(b)) {
                        kept.add(b);
                    }
                }
            }
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        kept.sort(java.util.Comparator.comparing((Change c) -> c.claim().evidence()));
        List<Contradiction.Value> values = kept.stream().map(c -> new Contradiction.Value(c.claim().evidence(), c.written())).toList();
        String listed = kept.stream().map(c -> "\u201c" + c.written() + "\u201d (" + c.claim().article() + ")")
                .collect(java.util.stream.Collectors.joining(" vs "));
        List<String> ids = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return Optional.of(new Contradiction(Ids.of("x", ids), "direction of the change in " + thing, ContradictionKind.NUMBER,
                "Articles say the " + thing + " moved in opposite directions: " + listed
                        + ". Check the figure against the source's own release.", values));
    }
}
