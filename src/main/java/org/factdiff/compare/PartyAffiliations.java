package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;

/**
 * One candidate given two parties: "the Unity Party named Ramon Vasquez as its candidate"
 * against "Ramon Vasquez will stand for the opposition Civic Front". A party is a capitalised
 * name ending in a word for a party ("Party", "Front", "Alliance"); the person is known by the
 * surname. An article that ties one person to two parties (one left for another) is left alone.
 */
final class PartyAffiliations implements ContradictionRule {
    /** A person's name: two or three capitalised words. */
    private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})";
    /** A party's name: up to three capitalised words, then a word for a party. */
    private static final String PARTY = "((?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,3}(?:Party|Front|Alliance|Movement|League|Congress"
            + "|Coalition|Bloc|Forum))\\b";
    /** Lower-case words describing a person before the name: "former police chief". */
    private static final String DESCRIBED = "(?:[\\p{Ll}-]+\\s+){0,4}?";
    /** "The Unity Party on Thursday named former police chief Ramon Vasquez as its candidate". */
    private static final Pattern NAMED = Pattern.compile(PARTY + "[^.;]{0,40}?\\b(?:named|picked|chose|selected|nominated"
            + "|fielded|endorsed|unveiled)\\s+" + DESCRIBED + NAME + "\\s+as\\s+its\\s+(?:\\p{Ll}+\\s+)?candidate\\b");
    /** "Ramon Vasquez ... will stand for the opposition Civic Front", "ran for the Unity Party". */
    private static final Pattern STANDS = Pattern.compile(NAME + "\\b[^.;]{0,60}?\\b(?:will\\s+stand|is\\s+standing"
            + "|stood|will\\s+run|is\\s+running|ran|was\\s+elected|were\\s+elected)\\s+(?:as\\s+a\\s+candidate\\s+)?for\\s+the\\s+"
            + "(?:(?:opposition|governing|ruling|main|new|centrist|nationalist)\\s+)?" + PARTY);
    /** "the Civic Front candidate Ramon Vasquez", "Unity Party candidate Ramon Vasquez". */
    private static final Pattern CANDIDATE_NAME = Pattern.compile(PARTY + "(?:['\u2019]s)?\\s+candidate,?\\s+" + NAME);
    /** "Ramon Vasquez, the Civic Front candidate", "Ramon Vasquez, the Unity Party's candidate". */
    private static final Pattern NAME_CANDIDATE = Pattern.compile(NAME + ",\\s+(?:the|a)\\s+" + PARTY
            + "(?:['\u2019]s)?\\s+candidate\\b");

    /** Words that tell of a party left or joined, which make two parties for one person no conflict. */
    private static final Set<String> CHANGED = Set.of("formerly", "left", "defected", "quit", "switched", "joined",
            "expelled", "rejoined");

    private record Tie(Claim claim, String person, String party, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // surname -> article -> parties
        Map<String, Map<String, List<Tie>>> bySurname = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture() || changed(c.evidence().text())) {
                continue;
            }
            for (Tie t : ties(c)) {
                bySurname.computeIfAbsent(surname(t.person()), k -> new TreeMap<>())
                        .computeIfAbsent(c.article(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        bySurname.forEach((surname, byArticle) -> OneValueEach.finding(in, byArticle, Tie::claim, t -> key(t.party()),
                Tie::party, Tie::written, t -> "party of " + t.person(),
                (t, sides) -> "Articles give " + t.person() + " different parties: " + sides + ". Check the list of candidates.")
                .ifPresent(out::add));
        return out;
    }

    private static List<Tie> ties(Claim c) {
        String text = c.evidence().text().replace('\n', ' ');
        List<Tie> out = new ArrayList<>();
        Matcher n = NAMED.matcher(text);
        while (n.find()) {
            out.add(new Tie(c, n.group(2), party(n.group(1)), n.group().strip()));
        }
        for (Pattern p : List.of(STANDS, NAME_CANDIDATE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Tie(c, m.group(1), party(m.group(2)), m.group().strip()));
            }
        }
        Matcher cn = CANDIDATE_NAME.matcher(text);
        while (cn.find()) {
            out.add(new Tie(c, cn.group(2), party(cn.group(1)), cn.group().strip()));
        }
        out.removeIf(t -> t.person().startsWith("The ") || t.party().startsWith("The "));
        return out;
    }

    /** A party's name as written, without a leading "The". */
    private static String party(String written) {
        String p = written.strip().replaceAll("\\s+", " ");
        return p.startsWith("The ") ? p.substring(4) : p;
    }

    /** A party's name as compared: lower case. */
    private static String key(String party) {
        return party.toLowerCase(Locale.ROOT);
    }

    private static String surname(String person) {
        String[] words = person.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static boolean changed(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (CHANGED.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
