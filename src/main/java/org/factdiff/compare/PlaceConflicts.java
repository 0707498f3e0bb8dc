package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.base.WordLists;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * One thing put in two places: "its biscuit factory in Harwell" against "the company's factory
 * in Ostrey", or the street of what happened: "a sinkhole that opened on Quarry Lane" against
 * "the hole appeared in Mill Road". A place is only set against another when neither article
 * names the other's place anywhere and no article names both (a town given with its county by
 * one and alone by another is one place; a firm with two plants names both), when the two
 * sentences share words of what they tell besides the places, and when the articles are
 * about one incident. Countries, months and days are no such places.
 */
final class PlaceConflicts implements ContradictionRule {
    /** A thing's place in one sentence: the key ("factory", "street"), the place and the words that tell it. */
    private record Sited(Claim claim, String key, String place, String written) {
    }

    /** A place's name: one to three capitalised words. */
    private static final String PLACE = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})";
    /** Nouns of one building or site ({@code sited-nouns.txt}). */
    private static final Set<String> SITED = WordLists.set(PlaceConflicts.class, "sited-nouns.txt");
    /** "factory in Harwell", "stadium at Orrin Park". */
    private static final Pattern SITE = Pattern.compile("\\b(" + String.join("|", new java.util.TreeSet<>(SITED))
            + ")\\s+(?:in|at|near)\\s+" + PLACE);
    /** Last words of a street's name ({@code street-kinds.txt}). */
    private static final List<String> STREET_KINDS = WordLists.lines(PlaceConflicts.class, "street-kinds.txt");
    /** "on Quarry Lane", "in Mill Road": a street named after a preposition of place. */
    private static final Pattern STREET = Pattern.compile("\\b(?:on|in|at|along|near|off)\\s+((?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,2}(?:"
            + String.join("|", STREET_KINDS) + "))\\b");
    /** Words before a street that make it where someone lives, not where it happened. */
    private static final Set<String> HOME_WORDS = Set.of("lives", "live", "lived", "living", "resides", "resident",
            "residents", "home", "house", "address", "grew");
    /** The key of streets, apart from the sited nouns. */
    private static final String STREET_KEY = "street";
    /** Content words the two sentences share besides the places, at least. */
    static final int SHARED_WORDS = 2;

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, Map<String, Sited>> byKey = new TreeMap<>(); // key -> article -> first place
        for (Claim c : in.claims()) {
            if (c.furniture() || c.otherOccasion() || c.negated() || !c.hedge().isEmpty()) {
                continue;
            }
            for (Sited s : sited(c)) {
                byKey.computeIfAbsent(s.key(), k -> new TreeMap<>()).putIfAbsent(c.article(), s);
            }
        }
        // Which articles name each place, read once from each article's words: the pairs of a
        // large case ask it many times.
        List<String> articles = new ArrayList<>(new java.util.TreeSet<>(in.texts().keySet()));
        Map<String, Set<String>> wordsOf = new TreeMap<>();
        Map<String, java.util.BitSet> naming = new TreeMap<>();
        byKey.values().forEach(m -> m.values().forEach(s -> naming.computeIfAbsent(s.place(), p -> {
            java.util.BitSet b = new java.util.BitSet();
            for (int k = 0; k < articles.size(); k++) {
                Set<String> w = wordsOf.computeIfAbsent(articles.get(k), a -> words(in.text(a).text()));
                if (w.containsAll(words(p))) {
                    b.set(k);
                }
            }
            return b;
        })));
        Map<String, Integer> index = new TreeMap<>();
        for (int k = 0; k < articles.size(); k++) {
            index.put(articles.get(k), k);
        }
        List<Contradiction> out = new ArrayList<>();
        byKey.forEach((key, byArticle) -> conflict(key, List.copyOf(byArticle.values()), in, naming, index)
                .ifPresent(out::add));
        return out;
    }

    /** The places a sentence gives things of a sited kind and streets. */
    private static List<Sited> sited(Claim c) {
        String text = c.evidence().text();
        List<Sited> out = new ArrayList<>();
        Matcher m = SITE.matcher(text);
        while (m.find()) {
            String place = place(m.group(2));
            if (!place.isEmpty()) {
                out.add(new Sited(c, m.group(1), place, m.group(1) + " " + text.substring(m.end(1), m.end(2)).strip()));
            }
        }
        Matcher s = STREET.matcher(text);
        while (s.find()) {
            String[] before = text.substring(0, s.start()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            if (before.length == 0 || !HOME_WORDS.contains(before[before.length - 1])) {
                out.add(new Sited(c, STREET_KEY, s.group(1), s.group(1))); // not "who lives on Orchard Lane"
            }
        }
        return out;
    }

    /** The place as named, without a country, a month or a day; "" when nothing is left. */
    private static String place(String written) {
        String first = written.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (Cues.MONTHS.contains(first) || Cues.WEEKDAYS.contains(first) || Cues.NATIONALITIES.containsKey(first)
                || Cues.NATIONALITIES.containsValue(written)) {
            return "";
        }
        return written;
    }

    /** One finding for one key's places, each article's first, if two of them conflict. */
    private static java.util.Optional<Contradiction> conflict(String key, List<Sited> all, CaseClaims in,
                                                              Map<String, java.util.BitSet> naming, Map<String, Integer> index) {
        Set<Sited> kept = new java.util.LinkedHashSet<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Sited a = all.get(i);
                Sited b = all.get(j);
                if (apart(a, b, in, naming, index)) {
                    kept.add(a);
                    kept.add(b);
                }
            }
        }
        if (kept.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Sited> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing((Sited s) -> s.claim().evidence()));
        List<Contradiction.Value> values = sorted.stream()
                .map(s -> new Contradiction.Value(s.claim().evidence(), s.written())).toList();
        Map<String, List<String>> byPlace = new TreeMap<>();
        sorted.forEach(s -> byPlace.computeIfAbsent(s.place(), k -> new ArrayList<>()).add(s.claim().article()));
        String what = key.equals(STREET_KEY) ? "what happened on different streets" : "the " + key + " in different places";
        String explanation = "Articles put " + what + ": " + String.join(" vs ", byPlace.entrySet().stream()
                .map(e -> e.getKey() + " (" + Prose.articleList(e.getValue()) + ")").toList())
                + ". Check the place with a local source or a map.";
        List<String> parts = new ArrayList<>(List.of("place", key));
        values.forEach(v -> parts.add(v.evidence().article() + ":" + v.value()));
        String topic = key.equals(STREET_KEY) ? "the street" : "the place of the " + key;
        return java.util.Optional.of(new Contradiction(Ids.of("x", parts), topic, ContradictionKind.ENTITY, explanation,
                values));
    }

    /** True when two articles put one thing in two places, each unknown to the other article. */
    private static boolean apart(Sited a, Sited b, CaseClaims in, Map<String, java.util.BitSet> naming,
                                 Map<String, Integer> index) {
        if (a.place().equalsIgnoreCase(b.place())) {
            return false;
        }
        if (a.key().equals(STREET_KEY)) {
            Set<String> wa = new HashSet<>(words(a.place()));
            wa.retainAll(words(b.place()));
            STREET_KINDS.forEach(k -> wa.remove(k.toLowerCase(Locale.ROOT)));
            if (!wa.isEmpty()) {
                return false; // "Quarry Road" / "Quarry Highway": one street, its kind reworded maybe
            }
        }
        java.util.BitSet hasA = naming.get(a.place());
        java.util.BitSet hasB = naming.get(b.place());
        if (hasA.intersects(hasB) || hasB.get(index.get(a.claim().article())) || hasA.get(index.get(b.claim().article()))) {
            return false;
        }
        if (!in.sameIncident(a.claim().article(), b.claim().article())) {
            return false;
        }
        Set<String> shared = new HashSet<>(a.claim().content());
        shared.retainAll(b.claim().content());
        shared.removeAll(words(a.place()));
        shared.removeAll(words(b.place()));
        shared.remove(a.key());
        return shared.size() >= SHARED_WORDS;
    }

    /** The words of a text or a place's name, in lower case. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")));
        out.remove("");
        return out;
    }
}
