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
    /**
     * Lower-case words before a name that describe the person: "two-term incumbent", "former
     * teacher"; maybe after a place's name: "Dunmere mayor".
     */
    private static final String DESCRIBED = "(?:(?:the|a|an|his|her|their)\\s+)?(?:\\p{Lu}[\\p{L}'\u2019-]+\\s+(?=\\p{Ll}))?"
            + "(?:[\\p{Ll}-]+\\s+){0,3}?";
    /** Verbs by which the subject beat the object. */
    private static final String BEAT = "(?:beat|defeated|ousted|unseated|edged|overcame|outpolled|thrashed|routed|toppled)";
    /** "Rovers beat United", "Ada Voss defeated incumbent Ivo Marn". */
    private static final Pattern ACTIVE = Pattern.compile(NAME + "(?:,[^,]{1,60},)?\\s+(?:narrowly\\s+|comfortably\\s+|easily\\s+)?"
            // "Castlereagh Rovers came from behind to beat Dunmore Athletic", "went on to beat"
            + "(?:(?:came\\s+from\\s+behind|fought\\s+back|rallied|recovered|went\\s+on|held\\s+on)\\s+to\\s+)?"
            + BEAT + "\\s+" + DESCRIBED + NAME);
    /** "Ivo Marn was defeated by Ada Voss", "Ivo Marn lost to Ada Voss". */
    private static final Pattern PASSIVE = Pattern.compile(NAME + "(?:,[^,]{1,60},)?\\s+(?:was\\s+(?:narrowly\\s+)?"
            + "(?:beaten|defeated|ousted|unseated|edged\\s+out|toppled)\\s+by|lost\\s+(?:narrowly\\s+)?to)\\s+" + DESCRIBED + NAME);
    /** ", defeating Ivo Marn", ", seeing off a challenge from Ivo Marn": the sentence's subject won. */
    private static final Pattern PARTICIPLE = Pattern.compile(",\\s+(?:narrowly\\s+|comfortably\\s+|easily\\s+)?"
            + "(?:defeating|beating|ousting|unseating|edging(?:\\s+out)?|toppling|(?:seeing|fending|beating)\\s+off\\s+"
            + "(?:a|the)\\s+(?:\\p{Ll}+\\s+)?challenge\\s+from)\\s+" + DESCRIBED + NAME);
    /** A score right after the loser's name: "beat United 2-1", "defeated Ashwick Town 3–1". */
    private static final Pattern SCORE_AFTER = Pattern.compile("^\\s+(\\d{1,2})\\s*[-\u2013]\\s*(\\d{1,2})\\b");
    /** "helped Carnby Vale to a 3-1 win over Ashwick Town", "Rovers' 2-0 victory against United". */
    private static final Pattern WIN_OVER = Pattern.compile(NAME + "(?:['\u2019]s?)?(?:\\s+to)?\\s+(?:an?\\s+)?(?:\\p{Ll}+\\s+)?"
            + "(\\d{1,2})\\s*[-\u2013]\\s*(\\d{1,2})\\s+(?:win|victory)\\s+(?:over|against)\\s+" + DESCRIBED + NAME);

    /**
     * A dateline before the sentence's subject: a place in capitals, maybe a date and an agency,
     * then a dash ("DRAVIK, Oct 6 (Wire) - ").
     */
    private static final String DATELINE = "(?:\\p{Lu}{2,}[\\p{Lu} .'\u2019-]*(?:,[^\u2013\u2014]{0,40}?)?\\s+(?:-|--|\u2013|\u2014)\\s+)?";
    /** The name a sentence opens with, its subject, after any dateline. */
    private static final Pattern OPENING = Pattern.compile("^" + DATELINE + "(?:(?:\\p{Lu}\\p{Ll}*\\s+)?(?:Mayor|Senator|Sen\\.|Rep\\.|Councillor|"
            + "Governor|President)\\s+"
            // "Incumbent mayor Peter Lund", "Former senator Ada Voss": words describing the subject
            + "|\\p{Lu}\\p{Ll}+(?:\\s+(?!(?:in|of|at|for|and|said|says|to|on|by)\\b)\\p{Ll}+){1,2}\\s+(?=\\p{Lu}))?" + NAME);

    /** One sentence's outcome of a contest. */
    private record Outcome(Claim claim, String winner, String loser, String written, String score) {
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
                // The first sentence that tells it, with a score when one gives it; two scores of
                // one result in one article (two legs, two meetings) leave its score unknown.
                byArticle.computeIfAbsent(c.article(), k -> new TreeMap<>()).merge(o.key(), o, (had, now) ->
                        had.score().isEmpty() ? new Outcome(had.claim(), had.winner(), had.loser(), had.written(), now.score())
                        : now.score().isEmpty() || now.score().equals(had.score()) ? had
                        : new Outcome(had.claim(), had.winner(), had.loser(), had.written(), UNKNOWN));
            }
        }
        // An article that tells a contest both ways speaks of two contests, or of a history.
        byArticle.values().removeIf(outcomes -> outcomes.keySet().stream().anyMatch(k -> outcomes.containsKey(reversed(k))));
        // contest (both sides, sorted) -> article -> the article's outcome of it
        Map<String, Map<String, Outcome>> byContest = new TreeMap<>();
        byArticle.forEach((article, outcomes) -> outcomes.values().forEach(o -> byContest
                .computeIfAbsent(sorted(surname(o.winner()), surname(o.loser())), k -> new TreeMap<>()).putIfAbsent(article, o)));
        List<Contradiction> out = new ArrayList<>();
        for (Map<String, Outcome> told : byContest.values()) {
            List<Outcome> all = new ArrayList<>(told.values());
            // Each group of articles joined by opposite winners, or by one winner with two scores, is one finding.
            join(all, in, (x, y) -> !x.key().equals(y.key())).forEach(part -> out.add(part(part,
                    "who won: " + part.get(0).winner() + " or " + part.get(0).loser(), ContradictionKind.ENTITY,
                    Outcome::written, "Articles give the contest to opposite sides: ", ". Check the declared result.")));
            join(all, in, (x, y) -> x.key().equals(y.key()) && known(x.score()) && known(y.score())
                    && !x.score().equals(y.score())).forEach(part -> out.add(part(part,
                    "the score of " + part.get(0).winner() + " v " + part.get(0).loser(), ContradictionKind.NUMBER,
                    Outcome::score, "Articles give one result two scores: ", ". Check the official result.")));
        }
        return out;
    }

    /** The groups of outcomes of one contest joined by pairs of one incident that {@code apart} holds for. */
    private static List<List<Outcome>> join(List<Outcome> all, CaseClaims in,
                                            java.util.function.BiPredicate<Outcome, Outcome> apart) {
        Components joined = new Components(all.size());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (apart.test(all.get(i), all.get(j))
                        && in.sameIncident(all.get(i).claim().article(), all.get(j).claim().article())) {
                    joined.join(i, j);
                }
            }
        }
        return joined.parts().stream().map(p -> p.stream().map(all::get).toList()).toList();
    }

    /** One finding of a group: each article's outcome, told by {@code shown}, with its articles. */
    private static Contradiction part(List<Outcome> part, String topic, ContradictionKind kind,
                                      java.util.function.Function<Outcome, String> shown, String lead, String end) {
        List<Contradiction.Value> values = part.stream().map(o -> new Contradiction.Value(o.claim().evidence(), shown.apply(o)))
                .sorted(java.util.Comparator.comparing(Contradiction.Value::evidence)).toList();
        Map<String, List<String>> bySide = new TreeMap<>();
        values.forEach(v -> bySide.computeIfAbsent(v.value(), k -> new ArrayList<>()).add(v.evidence().article()));
        String explanation = lead + String.join(" vs ", bySide.entrySet().stream()
                .map(e -> "\u201C" + e.getKey() + "\u201D (" + Prose.articleList(e.getValue()) + ")").toList()) + end;
        List<String> ids = new ArrayList<>(List.of(topic));
        values.forEach(v -> ids.add(v.evidence().article() + ":" + v.value()));
        return new Contradiction(Ids.of("x", ids), topic, kind, explanation, values);
    }

    /** Any score in a sentence: one that holds two tells of two games, and neither score is kept. */
    private static final Pattern ANY_SCORE = Pattern.compile("\\b\\d{1,2}\\s*[-\u2013]\\s*\\d{1,2}\\b");

    /** The outcomes a sentence tells: who beat whom, and by what score when it is the sentence's only one. */
    static List<Outcome> outcomes(Claim c) {
        String text = c.evidence().text();
        Matcher scores = ANY_SCORE.matcher(text);
        int count = 0;
        while (scores.find()) {
            count++;
        }
        List<Outcome> read = read(c, text);
        return count <= 1 ? read : read.stream()
                .map(o -> new Outcome(o.claim(), o.winner(), o.loser(), o.written(), "")).toList();
    }

    private static List<Outcome> read(Claim c, String text) {
        List<Outcome> out = new ArrayList<>();
        Matcher a = ACTIVE.matcher(text);
        while (a.find()) {
            add(out, c, a.group(1), a.group(2), a.group(), score(text.substring(a.end())));
        }
        Matcher o = WIN_OVER.matcher(text);
        while (o.find()) {
            add(out, c, o.group(1), o.group(4), o.group(), score(o.group(2), o.group(3)));
        }
        Matcher p = PASSIVE.matcher(text);
        while (p.find()) {
            add(out, c, p.group(2), p.group(1), p.group(), score(text.substring(p.end())));
        }
        Matcher r = PARTICIPLE.matcher(text);
        if (r.find()) {
            Matcher s = OPENING.matcher(text.strip());
            if (s.find()) {
                add(out, c, s.group(1), r.group(1), s.group(1) + " \u2026" + r.group(), score(text.substring(r.end())));
            }
        }
        return out;
    }

    private static void add(List<Outcome> out, Claim c, String winner, String loser, String written, String score) {
        Optional<String> w = person(winner);
        Optional<String> l = person(loser);
        if (w.isPresent() && l.isPresent() && !surname(w.get()).equals(surname(l.get()))) {
            out.add(new Outcome(c, w.get(), l.get(), written.strip(), score));
        }
    }

    /** The score of a result an article gives two scores. */
    private static final String UNKNOWN = "?";

    private static boolean known(String score) {
        return !score.isEmpty() && !score.equals(UNKNOWN);
    }

    /** The score written right at the start of {@code after} ("2-1"), or "". */
    private static String score(String after) {
        Matcher m = SCORE_AFTER.matcher(after);
        return m.find() ? score(m.group(1), m.group(2)) : "";
    }

    /** A score as the winner's goals first: "3-1" for "1-3" too; "" for a draw, which no one won. */
    private static String score(String x, String y) {
        int a = Integer.parseInt(x);
        int b = Integer.parseInt(y);
        return a == b ? "" : Math.max(a, b) + "-" + Math.min(a, b);
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
