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
 * Where a named body is based: "Castor Mining, based in Pittsburgh" against "its parent, Castor
 * Mining, is based in Canonsburg". The body is known by its name as written (two capitalised
 * words or more, the nearest before "based in" or "headquartered in"); the place by the
 * capitalised words after "in". An article that names the other's place anywhere takes no side
 * (a body may have offices in both), nor does one that gives the body two bases.
 */
final class BodyBases implements ContradictionRule {
    /** A body's name: two to five capitalised words, maybe with "Co." or "Inc." at its end. */
    private static final String NAME = "((?:\\p{Lu}[\\p{L}&'\u2019-]*\\.?\\s+){1,4}\\p{Lu}[\\p{L}&'\u2019-]*\\.?)";
    /** A place: one to three capitalised words. */
    private static final String PLACE = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})";
    /** "Castor Mining, based in Pittsburgh", "Castor Mining, which is headquartered in Leeds", "Castor Mining is based in Leeds". */
    private static final Pattern BASED = Pattern.compile(NAME + ",?\\s+(?:which\\s+is\\s+|that\\s+is\\s+|is\\s+|are\\s+)?"
            + "(?:based|headquartered)\\s+in\\s+" + PLACE);
    /** Words a name may open with that name no body: "The", "Its". */
    private static final Set<String> OPENERS = Set.of("the", "its", "their", "a", "an", "it", "his", "her");

    /** One sentence's base of one body. */
    private record Base(Claim claim, String body, String written, String place) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, Map<String, List<Base>>> byBody = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture()) {
                continue;
            }
            Matcher m = BASED.matcher(c.evidence().text().replace('\n', ' '));
            while (m.find()) {
                String[] words = m.group(1).strip().split("\\s+");
                int from = OPENERS.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
                if (words.length - from < 2) {
                    continue; // "The company, based in Leeds": no name
                }
                String body = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
                byBody.computeIfAbsent(key(body), k -> new TreeMap<>()).computeIfAbsent(c.article(), k -> new ArrayList<>())
                        .add(new Base(c, body, m.group().strip(), m.group(2)));
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byBody.forEach((body, byArticle) -> {
            Map<String, List<Base>> taking = new TreeMap<>();
            byArticle.forEach((article, bases) -> {
                boolean namesOther = byArticle.values().stream().flatMap(List::stream).map(Base::place)
                        .filter(p -> !bases.stream().map(Base::place).toList().contains(p))
                        .anyMatch(p -> in.text(article).text().contains(p));
                if (!namesOther) {
                    taking.put(article, bases);
                }
            });
            OneValueEach.finding(in, taking, Base::claim, b -> b.place().toLowerCase(Locale.ROOT), Base::place, Base::written,
                    b -> "where " + b.body() + " is based",
                    (b, sides) -> "Articles base " + b.body() + " in different places: " + sides
                            + ". Check the body's own statement or its registration.")
                    .ifPresent(out::add);
        });
        return out;
    }

    /** A body's name as compared: lower case, without a closing "Co.", "Inc." or "Ltd". */
    private static String key(String body) {
        return body.toLowerCase(Locale.ROOT).replaceAll("[.,]", "").replaceAll("\\s+(?:co|inc|ltd|plc|llc|corp)$", "").strip();
    }
}
