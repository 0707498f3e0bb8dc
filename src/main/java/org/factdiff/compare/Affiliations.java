package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;

/**
 * One spokesperson given two agencies: "Lt. Maria Ortega, a spokeswoman for the county
 * sheriff's office" against "City police spokeswoman Lt. Maria Ortega", or an officer named with
 * the body he serves ("Sgt. Rowan Pike of the Carvel police department") against another. Both
 * agencies must be named by a kind of body ("police", "sheriff", "ministry") and share no word.
 */
final class Affiliations implements ContradictionRule {
    private static final String NAME = "(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\.)? \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)";
    private static final String RANK = "(?:(?:Lt|Sgt|Capt|Col|Maj|Gen|Dr|Officer|Deputy|Detective)\\.? )?";
    /** "Maria Ortega, a spokeswoman for the county sheriff's office" */
    private static final Pattern FOR = Pattern.compile(NAME + ", (?:a |the |an )?(?:[\\p{Ll}]+ )?spokes(?:man|woman|person)"
            + " (?:for|of|at) (?:the )?([\\p{L}' -]{3,60}?)(?=[,.;:]|$| said| told)");
    /** "City police spokeswoman Lt. Maria Ortega" */
    private static final Pattern BEFORE = Pattern.compile("((?:\\p{L}[\\p{L}']* ){1,3})spokes(?:man|woman|person),? "
            + RANK + NAME);
    /** "Sgt. Rowan Pike of the Carvel police department": a person named with the body he serves. */
    private static final Pattern OF = Pattern.compile(RANK + NAME + " of (?:the )?([\\p{L}' -]{3,60}?)(?=[,.;:]|$| said| told)");
    /** Words that name a kind of public body; an agency without one ("the company") is not compared. */
    static final Set<String> BODIES = Set.of("police", "sheriff", "sheriff's", "fire", "army", "military", "ministry",
            "department", "agency", "service", "council", "hospital", "guard", "patrol", "navy", "force", "office",
            "administration", "commission", "board", "authority", "bureau", "embassy", "government");
    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "for", "and", "at", "said", "told");

    private record Found(Claim claim, String agency) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Claim> claims = in.claims();
        // person -> article -> first agency given
        Map<String, Map<String, Found>> byPerson = new TreeMap<>();
        for (Claim c : claims) {
            String text = c.evidence().text().replace('\n', ' ');
            Matcher o = OF.matcher(text);
            while (o.find()) {
                add(byPerson, o.group(1), c, o.group(2));
            }
            if (!text.contains("spokes")) {
                continue; // both patterns need it; the scan of every position is the rule's cost
            }
            Matcher f = FOR.matcher(text);
            while (f.find()) {
                add(byPerson, f.group(1), c, f.group(2));
            }
            Matcher b = BEFORE.matcher(text);
            while (b.find()) {
                add(byPerson, b.group(2), c, b.group(1));
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byPerson.forEach((person, byArticle) -> {
            List<Found> found = List.copyOf(byArticle.values());
            for (int i = 0; i < found.size(); i++) {
                for (int j = i + 1; j < found.size(); j++) {
                    if (otherAgency(found.get(i).agency(), found.get(j).agency())) {
                        out.add(contradiction(person, found.get(i), found.get(j)));
                    }
                }
            }
        });
        return out;
    }

    private static void add(Map<String, Map<String, Found>> byPerson, String person, Claim c, String agency) {
        String a = agency.strip().replaceAll("\\s+", " ");
        if (words(a).stream().anyMatch(BODIES::contains)) {
            byPerson.computeIfAbsent(person.toLowerCase(Locale.ROOT), k -> new TreeMap<>()).putIfAbsent(c.article(),
                    new Found(c, a));
        }
    }

    /** True when two agencies share no word besides "office", "department" and the like. */
    static boolean otherAgency(String x, String y) {
        Set<String> shared = new HashSet<>(words(x));
        shared.retainAll(words(y));
        shared.removeAll(Set.of("office", "department", "service", "county", "city", "state", "national"));
        return shared.isEmpty();
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w)).toList();
    }

    private static Contradiction contradiction(String person, Found a, Found b) {
        return TwoSides.of("whom " + person + " speaks for", ContradictionKind.ENTITY,
                new Contradiction.Value(a.claim().evidence(), a.agency()),
                new Contradiction.Value(b.claim().evidence(), b.agency()),
                "The same person is said to speak for or serve two agencies: ", " and ", ".");
    }
}
