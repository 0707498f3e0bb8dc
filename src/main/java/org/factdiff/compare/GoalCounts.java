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
 * One player given two numbers of goals in one match: "Tomas Ferreira scored a hat-trick"
 * against "with Tomas Ferreira scoring twice". A count of a half ("scored twice before the
 * break") or of a season ("has scored 14 goals this season") is no count of the match; an
 * article that gives one player two counts is left alone.
 */
final class GoalCounts implements ContradictionRule {
    /** A person's name: two or three capitalised words. */
    private static final String NAME = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2})";
    /** How many: "a hat-trick", "a brace", "twice", "three times", "two goals". */
    private static final String COUNT = "(a\\s+hat-trick|a\\s+hat\\s+trick|a\\s+brace|twice|(?:three|four|five)\\s+times"
            + "|(?:two|three|four|five|\\d)\\s+goals)";
    /** "Tomas Ferreira scored a hat-trick", "with Tomas Ferreira scoring twice", "Ferreira netted twice". */
    private static final Pattern SCORED = Pattern.compile(NAME + "\\s+(?:\\p{Ll}+\\s+)?(?:scored|scoring|netted|netting"
            + "|grabbed|grabbing|bagged|bagging|struck|striking|hit|hitting|claimed|claiming)\\s+" + COUNT + "\\b");
    /** "a hat-trick from Tomas Ferreira", "Tomas Ferreira's hat-trick". */
    private static final Pattern FROM = Pattern.compile("\\b(?:a\\s+)?(hat-trick|hat\\s+trick|brace)\\s+(?:from|by)\\s+"
            + "(?:\\p{Ll}+\\s+)?" + NAME);
    private static final Pattern OWN = Pattern.compile(NAME + "['\u2019]s?\\s+(?:first-half\\s+|second-half\\s+)?"
            + "(hat-trick|hat\\s+trick|brace)\\b");
    /** Words after a count that make it a part of the match or a tally of more than it. */
    private static final Pattern PART_OR_TALLY = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:half|half-time|halftime|the break"
            + "|interval|season|campaign|career|this year|tournament|competitions|league games|matches|games|so far)\\b");

    /** One sentence's count of a player's goals. */
    private record Count(Claim claim, String player, int goals, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // player -> article -> counts
        Map<String, Map<String, List<Count>>> byPlayer = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture() || !c.hedge().isEmpty()) {
                continue;
            }
            for (Count g : counts(c)) {
                byPlayer.computeIfAbsent(g.player(), k -> new TreeMap<>())
                        .computeIfAbsent(c.article(), k -> new ArrayList<>()).add(g);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byPlayer.forEach((player, byArticle) -> OneValueEach.finding(in, byArticle, Count::claim,
                g -> String.valueOf(g.goals()), g -> g.goals() + " goals", Count::written,
                g -> "goals scored by " + name(g), (g, sides) -> "Articles give " + name(g)
                        + " different numbers of goals: " + sides + ". Check the official match report.")
                .ifPresent(out::add));
        return out;
    }

    private static List<Count> counts(Claim c) {
        String text = c.evidence().text().replace('\n', ' ');
        List<Count> out = new ArrayList<>();
        Matcher s = SCORED.matcher(text);
        while (s.find()) {
            add(out, c, s.group(1), s.group(2), s, text);
        }
        Matcher f = FROM.matcher(text);
        while (f.find()) {
            add(out, c, f.group(2), f.group(1), f, text);
        }
        Matcher o = OWN.matcher(text);
        while (o.find()) {
            if (!o.group().contains("-half")) {
                add(out, c, o.group(1), o.group(2), o, text);
            }
        }
        return out;
    }

    private static void add(List<Count> out, Claim c, String name, String count, Matcher m, String text) {
        int goals = goals(count.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (goals > 0 && !PART_OR_TALLY.matcher(text.substring(m.end())).find()) {
            String[] words = name.strip().split("\\s+");
            String surname = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("['\u2019]s?$", "");
            out.add(new Count(c, surname, goals, m.group().strip()));
        }
    }

    /** The number of goals a count's words give; 0 when they give none. */
    private static int goals(String count) {
        if (count.contains("hat")) {
            return 3;
        }
        if (count.contains("brace") || count.equals("twice")) {
            return 2;
        }
        String first = count.split(" ")[0];
        if (first.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(first);
        }
        Integer n = Cues.cardinal(first);
        return n == null ? 0 : n;
    }

    /** The player as the first sentence of the finding names him: the surname, capitalised. */
    private static String name(Count g) {
        return g.player().isEmpty() ? g.player() : Character.toUpperCase(g.player().charAt(0)) + g.player().substring(1);
    }
}
