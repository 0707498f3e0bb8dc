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

/**
 * One work given two makers: "a 1911 landscape by the painter Ilse Varga" against "a 1911
 * painting by Otto Brenner". The work is one per case (a story of a stolen painting, a banned
 * book); the maker is known by the surname. An article that credits works to two makers (an
 * exhibition, a pupil and a master), or that names another article's maker anywhere, takes no
 * side.
 */
final class WorkCreators implements ContradictionRule {
    /** A maker's name: two or three capitalised words. */
    private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})";
    /** "a 1911 landscape by the painter Ilse Varga", "the novel by Ada Voss": a work, "by", maybe a role, the name. */
    private static final Pattern WORK_BY = Pattern.compile("\\b(?:painting|landscape|portrait|canvas|sculpture|statue|drawing"
            + "|novel|book|poem|play|opera|symphony|album|song|mural|photograph|film)\\s+by\\s+(?:the\\s+(?:[\\p{Ll}-]+\\s+){1,2})?"
            + NAME + "\\b");

    /** One sentence's maker of the work. */
    private record Credit(Claim claim, String maker, String written) {
        String surname() {
            String[] w = maker.split("\\s+");
            return w[w.length - 1];
        }
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Credit>> byArticle = new TreeMap<>();
        for (Claim c : in.claims()) {
            // Who made a work holds whatever the occasion: "a 1911 painting by Otto Brenner" names
            // a year of its own, which the claims stage reads as another occasion.
            if (c.negated() || c.furniture()) {
                continue;
            }
            Matcher m = WORK_BY.matcher(c.evidence().text().replace('\n', ' '));
            while (m.find()) {
                byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(new Credit(c, m.group(1), m.group().strip()));
            }
        }
        // An article that names another's maker anywhere may tell of both; it takes no side.
        Set<String> aside = new TreeSet<>();
        byArticle.forEach((a, mine) -> byArticle.forEach((b, theirs) -> {
            for (Credit t : theirs) {
                if (!a.equals(b) && !t.surname().equals(mine.get(0).surname()) && in.text(a).text().contains(t.surname())) {
                    aside.add(a);
                }
            }
        }));
        byArticle.keySet().removeAll(aside);
        List<Contradiction> out = new ArrayList<>();
        OneValueEach.finding(in, byArticle, Credit::claim, k -> k.surname().toLowerCase(Locale.ROOT), Credit::maker,
                Credit::written, k -> "maker of the work",
                (k, sides) -> "Articles credit the work to different makers: " + sides + ". Check the owner's catalogue.")
                .ifPresent(out::add);
        return out;
    }
}
