package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.base.WordLists;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * One journey given two routes: "the 07:40 service from Ballymore to Kilcarra" against "a
 * commuter train from Glendrum to Kilcarra" (two starts for one end), or "travelling from
 * Ravensby towards Hollins Cross" against "heading from Hollins Cross into Ravensby" (the way
 * reversed). A route is "from <Name> to|towards|into|for <Name>" told of a vehicle or of travel:
 * a word of either ({@code route-words.txt}, {@code vehicle-classes.txt}) in the few words
 * before "from". Only sentences of the incident count, and only articles that give one route:
 * two routes in one article may be a journey's legs or two vehicles. Two routes are set against
 * each other when they share one end and differ in the other, the differing places named
 * nowhere in the other article (a journey told with a stop on the way is no conflict), or when
 * they swap their ends.
 */
final class RouteConflicts implements ContradictionRule {
    /** How the topic of every finding of this rule begins. */
    static final String TOPIC = "the route of the journey";

    /** A place's name: one to four capitalised words ("Hollins Cross", "St. Albans"). */
    private static final String NAME = "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,3}";
    /** "the", or "the island of", "the port of": words before a place's name that say what it is. */
    private static final String KIND_OF = "(?:the\\s+)?(?:(?:island|isle|town|village|city|port|harbour)\\s+of\\s+)?";
    /** "from Ballymore to Kilcarra", "from Kilross to the island of Inchmory": two names of places. */
    private static final Pattern ROUTE = Pattern.compile("\\bfrom\\s+" + KIND_OF + "(" + NAME
            + ")\\s+(?:to|towards|toward|into|for|bound\\s+for)\\s+" + KIND_OF + "(" + NAME + ")");
    /** "the", or "the monastery of", "the city of": words before a place's name in a route told end first. */
    private static final String ANY_KIND_OF = "(?:the\\s+)?(?:\\p{Ll}+\\s+of\\s+)?";
    /**
     * "returning to the city of Lenzia from the monastery of St. Ivo at Kesh": a route told end
     * first; group 1 the end, group 2 the start. A place "at" or "in" another after the end is
     * part of its name's phrase, not compared.
     */
    private static final Pattern TO_FROM = Pattern.compile("\\bto\\s+" + ANY_KIND_OF + "(" + NAME + ")(?:\\s+(?:at|in|near)\\s+"
            + NAME + ")?\\s+from\\s+" + ANY_KIND_OF + "(" + NAME + ")");
    /** A place's name in a hyphened route: capitalised words without a hyphen, not "The". */
    private static final String HYPHENED_NAME = "(?!The\\b)\\p{Lu}[\\p{L}'\u2019.]*(?:\\s+\\p{Lu}[\\p{L}'\u2019]*){0,2}";
    /** "the Velden-to-Maritz night train": two names joined by "-to-", then up to three words. */
    private static final Pattern HYPHENED = Pattern.compile("\\b(" + HYPHENED_NAME + ")-to-(" + HYPHENED_NAME
            + ")((?:\\s+[\\p{Ll}-]+){1,3})");
    /** Words before "from" searched for a vehicle or a word of travel. */
    static final int CONTEXT_WORDS = 6;
    /** Words of travel that make "from X to Y" a journey: "travelling", "service", "route". */
    private static final Set<String> TRAVEL = WordLists.set(RouteConflicts.class, "route-words.txt");
    /** Words of vehicles, from the list the vehicle rule reads. */
    static final Set<String> VEHICLES = vehicleWords();
    /** Words ending a place's name that do not tell two places apart: "Kilcarra station" is Kilcarra. */
    private static final Set<String> PLACE_SUFFIXES = Set.of("station", "airport", "central", "port", "harbour",
            "harbor", "terminal", "interchange", "junction", "parkway");

    /** One sentence's route, with its places as compared (lower case, without "station"). */
    private record Route(Claim claim, String from, String to, String written) {
        boolean same(Route o) {
            return from.equals(o.from) && to.equals(o.to);
        }
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Route>> byArticle = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture()) {
                continue;
            }
            route(c).ifPresent(r -> byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(r));
        }
        List<Route> routes = new ArrayList<>();
        for (List<Route> rs : byArticle.values()) {
            if (rs.stream().allMatch(r -> r.same(rs.get(0)))) {
                routes.add(rs.get(0)); // each article's first sentence giving its one route
            }
        }
        if (routes.size() < 2) {
            return List.of();
        }
        Map<String, Set<String>> namesOf = new TreeMap<>();
        List<List<Integer>> parts = Components.of(routes.size(), (i, j) -> {
            Route a = routes.get(i);
            Route b = routes.get(j);
            return !a.same(b) && in.sameIncident(a.claim().article(), b.claim().article())
                    && apart(a, b, names(in, a.claim().article(), namesOf), names(in, b.claim().article(), namesOf));
        });
        List<Contradiction> out = new ArrayList<>();
        for (List<Integer> part : parts) {
            List<Contradiction.Value> values = new ArrayList<>();
            Map<String, List<String>> byWritten = new TreeMap<>();
            for (int k : part) {
                Route r = routes.get(k);
                values.add(new Contradiction.Value(r.claim().evidence(), r.written()));
                byWritten.computeIfAbsent(r.written(), w -> new ArrayList<>()).add(r.claim().article());
            }
            values.sort(java.util.Comparator.comparing(Contradiction.Value::evidence));
            String explanation = "Articles give different routes for the journey: " + Prose.sides(byWritten)
                    + ". Check the route with the operator's timetable.";
            out.add(new Contradiction(Ids.contradiction("route", values), TOPIC, ContradictionKind.ENTITY, explanation,
                    values));
        }
        return out;
    }

    /**
     * True when two routes cannot both be the journey's: one end shared and the other differing,
     * neither article naming the other's differing place; or the ends swapped.
     */
    private static boolean apart(Route a, Route b, Set<String> namesA, Set<String> namesB) {
        if (a.from().equals(b.to()) && a.to().equals(b.from())) {
            return true; // the way reversed
        }
        if (a.to().equals(b.to()) && !a.from().equals(b.from())) {
            return unnamed(a.from(), namesB) && unnamed(b.from(), namesA);
        }
        if (a.from().equals(b.from()) && !a.to().equals(b.to())) {
            return unnamed(a.to(), namesB) && unnamed(b.to(), namesA);
        }
        return false;
    }

    /** True when no word of the place is among an article's capitalised words. */
    private static boolean unnamed(String place, Set<String> names) {
        for (String w : place.split(" ")) {
            if (names.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** An article's capitalised words, lower case, read once. */
    private static Set<String> names(CaseClaims in, String article, Map<String, Set<String>> cache) {
        return cache.computeIfAbsent(article, a -> {
            Set<String> out = new TreeSet<>();
            Matcher m = CAPITALISED.matcher(in.text(a).text());
            while (m.find()) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
            return out;
        });
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]+");

    /** The sentence's route, if it tells one of a vehicle or of travel. */
    private static Optional<Route> route(Claim c) {
        String text = c.evidence().text();
        Matcher h = HYPHENED.matcher(text);
        if (h.find() && travel(h.group(3))) {
            String from = place(h.group(1));
            String to = place(h.group(2));
            return from.isEmpty() || to.isEmpty() || from.equals(to) ? Optional.empty()
                    : Optional.of(new Route(c, from, to, h.group(1) + "-to-" + h.group(2)));
        }
        Matcher m = ROUTE.matcher(text);
        boolean endFirst = false;
        if (!m.find()) {
            m = TO_FROM.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            endFirst = true;
        }
        String from = place(m.group(endFirst ? 2 : 1));
        String to = place(m.group(endFirst ? 1 : 2));
        if (from.isEmpty() || to.isEmpty() || from.equals(to) || !travel(text.substring(0, m.start()))) {
            return Optional.empty();
        }
        return Optional.of(new Route(c, from, to, text.substring(m.start(), m.end())));
    }

    /** A place's name as compared: lower case, without a last word such as "station"; empty for a day or a month. */
    private static String place(String written) {
        List<String> words = new ArrayList<>(List.of(written.toLowerCase(Locale.ROOT).split("\\s+")));
        if (words.stream().anyMatch(w -> Cues.WEEKDAYS.contains(w) || Cues.MONTHS.contains(w))) {
            return "";
        }
        while (words.size() > 1 && PLACE_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** True when the words before "from", in its clause (or the words after a hyphened route), name a vehicle or travel. */
    private static boolean travel(String lead) {
        String clause = lead.substring(Clauses.lastStart(lead)).toLowerCase(Locale.ROOT);
        String[] words = clause.split("[^\\p{L}-]+");
        for (int k = words.length - 1; k >= Math.max(0, words.length - CONTEXT_WORDS); k--) {
            if (TRAVEL.contains(words[k]) || VEHICLES.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> vehicleWords() {
        Set<String> out = new TreeSet<>();
        for (List<String> group : WordLists.groups(KindConflicts.class, "vehicle-classes.txt")) {
            for (String w : group) {
                out.add(w.substring(w.indexOf(':') + 1));
            }
        }
        return Set.copyOf(out);
    }
}
