package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;

/**
 * One contest won by each side: "Greta Morwen was elected mayor, defeating Lionel Abari" against
 * "Lionel Abari won a third term, seeing off a challenge from Greta Morwen"; "Rovers beat
 * United" against "United beat Rovers". Each sentence that tells who beat whom gives a winner
 * and a loser; two articles conflict when one's winner is the other's loser and the other way
 * round. Sentences of another occasion ("who lost to Abari in 2020") are left out, and so is an
 * article that tells both outcomes, which speaks of two contests.
 */
final class VictoryConflicts implements ContradictionRule {
    /** A name of one to three capitalised words. */
    private static final String NAME = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})";
    /** Lower-case words before a name that describe the person: "two-term incumbent", "former teacher". */
    private static final String DESCRIBED = "(?:(?:the|a|an|his|her|their)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?";
    /** Verbs by which the subject beat the object. */
    private static final String BEAT = "(?:beat|defeated|ousted|unseated|edged|overcame|outpolled|thrashed|routed|toppled)";
    /** "Rovers beat United", "Ada Voss defeated incumbent Ivo Marn". */
    private static final Pattern ACTIVE = Pattern.compile(NAME + "(?:,[^,]{1,60},)?\\s+(?:narrowly\\s+|comfortably\\s+|easily\\s+)?"
            + BEAT + "\\s+" + DESCRIBED + NAME);
    /** "Ivo Marn was defeated by Ada Voss", "Ivo Marn lost to Ada Voss". */
    private static final Pattern PASSIVE = Pattern.compile(NAME + "(?:,[^,]{1,60},)?\\s+(?:was\\s+(?:narrowly\\s+)?"
            + "(?:beaten|defeated|ousted|unseated|edged\\s+out|toppled)\\s+by|lost\\s+(?:narrowly\\s+)?to)\\s+" + DESCRIBED + NAME);
    /** ", defeating Ivo Marn", ", seeing off a challenge from Ivo Marn": the sentence's subject won. */
    private static final Pattern PARTICIPLE = Pattern.compile(",\\s+(?:narrowly\\s+|comfortably\\s+|easily\\s+)?"
            + "(?:defeating|beating|ousting|unseating|edging(?:\\s+out)?|toppling|(?:seeing|fending|beating)\\s+off\\s+"
            + "(?:a|the)\\s+(?:\\p{Ll}+\\s+)?challenge\\s+from)\\s+" + DESCRIBED + NAME);
    /** The name a sentence opens with, its subject. */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:\\p{Lu}\\p{Ll}*\\s+)?(?:Mayor|Senator|Sen\\.|Rep\\.|Councillor|"
            + "Governor|President)\\s+)?" + NAME);

    /** One sentence's outcome of a contest. */
    private record Outcome(Claim claim, String winner, String loser, String written) {
        String key() {
            return surname(winner) + ">" + surname(loser);
        }
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // article -> "winner>loser" -> first sentence telling it
        Map<String, Map<String, Outcome>> byArticle = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated()) {
                continue;
            }
            for (Outcome o : outcomes(c)) {
                byArticle.computeIfAbsent(c.article(), k -> new TreeMap<>()).putIfAbsent(o.key(), o);
            }
        }
        // An article that tells a contest both ways speaks of two contests, or of a history.
        byArticle.values().removeIf(outcomes -> outcomes.keySet().stream().anyMatch(k -> outcomes.containsKey(reversed(k))));
        Map<String, Contradiction> out = new TreeMap<>();
        List<String> articles = new ArrayList<>(byArticle.keySet());
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Map<String, Outcome> a = byArticle.get(articles.get(i));
                Map<String, Outcome> b = byArticle.get(articles.get(j));
                if (!in.sameIncident(articles.get(i), articles.get(j))) {
                    continue;
                }
                for (Map.Entry<String, Outcome> e : a.entrySet()) {
                    Outcome other = b.get(reversed(e.getKey()));
                    if (other != null) {
                        Outcome x = e.getValue();
                        String contest = sorted(surname(x.winner()), surname(x.loser()));
                        out.putIfAbsent(contest + "|" + articles.get(i) + "|" + articles.get(j), TwoSides.of(
                                "who won: " + x.winner() + " or " + x.loser(), ContradictionKind.ENTITY,
                                new Contradiction.Value(x.claim().evidence(), x.written()),
                                new Contradiction.Value(other.claim().evidence(), other.written()),
                                "Articles give the contest to opposite sides: ", " vs ",
                                ". Check the declared result."));
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The outcomes a sentence tells: who beat whom. */
    static List<Outcome> outcomes(Claim c) {
        String text = c.evidence().text();
        List<Outcome> out = new ArrayList<>();
        Matcher a = ACTIVE.matcher(text);
        while (a.find()) {
            add(out, c, a.group(1), a.group(2), a.group());
        }
        Matcher p = PASSIVE.matcher(text);
        while (p.find()) {
            add(out, c, p.group(2), p.group(1), p.group());
        }
        Matcher r = PARTICIPLE.matcher(text);
        if (r.find()) {
            Matcher s = OPENING.matcher(text.strip());
            if (s.find()) {
                add(out, c, s.group(1), r.group(1), s.group(1) + " \u2026" + r.group());
            }
        }
        return out;
    }

    private static void add(List<Outcome> out, Claim c, String winner, String loser, String written) {
        Optional<String> w = person(winner);
        Optional<String> l = person(loser);
        if (w.isPresent() && l.isPresent() && !surname(w.get()).equals(surname(l.get()))) {
            out.add(new Outcome(c, w.get(), l.get(), written.strip()));
        }
    }

    /** Words capitalised at a sentence's start or as a title, not names of a side. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("the", "a", "an", "he", "she", "they", "it",
            "his", "her", "their", "in", "on", "at", "after", "before", "when", "while", "but", "and", "mayor",
            "senator", "councillor", "governor", "president", "incumbent", "challenger");

    /** The name without the capitalised words that are no part of it ("The", "Mayor"), if one is left. */
    private static Optional<String> person(String written) {
        List<String> kept = new ArrayList<>();
        for (String w : written.split("\\s+")) {
            if (kept.isEmpty() && NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            kept.add(w);
        }
        if (kept.isEmpty() || kept.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .anyMatch(w -> org.factdiff.claims.Cues.WEEKDAYS.contains(w) || org.factdiff.claims.Cues.MONTHS.contains(w))) {
            return Optional.empty(); // "On Tuesday": a day, not a side
        }
        return Optional.of(String.join(" ", kept));
    }

    private static String surname(String name) {
        String[] words = name.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
    }

    private static String reversed(String key) {
        int at = key.indexOf('>');
        return key.substring(at + 1) + ">" + key.substring(0, at);
    }

    private static String sorted(String x, String y) {
        return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
    }
}
