package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;

/**
 * One goal given two scorers: "Danny Okonkwo scored the winner in the 112th minute" against "a
 * 112th-minute header from defender Luis Carvalho". A goal is known by its minute; the scorer by
 * the surname. An article that gives one minute two scorers (two matches, or a goal and the
 * assist) is left alone.
 */
final class GoalScorers implements ContradictionRule {
    /** A person's name: one to three capitalised words. */
    private static final String NAME = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})";
    /** What was scored. */
    private static final String GOAL = "(?:goal|header|strike|penalty|spot-kick|winner|equaliser|equalizer|opener|volley"
            + "|shot|effort|free\\s+kick|free-kick|finish|tap-in)";
    /**
     * "Danny Okonkwo scored the winner in the 112th minute", "Okonkwo netted in the 9th minute",
     * "Callum Reyes rose highest to head home a corner in the 78th minute": a few lower-case words
     * may stand between the name and the scoring, never another name.
     */
    private static final Pattern SCORED_IN = Pattern.compile(NAME + "\\s+(?:\\p{Ll}+\\s+){0,3}?(?:scored|netted|struck|converted"
            + "|(?:head|heads|headed|fire|fires|fired|slot|slots|slotted|nod|nods|nodded|tap|taps|tapped|poke|pokes|poked"
            + "|curl|curls|curled)\\s+(?:in|home))\\b[^.;,]{0,50}?\\bin\\s+the\\s+(\\d{1,3})(?:st|nd|rd|th)\\s+minute\\b");
    /** "a 112th-minute header from defender Luis Carvalho", "an 89th-minute penalty by Ada Fell". */
    private static final Pattern MINUTE_GOAL_FROM = Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)[- ]minute\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
            + GOAL + "\\s+(?:from|by)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?" + NAME);
    /** "Luis Carvalho's 112th-minute header". */
    private static final Pattern OWN_MINUTE_GOAL = Pattern.compile(NAME + "['\u2019]s?\\s+(\\d{1,3})(?:st|nd|rd|th)[- ]minute\\s+"
            + "(?:[\\p{Ll}-]+\\s+){0,2}?" + GOAL);

    /** "a second-half header from defender Callum Reyes": a goal and its scorer, no minute. */
    private static final Pattern GOAL_FROM = Pattern.compile("\\b(?:[\\p{Ll}-]+\\s+){0,2}?" + GOAL
            + "\\s+(?:from|by)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?" + NAME);
    /** "Callum Reyes scored the only goal", "Reyes headed home": a scorer, no minute. */
    private static final Pattern SCORED = Pattern.compile(NAME + "\\s+(?:\\p{Ll}+\\s+){0,2}?(?:scored|netted"
            + "|(?:headed|fired|slotted|nodded|tapped|poked|curled)\\s+(?:in|home))\\b");
    /** A match of one goal: "won 1-0", "a 0-1 defeat", "the only goal". */
    private static final Pattern ONE_GOAL = Pattern.compile("(?i)(?<![\\d-])(?:1-0|0-1|1\\u20130|0\\u20131)(?![\\d-])"
            + "|\\b(?:only|lone|sole|solitary)\\s+goal\\b");
    /** The key of the one goal of a match won by a single goal. */
    private static final String ONLY = "the only goal";
    /** The key of the goal that won the match. */
    private static final String WINNER = "the winner";
    /** A sentence that tells the winning goal: "the winner", "a late header gave Rovers a 2-1 win". */
    private static final Pattern WINNING = Pattern.compile("(?i)\\b(?:winner|winning\\s+goal|match-winner)\\b"
            + "|\\b(?:gave|earned|handed|secured|sealed|clinched)\\b[^.;]{0,40}?\\b(?:win|victory)\\b");
    /** "Callum Reddy heading in the winner", "Reddy scoring late on": a scorer and a gerund of scoring. */
    private static final Pattern SCORING = Pattern.compile(NAME + "\\s+(?:scoring|netting|(?:heading|firing|slotting|nodding"
            + "|tapping|poking|curling|drilling|smashing)\\s+(?:in|home))\\b");

    /** One sentence's scorer of the goal in a minute. */
    private record Goal(Claim claim, String minute, String scorer, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // minute -> article -> goals
        Map<String, Map<String, List<Goal>>> byMinute = new TreeMap<>();
        // A match won by one goal has one scorer, whatever minute each article gives or none:
        // "a second-half header from defender Callum Reyes" against "a 71st-minute header from
        // striker Jonah Whitfield" in a 1-0 win.
        Map<String, Boolean> oneGoal = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture()) {
                continue;
            }
            boolean only = oneGoal.computeIfAbsent(c.article(), a -> ONE_GOAL.matcher(in.text(a).text()).find());
            // A sentence that tells the winning goal keys its goals as the winner, minute or not.
            boolean winner = !only && WINNING.matcher(c.evidence().text()).find();
            // A goal with its minute keeps it too, so that an article giving the minute without
            // calling it the winner is still set against it (the same finding twice is one).
            for (Goal g : only || winner ? anyGoals(c) : goals(c)) {
                List<String> keys = only ? List.of(ONLY) : !winner ? List.of(g.minute())
                        : g.minute().isEmpty() ? List.of(WINNER) : List.of(g.minute(), WINNER);
                for (String key : keys) {
                    byMinute.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(c.article(), k -> new ArrayList<>()).add(g);
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byMinute.forEach((minute, byArticle) -> {
            String goal = minute.equals(ONLY) || minute.equals(WINNER) ? minute : "the goal in minute " + minute;
            OneValueEach.finding(in, byArticle, Goal::claim, g -> surname(g.scorer()),
                    Goal::scorer, Goal::written, g -> "scorer of " + goal,
                    (g, sides) -> "Articles credit " + goal + " to different players: " + sides
                            + ". Check the official match report.")
                    .ifPresent(out::add);
        });
        return out;
    }

    private static List<Goal> goals(Claim c) {
        String text = c.evidence().text().replace('\n', ' ');
        List<Goal> out = new ArrayList<>();
        Matcher s = SCORED_IN.matcher(text);
        while (s.find()) {
            out.add(new Goal(c, s.group(2), scorer(s.group(1)), s.group().strip()));
        }
        Matcher f = MINUTE_GOAL_FROM.matcher(text);
        while (f.find()) {
            out.add(new Goal(c, f.group(1), scorer(f.group(2)), f.group().strip()));
        }
        Matcher o = OWN_MINUTE_GOAL.matcher(text);
        while (o.find()) {
            out.add(new Goal(c, o.group(2), scorer(o.group(1)), o.group().strip()));
        }
        return out;
    }

    /** A sentence's goals with or without their minutes, each goal once: the scorers of a match of one goal. */
    private static List<Goal> anyGoals(Claim c) {
        String text = c.evidence().text().replace('\n', ' ');
        List<Goal> out = new ArrayList<>(goals(c));
        for (Pattern p : List.of(GOAL_FROM, SCORED, SCORING)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Goal g = new Goal(c, "", scorer(m.group(1)), m.group().strip());
                String first = g.scorer().split("\\s+")[0].toLowerCase(Locale.ROOT);
                if (org.factdiff.text.StopWords.contains(first)) {
                    continue; // "The visitors scored twice": no one named
                }
                if (out.stream().noneMatch(o -> surname(o.scorer()).equals(surname(g.scorer())))) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /** The name without a role written in capitals at a sentence's start: "Midfielder Danny Okonkwo". */
    private static String scorer(String written) {
        String[] words = written.strip().split("\\s+");
        return words.length == 3 && ROLES.contains(words[0].toLowerCase(Locale.ROOT))
                ? words[1] + " " + words[2] : written.strip();
    }

    /** Words for a player's position that may open a sentence before the name. */
    private static final java.util.Set<String> ROLES = java.util.Set.of("midfielder", "defender", "striker", "forward",
            "winger", "captain", "substitute", "goalkeeper", "keeper", "full-back", "centre-back", "teenager", "veteran");

    private static String surname(String name) {
        String[] words = name.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("['\u2019]s?$", "");
    }
}
