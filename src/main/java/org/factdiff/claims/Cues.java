package org.factdiff.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.base.WordLists;

/**
 * English words that mark what a sentence claims: what happened to the counted people or
 * things, hedges, denials, reporting verbs, qualifiers of figures, dates. General newsroom
 * vocabulary, not tied to any one story. Words are compared in lower case.
 *
 * <p>The words are data: each list is a resource file beside this class (one entry a line,
 * {@code #} comments, maps as {@code key = value}), read once by {@link WordLists}. This
 * class names them for the code.
 */
public final class Cues {
    private Cues() {
    }

    /** Event classes and the words that signal them, in priority order. */
    public static final Map<String, Set<String>> EVENTS = events();

    private static Map<String, Set<String>> events() {
        // The classes keep the order in which the file first names them: their priority.
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : WordLists.entries(Cues.class, "event-words.txt")) {
            m.computeIfAbsent(e.getValue(), k -> new LinkedHashSet<>()).add(e.getKey());
        }
        m.replaceAll((k, v) -> Set.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    /** Event words that also name what is counted: "24 deaths" counts people. */
    public static final Set<String> EVENT_NOUNS_OF_PEOPLE = set("event-nouns-of-people.txt");

    /** Nouns for people; a figure without a counted noun near a person event counts people. */
    public static final Set<String> PEOPLE = set("people.txt");

    /** Nouns that name a group of people, for totals of parts ("20 children and 31 others"). */
    public static final Set<String> PERSON_NOUNS = set("person-nouns.txt");

    /**
     * Kinds of animal a reporter may name those of an incident by, one kind per list, its first
     * word naming it ({@code animal-classes.txt}): "ewes" and "lambs" are sheep.
     */
    public static final List<List<String>> ANIMAL_CLASSES = WordLists.groups(Cues.class, "animal-classes.txt");

    /** Every word of {@link #ANIMAL_CLASSES}: what befalls them is told as what befalls people. */
    public static final Set<String> ANIMAL_NOUNS = ANIMAL_CLASSES.stream().flatMap(List::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The words naming a nationality's people ("germans", "german", "south koreans") to its country. */
    public static final Map<String, String> NATIONALITIES = nationalities();
    /** Nouns after a nationality's adjective that still count its people: "three German citizens". */
    static final Set<String> NATIONALS = Set.of("citizen", "citizens", "national", "nationals", "people", "tourist",
            "tourists", "visitor", "visitors", "resident", "residents");

    /** Words before a figure and the qualifier they give it (in the order they are tried). */
    public static final List<Map.Entry<List<String>, Qualifier>> QUALIFIERS = qualifiers();

    private static List<Map.Entry<List<String>, Qualifier>> qualifiers() {
        List<Map.Entry<List<String>, Qualifier>> out = new ArrayList<>();
        for (Map.Entry<String, String> e : WordLists.entries(Cues.class, "qualifiers.txt")) {
            out.add(Map.entry(WordLists.words(e.getKey()), Qualifier.valueOf(e.getValue())));
        }
        return List.copyOf(out);
    }

    /** Words after which a figure is the superseded one. */
    public static final Set<String> EARLIER = set("earlier.txt");

    /**
     * Public offices a person may be named with ("Sheriff Quentin Miller"), as lower-case word
     * sequences (abbreviations without their stop) and their canonical names. Staff roles such
     * as "spokesman" are left out: one person holds several, and rewriters swap them freely.
     */
    public static final Map<List<String>, String> OFFICES = offices();

    private static Map<List<String>, String> offices() {
        Map<List<String>, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : WordLists.entries(Cues.class, "offices.txt")) {
            m.put(WordLists.words(e.getKey()), e.getValue());
        }
        // Longest offices first, then file order: "prime minister" must win over "minister"
        // in every run (a hash order made the two alternate between JVM runs).
        List<Map.Entry<List<String>, String>> entries = new java.util.ArrayList<>(m.entrySet());
        entries.sort(java.util.Comparator.comparingInt((Map.Entry<List<String>, String> e) -> -e.getKey().size()));
        Map<List<String>, String> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(ordered);
    }

    /** Words before an office that make it another office: "Lt. Gov.", "vice president". */
    public static final Map<String, String> OFFICE_RANKS = WordLists.map(Cues.class, "office-ranks.txt");

    /** Words before an office that say the person no longer holds it. */
    public static final Set<String> FORMER = set("former.txt");

    /** Verbs of opinion: "we guess", "I think". */
    public static final Set<String> OPINION = set("opinion-verbs.txt");

    /** Words that set what a sentence tells apart from the incident: "in a separate attack". */
    public static final Set<String> SEPARATE = set("separate.txt");

    /** Words by which a sentence recalls another occasion than the one reported. */
    public static final Set<String> OTHER_OCCASION = set("other-occasion.txt");

    /** Number words and their values; "dozens" counts as at least 24. */
    public static final Map<String, Integer> NUMBER_WORDS = numbers("number-words.txt", Integer::valueOf);

    /** Ordinal words and their numbers: "ninth" is 9, "twenty-first" 21. */
    public static final Map<String, Integer> ORDINAL_WORDS = numbers("ordinal-words.txt", Integer::valueOf);

    /** The number of an ordinal, "ninth" or "9th" is 9, "twenty-first" 21; null for any other word. */
    public static Integer ordinal(String lowerWord) {
        Matcher m = ORDINAL_DIGITS.matcher(lowerWord);
        if (m.matches()) {
            return Integer.valueOf(m.group(1));
        }
        int hyphen = lowerWord.indexOf('-');
        if (hyphen < 0) {
            return ORDINAL_WORDS.get(lowerWord);
        }
        Integer tens = NUMBER_WORDS.get(lowerWord.substring(0, hyphen));
        Integer unit = ORDINAL_WORDS.get(lowerWord.substring(hyphen + 1));
        return tens != null && unit != null && tens % 10 == 0 && tens > unit ? tens + unit : null;
    }

    /** The number of a cardinal in words, "six" or "seventy-six"; null for any other word. */
    public static Integer cardinal(String lowerWord) {
        int hyphen = lowerWord.indexOf('-');
        if (hyphen < 0) {
            return NUMBER_WORDS.get(lowerWord);
        }
        Integer tens = NUMBER_WORDS.get(lowerWord.substring(0, hyphen));
        Integer unit = NUMBER_WORDS.get(lowerWord.substring(hyphen + 1));
        return tens != null && unit != null && tens % 10 == 0 && tens >= 20 && tens <= 90 && unit < 10 ? tens + unit : null;
    }

    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)");

    /** Plural amounts before "of" and the least they mean: "dozens of people" is at least 24. */
    public static final Map<String, Double> PLURAL_AMOUNTS = numbers("plural-amounts.txt", Double::valueOf);

    /** Words after a number that multiply it: "two hundred", "3 million". */
    public static final Map<String, Double> MULTIPLIERS = numbers("multipliers.txt", Double::valueOf);

    /** Words that make a sentence uncertain. */
    public static final Set<String> HEDGES = set("hedges.txt");

    /** Words that say something is not known. */
    public static final Set<String> UNKNOWN = set("unknown.txt");

    /** Phrases that say something is not known (as word sequences, in the order they are tried). */
    public static final List<List<String>> UNKNOWN_PHRASES = WordLists.phrases(Cues.class, "unknown-phrases.txt");

    /** Words that deny. */
    public static final Set<String> NEGATIONS = set("negations.txt");

    /** Pairs of word beginnings with opposite meaning. */
    public static final List<List<String>> OPPOSITES = WordLists.entries(Cues.class, "opposites.txt").stream()
            .map(e -> List.of(e.getKey(), e.getValue())).toList();

    /**
     * Opposite outcomes for one subject ("died" / "survived"), each as the two lists of forms;
     * a first form that starts with "+" marks outcomes that take an object ({@code outcomes.txt}).
     */
    public static final List<List<List<String>>> OUTCOMES = WordLists.entries(Cues.class, "outcomes.txt").stream()
            .map(e -> List.of(forms(e.getKey()), forms(e.getValue()))).toList();

    private static List<String> forms(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    /** Words of a cause or what it caused compared as another ("deliberately" as "arson", "blaze" as "fire"). */
    public static final Map<String, String> CAUSE_WORDS = WordLists.map(Cues.class, "cause-words.txt");

    /** Nouns of occasions set for a day ahead ("trial", "hearing", "funeral"). */
    public static final Set<String> SCHEDULED_EVENTS = set("scheduled-events.txt");
    /** Doers of a crime or an attack ("thieves", "gunman"), whose deed as a subject is the event. */
    public static final Set<String> PERPETRATORS = set("perpetrators.txt");

    /** Words before a figure that make it one expected or planned beforehand: "had expected 5,000". */
    public static final Set<String> EXPECTATIONS = set("expectation-words.txt");

    /** Words between a figure and its noun that make it new cases, not a total: "120 new cases". */
    public static final Set<String> NEW_CASES = set("new-cases.txt");
    /** Words of change to their direction ("rose" to "up", "fell" to "down"), {@code change-directions.txt}. */
    public static final Map<String, String> CHANGE_DIRECTIONS = directions();

    private static Map<String, String> directions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : WordLists.entries(Cues.class, "change-directions.txt")) {
            for (String w : forms(e.getValue())) {
                out.put(w, e.getKey());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Words that make a percentage the size of a change: "rose 21%", "a 12 percent increase". */
    static final Set<String> CHANGES = set("change-words.txt");

    /** Periods a figure may be of or per: "this year's", "a month". */
    public static final Set<String> PERIODS = Set.of("year", "month", "week", "day", "season", "quarter", "hour");

    /** Phrases that report an end (of the event or of the response), whose clock time is not the event's. */
    public static final List<List<String>> ENDING_PHRASES = WordLists.phrases(Cues.class, "ending-phrases.txt");

    /** Words that report the event itself happening, so that a clock time in the sentence is its time. */
    public static final Set<String> OCCURRENCE = set("occurrence.txt");
    /** Phrases that report the event happening as {@link #OCCURRENCE}'s words do: "left the tracks", "turned over". */
    static final List<List<String>> OCCURRENCE_PHRASES = WordLists.phrases(Cues.class, "occurrence-phrases.txt");

    /**
     * True when the word at {@code k} reports the event happening: a word of {@link #OCCURRENCE},
     * or the last word of a phrase of {@link #OCCURRENCE_PHRASES} ("turned over").
     */
    public static boolean happening(List<String> words, int k) {
        if (OCCURRENCE.contains(words.get(k))) {
            if (BEGINNING.contains(words.get(k)) && k + 1 < words.size()
                    && (words.get(k + 1).equals("to") || words.get(k + 1).endsWith("ing"))) {
                return false; // "crews began dropping rock", "officials started to count": a doing begun, no event
            }
            // "a fire service log", "fire crews": those who answer the event, not the event.
            return k + 1 >= words.size() || !RESPONDERS.contains(words.get(k + 1));
        }
        for (List<String> p : OCCURRENCE_PHRASES) {
            int from = k - p.size() + 1;
            if (from >= 0 && words.subList(from, k + 1).equals(p)) {
                return !p.get(p.size() - 1).equals("from") || !movedTo(words, k);
            }
        }
        return false;
    }

    /** Words of beginning that tell the event only when nothing is begun after them ("the fire began"). */
    private static final Set<String> BEGINNING = Set.of("began", "started", "begun");

    /** Words after "taken from" searched for the "to" of a move. */
    private static final int MOVE_REACH = 6;

    /**
     * True when "to" follows the "from" at {@code k} within a few words: "taken from the museum to
     * hospital" moves someone from one place to another; "taken from the museum" alone is a theft.
     */
    private static boolean movedTo(List<String> words, int k) {
        for (int j = k + 1; j < Math.min(words.size(), k + 1 + MOVE_REACH); j++) {
            if (words.get(j).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns after an event's word that make it the name of those who answer events: "fire service", "crash team". */
    private static final Set<String> RESPONDERS = Set.of("service", "services", "brigade", "brigades", "crew", "crews",
            "department", "departments", "station", "stations", "chief", "chiefs", "officer", "officers", "official",
            "officials", "authority", "authorities", "marshal", "engine", "engines", "fighters", "team", "teams", "unit",
            "units", "investigators", "inspector", "inspectors", "log", "logs", "safety", "alarm", "alarms", "exit", "exits",
            "escape", "door", "doors", "drill", "drills", "insurance", "risk", "code", "regulations");

    /** True when some word of {@code words} reports the event happening ({@link #happening}). */
    public static boolean tellsHappening(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (happening(words, k)) {
                return true;
            }
        }
        return false;
    }
    /** Verbs of finding something out ("spotted", "detected"): a clock time after one is when it was found. */
    public static final Set<String> DISCOVERY = set("discovery.txt");

    /** Verbs and words that credit a statement to a source. */
    public static final Set<String> REPORTING = set("reporting.txt");

    /** Words of attack used as verbs, with their base form: "struck" is "strike". */
    public static final Map<String, String> ATTACK_VERBS = WordLists.map(Cues.class, "attack-verbs.txt");

    /** Words of attack used as nouns, with their base form: "airstrikes" is "strike". */
    public static final Map<String, String> ATTACK_NOUNS = WordLists.map(Cues.class, "attack-nouns.txt");

    /** Words of backing, training or funding someone, with their base form. */
    public static final Map<String, String> SUPPORT_VERBS = WordLists.map(Cues.class, "support-verbs.txt");

    /** Forms of the words above that are verbs wherever they stand. */
    public static final Set<String> VERB_FORMS = set("verb-forms.txt");

    /** Names of months and their abbreviations, to the month's number (1 to 12). */
    static final Map<String, Integer> MONTH_NUMBERS = numbers("months.txt", Integer::valueOf);

    /** Names of months and their abbreviations (without the stop). */
    public static final Set<String> MONTHS = MONTH_NUMBERS.keySet();

    /** The number of the month named by the lower-case word {@code w} (1 for "january"), or 0. */
    public static int monthNumber(String w) {
        return MONTH_NUMBERS.getOrDefault(w, 0);
    }

    /** Days of the week, Monday first. */
    public static final List<String> WEEKDAYS = WordLists.lines(Cues.class, "weekdays.txt");

    /** Prepositions after which a name is a place. */
    static final Set<String> PLACE_PREPOSITIONS = set("place-prepositions.txt");

    /** Words before a year that make it name the year, not count: "the 2016 strike". */
    static final Set<String> YEAR_DETERMINERS = set("year-determiners.txt");

    /** Words that name a scale when a number follows: "EF-4", "Category 4", "magnitude 7.1". */
    static final Set<String> SCALES = set("scales.txt");

    /** True for a cue of {@link #UNKNOWN} or {@link #UNKNOWN_PHRASES}. */
    public static boolean isUnknown(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        if (UNKNOWN.contains(c)) {
            return true;
        }
        return UNKNOWN_PHRASES.stream().anyMatch(p -> String.join(" ", p).equals(c.replaceAll("\\s+", " ")));
    }

    /** The event class a word signals, or "". */
    public static String eventOf(String lowerWord) {
        for (Map.Entry<String, Set<String>> e : EVENTS.entrySet()) {
            if (e.getValue().contains(lowerWord)) {
                return e.getKey();
            }
        }
        return "";
    }

    private static Map<String, String> nationalities() {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> group : WordLists.groups(Cues.class, "nationalities.txt")) {
            // The country as written in reports: "south africa" is "South Africa".
            StringBuilder country = new StringBuilder();
            for (String w : group.get(0).split(" ")) {
                country.append(country.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1));
            }
            for (String word : group.subList(1, group.size())) {
                out.put(word.toLowerCase(Locale.ROOT), country.toString());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** A list of this package's resources, read once. */
    static Set<String> set(String resource) {
        return WordLists.set(Cues.class, resource);
    }

    private static <N> Map<String, N> numbers(String resource, java.util.function.Function<String, N> parse) {
        Map<String, N> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : WordLists.entries(Cues.class, resource)) {
            m.put(e.getKey(), parse.apply(e.getValue()));
        }
        return Collections.unmodifiableMap(m);
    }
}
