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
 * One member's vote told both ways: "Councilman Ed Barros, whose ward includes the rail yard,
 * voted yes" against "Ed Barros, another councillor who voted against the plan". The member is
 * known by the surname; a vote for a named person ("voted for Ada Voss") is a choice between
 * candidates, not for or against the measure, and is left alone. An article that gives one
 * member both votes (two readings of a bill) takes no side.
 */
final class VoteChoices implements ContradictionRule {
    /** A member's name: two or three capitalised words. */
    private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2})";
    /** The vote, not followed by a name: "yes", "no", "for the plan", "against it", "in favour". */
    private static final String VOTE = "voted\\s+(yes|no|for|against|in\\s+favou?r)\\b(?!\\s+\\p{Lu})";
    /** "Ed Barros, whose ward includes the yard, voted yes", "Ed Barros voted against": the name, then the vote. */
    private static final Pattern NAME_VOTED = Pattern.compile(NAME + "(?:,[^.;\"\u201C\u201D]{1,100}?,)?\\s+(?:also\\s+|had\\s+)?" + VOTE);
    /** "Ed Barros, another councillor who voted against the plan": the vote in a relative clause. */
    private static final Pattern NAME_WHO_VOTED = Pattern.compile(NAME + ",\\s+[^.;,\"\u201C\u201D]{0,60}?\\bwho\\s+(?:also\\s+|had\\s+)?" + VOTE);

    /** One sentence's vote of a member. */
    private record Vote(Claim claim, String member, boolean yes, String written) {
        String surname() {
            String[] w = member.split("\\s+");
            return w[w.length - 1].toLowerCase(Locale.ROOT);
        }
    }

    /** The name without a title before it: "Councillor Ada Brisk" is "Ada Brisk". */
    private static String withoutTitle(String name) {
        String[] w = name.split("\\s+");
        String first = w[0].toLowerCase(Locale.ROOT).replace(".", "");
        return w.length > 2 && (PersonAges.TITLES.contains(first) || org.factdiff.claims.Cues.OFFICE_RANKS.containsKey(first))
                ? name.substring(w[0].length()).strip() : name;
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // surname -> article -> votes
        Map<String, Map<String, List<Vote>>> byMember = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.furniture()) {
                continue;
            }
            String text = c.evidence().text().replace('\n', ' ');
            for (Pattern p : List.of(NAME_VOTED, NAME_WHO_VOTED)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String how = m.group(2).toLowerCase(Locale.ROOT);
                    Vote v = new Vote(c, withoutTitle(m.group(1)), !how.equals("no") && !how.equals("against"), m.group().strip());
                    byMember.computeIfAbsent(v.surname(), k -> new TreeMap<>())
                            .computeIfAbsent(c.article(), k -> new ArrayList<>()).add(v);
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byMember.forEach((surname, byArticle) -> OneValueEach.finding(in, byArticle, Vote::claim,
                v -> v.yes() ? "for" : "against", v -> v.yes() ? "for" : "against", Vote::written,
                v -> "how " + v.member() + " voted",
                (v, sides) -> "Articles say " + v.member() + " voted both ways: " + sides + ". Check the record of the vote.")
                .ifPresent(out::add));
        return out;
    }
}
