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
 * A named person's part in the event given two ways: "the balloon's pilot, Marta Szell" against
 * "Marta Szell, a passenger celebrating her birthday"; "the driver, Ivo Marn" against "Ivo Marn,
 * a passenger in the car". Only parts one person cannot hold at once in one journey ({@code
 * person-parts.txt}: pilot, passenger, driver, pedestrian...) are read, right beside the full
 * name; an article giving one name two parts is left alone.
 */
final class PersonParts implements ContradictionRule {
    /** Parts and the class each is compared by: "skipper" is "captain". */
    private static final Map<String, String> PARTS = org.factdiff.base.WordLists.map(PersonParts.class, "person-parts.txt");
    private static final String PART = "(" + String.join("|", PARTS.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .map(p -> p.replace("-", "\\-").replace(" ", "\\s+")).toList()) + ")";
    /** A full name: two to three capitalised words. */
    private static final String NAME = "(\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*){1,2})";
    /** "Marta Szell, a passenger": the name, then its part. */
    private static final Pattern NAME_PART = Pattern.compile(NAME + ",\\s+(?:(an?)\\s+|the\\s+(?:[\\p{Ll}-]+\\s+){0,2}?)" + PART + "\\b");
    /** Parts that are also trades, read only with "the": "a bus driver" tells a trade, "the driver" a part. */
    private static final java.util.Set<String> TRADES = java.util.Set.of("pilot", "driver", "captain", "co-pilot");
    /** "the balloon's pilot, Marta Szell," and "its driver, Ivo Marn": the part, then the name. */
    private static final Pattern PART_NAME = Pattern.compile("(?i:\\b(?:the|its|their|his|her))\\s+(?:[\\p{L}-]+['\u2019]s\\s+)?"
            + "(?:\\p{Ll}+\\s+)?" + "(?i:" + PART + "),\\s+" + NAME + "\\b");

    /** One sentence's part for one named person. */
    private record Part(Claim claim, String name, String part, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, Map<String, List<Part>>> byName = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture()) {
                continue;
            }
            String text = c.evidence().text().replace('\n', ' ');
            for (Pattern p : List.of(NAME_PART, PART_NAME)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String name = p == NAME_PART ? m.group(1) : m.group(2);
                    String part = (p == NAME_PART ? m.group(3) : m.group(1)).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    if (p == NAME_PART && m.group(2) != null && TRADES.contains(PARTS.getOrDefault(part, part))) {
                        continue; // "Ivo Marn, a bus driver": a trade
                    }
                    byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                            .computeIfAbsent(c.article(), k -> new ArrayList<>())
                            .add(new Part(c, name, PARTS.getOrDefault(part, part), m.group().strip()));
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byName.forEach((name, byArticle) -> OneValueEach.finding(in, byArticle, Part::claim, Part::part, Part::part,
                Part::written, p -> "part of " + p.name(),
                (p, sides) -> "Articles give " + p.name() + " different parts in the event: " + sides + ". Check with the authorities.")
                .ifPresent(out::add));
        return out;
    }
}
