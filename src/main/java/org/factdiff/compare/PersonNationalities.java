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
import org.factdiff.claims.Cues;

/**
 * One person of the event given two nationalities: "an Austrian climber died" in one article,
 * "the dead man, a Swiss national" in another; or a small group: "two Dutch hikers were rescued"
 * against "two Belgian hikers". Only articles that name one nationality in all
 * their text count, each for a single person ("a Dutch tourist", "a Belgian woman") in a
 * sentence of what happened to them: an article that names two nationalities may speak of two
 * people, and is left alone.
 */
final class PersonNationalities implements ContradictionRule {
    /** "a Dutch tourist", "an Austrian climber", "a 29-year-old Belgian woman", "a Swiss national". */
    private static final Pattern ONE_PERSON = Pattern.compile(
            "\\b(?:[Aa]n?)\\s+(?:\\d{1,3}-year-old\\s+|[a-z]+\\s+)?(\\p{Lu}\\p{Ll}+)\\s+(\\p{Ll}+)\\b");
    /** "two Dutch hikers", "Three British students": a small group, its nationality, a plural noun. */
    private static final Pattern GROUP = Pattern.compile("\\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
            + "|[Bb]oth)\\s+(\\p{Lu}\\p{Ll}+)\\s+(\\p{Ll}+)\\b");
    /** A capitalised word, to read every nationality an article names. */
    private static final Pattern WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

    private record Said(Claim claim, String written, String country) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, Said> byArticle = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || byArticle.containsKey(c.article()) || !happened(c)) {
                continue;
            }
            Matcher group = GROUP.matcher(c.evidence().text());
            while (group.find()) {
                String country = Cues.NATIONALITIES.get(group.group(1).toLowerCase(Locale.ROOT));
                // "two Dutch hikers": a group of one nationality, as one person is
                if (country != null && group.group(2).endsWith("s") && only(in.text(c.article()).text(), country)) {
                    byArticle.put(c.article(), new Said(c, group.group().strip(), country));
                    break;
                }
            }
            if (byArticle.containsKey(c.article())) {
                continue;
            }
            Matcher m = ONE_PERSON.matcher(c.evidence().text());
            while (m.find()) {
                String country = Cues.NATIONALITIES.get(m.group(1).toLowerCase(Locale.ROOT));
                // "a Dutch tourist": an adjective of a nationality before a noun; "a Swiss" too.
                if (country != null && !m.group(2).endsWith("s") && only(in.text(c.article()).text(), country)) {
                    byArticle.put(c.article(), new Said(c, m.group(1) + " " + m.group(2), country));
                    break;
                }
            }
        }
        Set<String> countries = new TreeSet<>();
        byArticle.values().forEach(s -> countries.add(s.country()));
        if (countries.size() < 2 || !in.oneIncident(List.copyOf(byArticle.keySet()))) {
            return List.of();
        }
        List<Contradiction.Value> values = new ArrayList<>();
        byArticle.values().forEach(s -> values.add(new Contradiction.Value(s.claim().evidence(), s.written())));
        values.sort(java.util.Comparator.comparing(Contradiction.Value::evidence));
        Map<String, List<String>> articlesByWritten = new TreeMap<>();
        byArticle.forEach((a, s) -> articlesByWritten.computeIfAbsent(s.written(), k -> new ArrayList<>()).add(a));
        List<String> sides = new ArrayList<>();
        articlesByWritten.forEach((w, as) -> sides.add(w + " (" + Prose.articleList(as) + ")"));
        boolean group = byArticle.values().stream().anyMatch(s -> GROUP.matcher(s.written()).matches());
        String explanation = (group ? "The people it happened to are given two nationalities: " : "One person is given two nationalities: ")
                + String.join(" vs ", sides) + ". Each article names only this one nationality; check which the authorities give.";
        return List.of(new Contradiction(Ids.contradiction("entity", values),
                group ? "nationality of the people it happened to" : "nationality of the person it happened to",
                ContradictionKind.ENTITY, explanation, values));
    }

    /** True when the sentence tells what happened to someone: a word of an outcome ("died", "injured", "missing"). */
    private static boolean happened(Claim c) {
        for (String w : c.evidence().text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!Cues.eventOf(w).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** True when every nationality the article names is the country's. */
    private static boolean only(String text, String country) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String other = Cues.NATIONALITIES.get(m.group().toLowerCase(Locale.ROOT));
            if (other != null && !other.equals(country)) {
                return false;
            }
        }
        return true;
    }
}
