package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * One competitor given two places in a result: "Lena Osk finished third" against "with Lena Osk
 * finishing fifth" or "with Lena Osk runner-up"; "took bronze" is third. The place must follow the name directly (maybe after an appositive), as an
 * ordinal after a verb of finishing; a sentence that gives the same name two places, or speaks
 * of another occasion ("who finished fifth here last year"), is left alone, and so are places in
 * rounds named apart ("third in the heat", "fifth in the final").
 */
final class FinishingPlaces implements ContradictionRule {
    /** A name of one to three capitalised words, an appositive maybe, a verb of finishing and an ordinal. */
    private static final Pattern PLACED = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})(?:,[^,]{1,60},)?\\s+"
                    + "(?:finished|finishing|came|coming|placed|placing|ended|ending|was placed|crossed the line"
                    + "|(?:took|taking|claimed|claiming|secured|securing)(?=\\s+(?:the\\s+)?\\p{L}+\\s+place))\\s+(?:the\\s+)?"
                    + "(?:in\\s+)?(?:a\\s+|an\\s+)?(?:distant\\s+|close\\s+|joint\\s+)?(\\p{L}+(?:-\\p{L}+)?|\\d{1,2}(?:st|nd|rd|th))\\b"
                    + "(?:\\s+(?:place|position))?(?:\\s+(?:in|of)\\s+(?:the\\s+)?((?:[\\p{L}\\d'\u2019-]+\\s+){0,3}[\\p{L}'\u2019-]+))?");

    /**
     * A place told by a word of its own: "with Brianna Talbot runner-up", "Talbot, the defending
     * champion, was runner-up", "Ana Ruiz took bronze"; group 1 the name, group 2 the word.
     */
    private static final Pattern PLACE_WORD = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})(?:,[^,]{1,60},)?\\s+"
                    + "(?:(?:was|finished|finishing|ended|ending|came|coming)\\s+(?:as\\s+)?(?:the\\s+)?(runner-up)"
                    + "|(runner-up)|(?:took|taking|won|winning|claimed|claiming)\\s+(?:the\\s+)?(gold|silver|bronze)\\b)");
    /** The places the words of {@link #PLACE_WORD} give. */
    private static final Map<String, Integer> PLACE_WORDS = Map.of("runner-up", 2, "gold", 1, "silver", 2, "bronze", 3);

    /**
     * @param round the word after "in the" that names the round or race placed in ("final",
     *              "heat"), or "" when the sentence does not say
     */
    private record Placed(Claim claim, String name, String written, int place, String round) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Placed>> bySurname = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.negated() || c.otherOccasion()) {
                continue;
            }
            Map<String, Placed> mine = new TreeMap<>();
            boolean twice = false;
            Matcher m = PLACED.matcher(c.evidence().text());
            while (m.find()) {
                Integer place = Cues.ordinal(m.group(2).toLowerCase(Locale.ROOT));
                if (place == null) {
                    continue;
                }
                String[] words = m.group(1).split("\\s+");
                String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
                String round = m.group(3) == null ? "" : roundHead(m.group(3).toLowerCase(Locale.ROOT));
                Placed p = new Placed(c, m.group(1), m.group(2), place, round);
                Placed before = mine.putIfAbsent(surname, p);
                twice |= before != null && before.place() != place;
            }
            Matcher w = PLACE_WORD.matcher(c.evidence().text());
            while (w.find()) {
                String word = w.group(2) != null ? w.group(2) : w.group(3) != null ? w.group(3) : w.group(4);
                String[] words = w.group(1).split("\\s+");
                String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
                int place = PLACE_WORDS.get(word.toLowerCase(Locale.ROOT));
                Placed before = mine.putIfAbsent(surname, new Placed(c, w.group(1), word, place, ""));
                twice |= before != null && before.place() != place;
            }
            if (!twice) {
                mine.forEach((s, p) -> bySurname.computeIfAbsent(s, k -> new ArrayList<>()).add(p));
            }
        }
        List<Contradiction> out = new ArrayList<>();
        // Places in two rounds named apart ("third in the heat", "fifth in the final") are two results.
        bySurname.forEach((surname, all) -> {
            Map<String, List<Placed>> byRound = new TreeMap<>();
            all.forEach(p -> byRound.computeIfAbsent(p.round(), k -> new ArrayList<>()).add(p));
            List<Placed> unnamed = byRound.getOrDefault("", List.of());
            if (byRound.size() == 1 || byRound.size() == 2 && !unnamed.isEmpty()) {
                contradiction(all, in).ifPresent(out::add);
            }
        });
        return out;
    }

    /**
     * The noun that names the round or race: the last word of the phrase before a word of
     * function, so that "the Velmar marathon" and "Sunday's Velmar marathon" are one race and
     * "the heat" and "the final" two rounds.
     */
    static String roundHead(String phrase) {
        String head = "";
        String before = "";
        for (String w : phrase.split("\\s+")) {
            if (org.factdiff.text.StopWords.contains(w) || Cues.WEEKDAYS.contains(w)) {
                if (!head.isEmpty()) {
                    break;
                }
                continue;
            }
            before = head;
            head = w;
        }
        // "the women's race" and "the women's event" are one race, named by the word before the
        // noun; "the road race" and "the hill climb" two.
        return GENERIC_RACES.contains(head) ? before : head;
    }

    /** Nouns for a race that name no round of it. */
    private static final java.util.Set<String> GENERIC_RACES = java.util.Set.of("race", "event", "competition",
            "contest");

    /** One finding for one competitor's places, each article's first, when they differ. */
    private static java.util.Optional<Contradiction> contradiction(List<Placed> all, CaseClaims in) {
        Map<String, Placed> firsts = new TreeMap<>();
        all.forEach(p -> firsts.putIfAbsent(p.claim().article(), p));
        List<Placed> sorted = firsts.values().stream()
                .sorted(java.util.Comparator.comparing((Placed p) -> p.claim().evidence())).toList();
        Map<Integer, List<String>> byPlace = new TreeMap<>();
        Map<Integer, String> writtenOf = new TreeMap<>();
        for (Placed p : sorted) {
            byPlace.computeIfAbsent(p.place(), k -> new ArrayList<>()).add(p.claim().article());
            writtenOf.putIfAbsent(p.place(), p.written());
        }
        if (byPlace.size() < 2 || !in.oneIncident(List.copyOf(firsts.keySet()))) {
            return java.util.Optional.empty();
        }
        List<Contradiction.Value> values = sorted.stream()
                .map(p -> new Contradiction.Value(p.claim().evidence(), writtenOf.get(p.place()))).toList();
        String listed = byPlace.entrySet().stream()
                .map(e -> writtenOf.get(e.getKey()) + " (" + Prose.articleList(e.getValue()) + ")")
                .collect(java.util.stream.Collectors.joining(" vs "));
        String name = sorted.get(0).name();
        List<String> ids = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return java.util.Optional.of(new Contradiction(Ids.of("x", ids), "place of " + name, ContradictionKind.NUMBER,
                "Articles give " + name + " different places: " + listed + ". Check the official results.", values));
    }
}
