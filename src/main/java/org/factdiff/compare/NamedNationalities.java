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
 * One named person given two nationalities: "Kenyan runner Daniel Kiprono" against "Ethiopia's
 * Daniel Kiprono", "Ada Voss, a Swiss climber" against "Ada Voss of Austria". The person is known
 * by the surname; an article that gives one person two (a dual national, a change of
 * allegiance) takes no side.
 */
final class NamedNationalities implements ContradictionRule {
    /** A person's name: two or three capitalised words. */
    private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})";
    /** "Kenyan runner Daniel Kiprono", "British world champion Ada Voss": an adjective, one or two words of a role, the name. */
    private static final Pattern ADJECTIVE_ROLE_NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Ll}+\\s+){1,2}" + NAME + "\\b");
    /** "Ethiopia's Daniel Kiprono": the country's possessive, the name. */
    private static final Pattern COUNTRYS_NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)['\u2019]s\\s+" + NAME + "\\b");
    /** "Daniel Kiprono, a Kenyan runner", "Ada Voss, the 29-year-old Swiss climber". */
    private static final Pattern NAME_ADJECTIVE = Pattern.compile(NAME + ",\\s+(?:a|an|the)\\s+(?:\\d{1,3}-year-old\\s+)?"
            + "(\\p{Lu}\\p{Ll}+)\\s+\\p{Ll}+");
    /** "Daniel Kiprono of Kenya". */
    private static final Pattern NAME_OF_COUNTRY = Pattern.compile(NAME + "\\s+of\\s+(\\p{Lu}\\p{Ll}+)\\b(?!\\s+\\p{Lu})");

    /** One sentence's nationality for one person. */
    private record Given(Claim claim, String person, String country, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, Map<String, List<Given>>> bySurname = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.furniture()) {
                continue;
            }
            for (Given g : given(c)) {
                String[] words = g.person().split("\\s+");
                bySurname.computeIfAbsent(words[words.length - 1].toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                        .computeIfAbsent(c.article(), k -> new ArrayList<>()).add(g);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        bySurname.forEach((surname, byArticle) -> OneValueEach.finding(in, byArticle, Given::claim, Given::country,
                Given::country, Given::written, g -> "nationality of " + g.person(),
                (g, sides) -> "Articles give " + g.person() + " different nationalities: " + sides
                        + ". Check an official list (entrants, the embassy, the authorities).")
                .ifPresent(out::add));
        return out;
    }

    private static List<Given> given(Claim c) {
        String text = c.evidence().text().replace('\n', ' ');
        List<Given> out = new ArrayList<>();
        Matcher a = ADJECTIVE_ROLE_NAME.matcher(text);
        while (a.find()) {
            String country = Cues.NATIONALITIES.get(a.group(1).toLowerCase(Locale.ROOT)); // an adjective, not a country's name
            if (country != null) {
                out.add(new Given(c, a.group(2), country, a.group().strip()));
            }
        }
        Matcher p = COUNTRYS_NAME.matcher(text);
        while (p.find()) {
            countryNamed(p.group(1)).ifPresent(country -> out.add(new Given(c, p.group(2), country, p.group().strip())));
        }
        Matcher n = NAME_ADJECTIVE.matcher(text);
        while (n.find()) {
            String country = Cues.NATIONALITIES.get(n.group(2).toLowerCase(Locale.ROOT));
            if (country != null) {
                out.add(new Given(c, n.group(1), country, n.group().strip()));
            }
        }
        Matcher o = NAME_OF_COUNTRY.matcher(text);
        while (o.find()) {
            countryNamed(o.group(2)).ifPresent(country -> out.add(new Given(c, o.group(1), country, o.group().strip())));
        }
        return out;
    }

    /** The country written by its own name ("Kenya"), not its adjective. */
    private static java.util.Optional<String> countryNamed(String written) {
        String country = VesselFlags.country(written);
        return country != null && !Cues.NATIONALITIES.containsKey(written.toLowerCase(Locale.ROOT))
                ? java.util.Optional.of(country) : java.util.Optional.empty();
    }
}
