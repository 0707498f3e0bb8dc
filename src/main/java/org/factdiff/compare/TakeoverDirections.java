package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;

/**
 * One takeover told both ways round: "Halvorsen Foods has agreed to buy Brightwell Snacks"
 * against "Brightwell Snacks has agreed to take over Halvorsen Foods". Each sentence that tells
 * who buys whom gives a buyer and a target; two articles conflict when one's buyer is the other's
 * target and the other way round. An article that tells both (a deal and an earlier one the other
 * way) is left alone, and so is a merger, which has no direction.
 */
final class TakeoverDirections implements ContradictionRule {
    /** A firm's name: one to four capitalised words, maybe joined by "&". */
    private static final String NAME = "((?!The\\b)\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}'\u2019.-]*){0,3})";
    /** Lower-case words describing the target: "the crisp maker", "its smaller rival"; not "by" of a passive. */
    private static final String DESCRIBED = "(?:(?:the|a|an|its|their)\\s+)?(?:(?!by\\s)[\\p{Ll}-]+\\s+){0,3}?";
    /** "has agreed to buy", "will acquire", "bought", "is to take over". */
    private static final Pattern ACTIVE = Pattern.compile(NAME + "\\s+(?:(?:has|have|had)\\s+)?(?:(?:agreed|agrees|plans|"
            + "planned|wants|offered|is|was|are|were|will|would|moved)\\s+(?:to\\s+)?)?(?:buy|acquire|take\\s+over|purchase|bought|"
            + "acquired|took\\s+over|purchased|buys|acquires|takes\\s+over)\\s+(?!by\\b)" + DESCRIBED + NAME);
    /** "Brightwell Snacks is to be bought by Halvorsen Foods", "was acquired by". */
    private static final Pattern PASSIVE = Pattern.compile(NAME + "\\s+(?:is|was|has\\s+been|will\\s+be|is\\s+to\\s+be|is\\s+being"
            + "|would\\s+be)\\s+(?:bought|acquired|taken\\s+over|purchased)\\s+by\\s+" + DESCRIBED + NAME);
    /** "Halvorsen Foods' takeover of Brightwell Snacks", "Halvorsen's purchase of Brightwell". */
    private static final Pattern NOUN = Pattern.compile(NAME + "(?:['\u2019]s?)?\\s+(?:[\\p{Ll}\\d€$£.,-]+\\s+){0,3}?"
            + "(?:takeover|acquisition|purchase|buyout)\\s+of\\s+" + DESCRIBED + NAME);

    /** One sentence's direction of a takeover. */
    private record Deal(Claim claim, String buyer, String target, String written) {
        String key() {
            return first(buyer) + ">" + first(target);
        }

        String reversed() {
            return first(target) + ">" + first(buyer);
        }
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // article -> "buyer>target" -> first sentence telling it
        Map<String, Map<String, Deal>> byArticle = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture()) {
                continue;
            }
            for (Deal d : deals(c)) {
                byArticle.computeIfAbsent(c.article(), k -> new TreeMap<>()).putIfAbsent(d.key(), d);
            }
        }
        byArticle.values().removeIf(deals -> deals.values().stream().anyMatch(d -> deals.containsKey(d.reversed())));
        List<Contradiction> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.TreeSet<>();
        List<String> articles = List.copyOf(byArticle.keySet());
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                for (Deal a : byArticle.get(articles.get(i)).values()) {
                    Deal b = byArticle.get(articles.get(j)).get(a.reversed());
                    if (b == null || !in.sameIncident(articles.get(i), articles.get(j))
                            || !seen.add(articles.get(i) + "|" + articles.get(j) + "|" + a.key())) {
                        continue;
                    }
                    List<Contradiction.Value> values = new ArrayList<>(List.of(
                            new Contradiction.Value(a.claim().evidence(), a.written()),
                            new Contradiction.Value(b.claim().evidence(), b.written())));
                    values.sort(Comparator.comparing(Contradiction.Value::evidence));
                    List<String> ids = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
                    out.add(new Contradiction(Ids.of("x", ids), "who buys whom: " + a.buyer() + " or " + a.target(),
                            ContradictionKind.ENTITY, a.claim().article() + " says " + a.buyer() + " buys " + a.target() + "; "
                                    + b.claim().article() + " says " + b.buyer() + " buys " + b.target()
                                    + ". Check the companies' own announcement.", values));
                }
            }
        }
        return out;
    }

    private static List<Deal> deals(Claim c) {
        String text = c.evidence().text().replace('\n', ' ');
        List<Deal> out = new ArrayList<>();
        for (Pattern p : List.of(ACTIVE, NOUN)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                add(out, c, m.group(1), m.group(2), m.group());
            }
        }
        Matcher m = PASSIVE.matcher(text);
        while (m.find()) {
            add(out, c, m.group(2), m.group(1), m.group());
        }
        return out;
    }

    private static void add(List<Deal> out, Claim c, String buyer, String target, String written) {
        if (!first(buyer).equals(first(target))) {
            out.add(new Deal(c, buyer.strip(), target.strip(), written.strip()));
        }
    }

    /** A firm as compared: its first word, lower case ("Halvorsen" for "Halvorsen Foods"). */
    private static String first(String name) {
        return name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("['\u2019]s?$", "");
    }
}
