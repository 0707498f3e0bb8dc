package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * One match given two results: "reached the semi-finals with a 3-2 win over Denmoor Athletic"
 * against "gave Harlow Rovers a 2-1 victory over Denmoor Athletic"; "beat the Stags by six
 * wickets" against "went down by four wickets". A score is read only where a word of the result
 * follows it ("win", "defeat", "draw") or a verb of winning or losing comes before it ("beat
 * them 3-1", "lost 2-0", "beat the Hawks 28-16", "to win 28-20"); a tally of votes or a score at
 * half-time is none. A score is the same from either side ("2-1 win" / "1-2 defeat"). Two
 * sentences tell one match when they name two capitalised words in common besides days and
 * months (the teams, the competition), in articles about one incident; an article giving two
 * results of those names is left out, as it may tell two matches.
 */
final class ScoreConflicts implements ContradictionRule {
    /** How the topic of every finding of this rule begins. */
    static final String TOPIC = "the result of the match";

    /**
     * A scoreline and the word of the result after it, maybe with up to two words of what was won
     * between: "3-2 win", "2–1 victory over", "a 2-1 derby win", "a 3-0 home league victory".
     */
    private static final Pattern SCORE_THEN_RESULT = Pattern.compile(
            "\\b(\\d{1,3})\\s?[-\u2013]\\s?(\\d{1,3})\\s+(?:(?!(?:votes?|in|to|at|on|after|with|the|a|an|and|but|their|his|her|its|for|over|against)\\b)[a-z][a-z-]*\\s+){0,2}?"
                    + "(?:win|wins|victory|defeat|loss|draw|triumph|thrashing|drubbing|success)\\b");
    /** A verb of the result and a scoreline after it: "beat Denmoor 3-2", "lost 2-0". */
    private static final Pattern RESULT_THEN_SCORE = Pattern.compile(
            "\\b(?:beat|beats|beating|defeated|won|win|wins|winning|lost|drew|edged|thrashed|crushed)\\s+"
                    + "(?:(?:the\\s+)?[\\p{Lu}][\\p{L}'\u2019-]*\\s+){0,4}"
                    + "(\\d{1,3})\\s?[-\u2013]\\s?(\\d{1,3})\\b(?!\\s*(?:votes?|to|in\\s+favou?r))");
    /** A margin of a win in cricket and the like: "by six wickets", "by 45 runs". */
    private static final Pattern MARGIN = Pattern.compile(
            "(?i)\\b(?:beat|beats|defeated|won|lost|went\\s+down|were\\s+beaten|was\\s+beaten|win|victory|defeat)\\b[^.;]{0,80}?"
                    + "\\bby\\s+(\\d{1,3}|[a-z]+(?:-[a-z]+)?)\\s+(wickets?|runs?)\\b");
    /** Capitalised words a sentence names its match by. */
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]+");
    /** Capitalised words in common that make two sentences tell one match. */
    static final int NAMES_IN_COMMON = 2;

    /** One sentence's result: the score as the lower and higher figure ("1-2"), or a margin ("6 wickets"). */
    private record Result(Claim claim, String kind, String value, String written, Set<String> names) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Result> results = new ArrayList<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.furniture()) {
                continue;
            }
            result(c).ifPresent(results::add);
        }
        // Articles that give two results for one set of names are left out.
        Set<Integer> unsure = new TreeSet<>();
        for (int i = 0; i < results.size(); i++) {
            for (int j = i + 1; j < results.size(); j++) {
                Result a = results.get(i);
                Result b = results.get(j);
                if (a.claim().article().equals(b.claim().article()) && a.kind().equals(b.kind())
                        && !a.value().equals(b.value()) && oneMatch(a, b)) {
                    unsure.add(i);
                    unsure.add(j);
                }
            }
        }
        List<List<Integer>> parts = Components.of(results.size(), (i, j) -> {
            Result a = results.get(i);
            Result b = results.get(j);
            return !unsure.contains(i) && !unsure.contains(j) && !a.claim().article().equals(b.claim().article())
                    && a.kind().equals(b.kind()) && !a.value().equals(b.value()) && oneMatch(a, b)
                    && in.sameIncident(a.claim().article(), b.claim().article());
        });
        List<Contradiction> out = new ArrayList<>();
        for (List<Integer> part : parts) {
            // One value per article: its first result in the group.
            Map<String, Result> byArticle = new TreeMap<>();
            part.forEach(k -> byArticle.putIfAbsent(results.get(k).claim().article(), results.get(k)));
            List<Contradiction.Value> values = new ArrayList<>();
            Map<String, List<String>> byWritten = new TreeMap<>();
            for (Result r : byArticle.values()) {
                values.add(new Contradiction.Value(r.claim().evidence(), r.written()));
                byWritten.computeIfAbsent(r.written(), k -> new ArrayList<>()).add(r.claim().article());
            }
            values.sort(java.util.Comparator.comparing(Contradiction.Value::evidence));
            String explanation = "Articles give different results for one match: " + Prose.sides(byWritten)
                    + ". Check the result with the competition's official record.";
            out.add(new Contradiction(Ids.contradiction("score", values), TOPIC, ContradictionKind.NUMBER, explanation,
                    values));
        }
        return out;
    }

    /** True when two results' sentences name the same match: two capitalised words in common. */
    private static boolean oneMatch(Result a, Result b) {
        int common = 0;
        for (String n : a.names()) {
            common += b.names().contains(n) ? 1 : 0;
        }
        return common >= NAMES_IN_COMMON;
    }

    /** The sentence's result, if it gives one. */
    private static java.util.Optional<Result> result(Claim c) {
        String text = c.evidence().text();
        Matcher m = SCORE_THEN_RESULT.matcher(text);
        boolean found = m.find();
        if (!found) {
            m = RESULT_THEN_SCORE.matcher(text);
            found = m.find();
        }
        if (found && otherMatch(text, m.start(), m.end())) {
            return java.util.Optional.empty(); // "the 2-1 defeat they suffered in the first leg": another match's result
        }
        if (found) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            return java.util.Optional.of(new Result(c, "score", Math.min(x, y) + "-" + Math.max(x, y),
                    m.group(1) + "-" + m.group(2), names(text)));
        }
        Matcher margin = MARGIN.matcher(text);
        if (margin.find()) {
            String n = margin.group(1).toLowerCase(Locale.ROOT);
            Integer value = n.matches("\\d+") ? Integer.valueOf(n) : Cues.NUMBER_WORDS.get(n);
            if (value != null) {
                String unit = margin.group(2).toLowerCase(Locale.ROOT);
                unit = unit.endsWith("s") ? unit : unit + "s";
                return java.util.Optional.of(new Result(c, unit, Integer.toString(value),
                        "by " + margin.group(1) + " " + margin.group(2), names(text)));
            }
        }
        return java.util.Optional.empty();
    }

    /** Words that put a result in another match than the one the sentence tells of. */
    private static final Pattern OTHER_MATCH = Pattern.compile("(?i)\\b(?:first|second|opening|return|home|away)[- ]leg\\b"
            + "|\\blast\\s+(?:season|year|week|month|time)\\b|\\bearlier\\s+(?:this|in\\s+the)\\s+(?:season|year|week|month)\\b"
            + "|\\bprevious\\b|\\breverse\\s+fixture\\b");

    /**
     * True when the clause of a result from {@code start} to {@code end} puts it in another
     * match: "the 2-1 defeat they suffered in the first leg", "last season's 3-0 win".
     */
    private static boolean otherMatch(String text, int start, int end) {
        int from = Math.max(Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start)), 0);
        int to = text.length();
        for (char stop : new char[] {',', ';', '.'}) {
            int k = text.indexOf(stop, end);
            to = k >= 0 ? Math.min(to, k) : to;
        }
        return OTHER_MATCH.matcher(text.substring(from, to)).find();
    }

    /** The capitalised words of a sentence, lower case, without days, months and words of function. */
    private static Set<String> names(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
            if (!Cues.WEEKDAYS.contains(w) && !Cues.MONTHS.contains(w) && !org.factdiff.text.StopWords.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
