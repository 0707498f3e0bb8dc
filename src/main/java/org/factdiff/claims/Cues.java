package org.factdiff.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English words that mark what a sentence claims: what happened to the counted people or
 * things, hedges, denials, reporting verbs, qualifiers of figures, dates. General newsroom
 * vocabulary, not tied to any one story. Words are compared in lower case.
 */
public final class Cues {
    private Cues() {
    }

    /** Event classes and the words that signal them, in priority order. */
    public static final Map<String, Set<String>> EVENTS = events();

    private static Map<String, Set<String>> events() {
        // A LinkedHashMap copied into an unmodifiable view keeps the priority order.
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("critical", Set.of("critical", "critically"));
        m.put("death", Set.of("killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "death",
                "deaths", "fatalities", "fatality", "fatal", "lives", "bodies", "perished", "slain", "deceased", "toll"));
        m.put("injury", Set.of("injured", "injuring", "injuries", "injury", "hurt", "wounded", "wounding", "wounds",
                "hospitalized", "hospitalised", "hospitals", "hospital", "treated", "patients"));
        m.put("missing", Set.of("missing", "unaccounted"));
        m.put("rescue", Set.of("rescued", "rescue", "alive", "saved"));
        m.put("displacement", Set.of("evacuated", "evacuation", "displaced", "homeless"));
        m.put("arrest", Set.of("arrested", "detained", "custody"));
        m.put("derailment", Set.of("derailed", "derailment"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Event words that also name what is counted: "24 deaths" counts people. */
    public static final Set<String> EVENT_NOUNS_OF_PEOPLE = Set.of("deaths", "fatalities", "lives", "bodies", "dead",
            "injured", "injuries", "patients", "wounded", "missing", "casualties", "victims");

    /** Nouns for people; a figure without a counted noun near a person event counts people. */
    public static final Set<String> PEOPLE = Set.of("people", "persons", "person", "individuals", "others", "residents",
            "victims", "casualties", "civilians", "men", "women", "adults");

    /** Nouns that name a group of people, for totals of parts ("20 children and 31 others"). */
    public static final Set<String> PERSON_NOUNS = Set.of("people", "persons", "children", "kids", "adults", "others",
            "passengers", "crew", "crewmembers", "members", "soldiers", "troops", "civilians", "students",
            "teachers", "workers", "residents", "women", "men", "officers", "firefighters", "rebels", "fighters",
            "militants", "patients", "victims");

    /** Words before a figure and the qualifier they give it (longest first when matching). */
    public static final List<Map.Entry<List<String>, Qualifier>> QUALIFIERS = List.of(
            Map.entry(List.of("at", "least"), Qualifier.AT_LEAST),
            Map.entry(List.of("no", "fewer", "than"), Qualifier.AT_LEAST),
            Map.entry(List.of("more", "than"), Qualifier.MORE_THAN),
            Map.entry(List.of("over"), Qualifier.MORE_THAN),
            Map.entry(List.of("upwards", "of"), Qualifier.MORE_THAN),
            Map.entry(List.of("as", "many", "as"), Qualifier.AT_MOST),
            Map.entry(List.of("up", "to"), Qualifier.AT_MOST),
            Map.entry(List.of("upto"), Qualifier.AT_MOST),
            Map.entry(List.of("at", "most"), Qualifier.AT_MOST),
            Map.entry(List.of("no", "more", "than"), Qualifier.AT_MOST),
            Map.entry(List.of("fewer", "than"), Qualifier.LESS_THAN),
            Map.entry(List.of("less", "than"), Qualifier.LESS_THAN),
            Map.entry(List.of("under"), Qualifier.LESS_THAN),
            Map.entry(List.of("nearly"), Qualifier.ABOUT),
            Map.entry(List.of("almost"), Qualifier.ABOUT),
            Map.entry(List.of("about"), Qualifier.ABOUT),
            Map.entry(List.of("around"), Qualifier.ABOUT),
            Map.entry(List.of("approximately"), Qualifier.ABOUT),
            Map.entry(List.of("roughly"), Qualifier.ABOUT),
            Map.entry(List.of("some"), Qualifier.ABOUT),
            Map.entry(List.of("estimated"), Qualifier.ABOUT));

    /** Words after which a figure is the superseded one. */
    public static final Set<String> EARLIER = Set.of("initially", "originally", "previously", "earlier", "original", "initial",
            "previous", "first");

    /**
     * Public offices a person may be named with ("Sheriff Quentin Miller"), as lower-case word
     * sequences (abbreviations without their stop) and their canonical names. Staff roles such
     * as "spokesman" are left out: one person holds several, and rewriters swap them freely.
     */
    public static final Map<List<String>, String> OFFICES = Map.ofEntries(
            Map.entry(List.of("sheriff"), "sheriff"), Map.entry(List.of("police", "chief"), "police chief"),
            Map.entry(List.of("chief", "of", "police"), "police chief"), Map.entry(List.of("fire", "chief"), "fire chief"),
            Map.entry(List.of("mayor"), "mayor"), Map.entry(List.of("governor"), "governor"),
            Map.entry(List.of("gov"), "governor"), Map.entry(List.of("senator"), "senator"), Map.entry(List.of("sen"), "senator"),
            Map.entry(List.of("congressman"), "representative"), Map.entry(List.of("congresswoman"), "representative"),
            Map.entry(List.of("representative"), "representative"), Map.entry(List.of("rep"), "representative"),
            Map.entry(List.of("president"), "president"), Map.entry(List.of("prime", "minister"), "prime minister"),
            Map.entry(List.of("minister"), "minister"), Map.entry(List.of("judge"), "judge"),
            Map.entry(List.of("coroner"), "coroner"), Map.entry(List.of("medical", "examiner"), "medical examiner"),
            Map.entry(List.of("district", "attorney"), "district attorney"),
            Map.entry(List.of("attorney", "general"), "attorney general"), Map.entry(List.of("ambassador"), "ambassador"),
            Map.entry(List.of("commissioner"), "commissioner"), Map.entry(List.of("chancellor"), "chancellor"));

    /** Words before an office that make it another office: "Lt. Gov.", "vice president". */
    public static final Map<String, String> OFFICE_RANKS = Map.of("lieutenant", "lieutenant", "lt", "lieutenant",
            "vice", "vice", "deputy", "deputy", "assistant", "assistant", "acting", "acting", "interim", "acting");

    /** Words before an office that say the person no longer holds it. */
    public static final Set<String> FORMER = Set.of("former", "ex", "then", "late", "retired");

    /** Verbs of opinion: "we guess", "I think". */
    public static final Set<String> OPINION = Set.of("guess", "think", "believe", "suspect", "feel", "suppose", "hope",
            "wonder", "doubt");

    /** Words that set what a sentence tells apart from the incident: "in a separate attack". */
    public static final Set<String> SEPARATE = Set.of("separate", "separately", "unrelated");

    /** Words by which a sentence recalls another occasion than the one reported. */
    public static final Set<String> OTHER_OCCASION = Set.of("previously", "formerly", "again");

    /** Number words and their values; "dozens" counts as at least 24. */
    public static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("dozen", 12));

    /** Plural amounts before "of" and the least they mean: "dozens of people" is at least 24. */
    public static final Map<String, Double> PLURAL_AMOUNTS = Map.of("dozens", 24.0, "scores", 40.0, "hundreds", 200.0,
            "thousands", 2_000.0);

    public static final Map<String, Double> MULTIPLIERS = Map.of("dozen", 12.0, "hundred", 100.0, "thousand", 1_000.0,
            "million", 1_000_000.0, "billion", 1_000_000_000.0);

    /** Words that make a sentence uncertain. */
    public static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "apparently", "purportedly", "supposedly",
            "unconfirmed", "unverified", "possibly", "perhaps", "may", "might", "rumored", "rumoured", "suspected",
            "likely", "probably");

    /** Words that say something is not known. */
    public static final Set<String> UNKNOWN = Set.of("unclear", "unknown", "unconfirmed");

    /** Phrases that say something is not known (as word sequences). */
    public static final List<List<String>> UNKNOWN_PHRASES = List.of(List.of("not", "clear"), List.of("not", "known"),
            List.of("no", "information"), List.of("not", "immediately", "clear"), List.of("could", "not", "be", "confirmed"),
            List.of("no", "official", "comment"), List.of("yet", "to", "be", "confirmed"));

    /** Words that deny. */
    public static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
            "denied", "deny", "denies", "denying", "cannot");

    /** Pairs of word beginnings with opposite meaning. */
    public static final List<List<String>> OPPOSITES = List.of(List.of("over", "under"), List.of("increas", "decreas"),
            List.of("rais", "lower"), List.of("rose", "fell"), List.of("rise", "fall"), List.of("confirm", "deni"),
            List.of("accept", "reject"), List.of("support", "oppos"), List.of("higher", "lower"),
            List.of("upgrad", "downgrad"), List.of("more", "fewer"), List.of("before", "after"),
            List.of("alive", "dead"), List.of("guilty", "innocent"), List.of("won", "lost"));

    /** Words that report the event itself happening, so that a clock time in the sentence is its time. */
    public static final Set<String> OCCURRENCE = Set.of("derailed", "crashed", "crash", "collided", "collision",
            "struck", "hit", "exploded", "explosion", "occurred", "happened", "erupted", "collapsed", "touched",
            "landfall", "attack", "attacked", "shooting", "blast", "fire", "began", "started", "accident");

    /** Verbs and words that credit a statement to a source. */
    public static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "tell", "reported", "reports",
            "report", "reporting", "according", "cited", "cites", "confirmed", "stated", "added", "announced",
            "claimed", "noted", "explained", "wrote", "tweeted", "quoted", "quoting", "insisted", "acknowledged");

    /** Words of attack used as verbs, with their base form: "struck" is "strike". */
    public static final Map<String, String> ATTACK_VERBS = Map.ofEntries(
            Map.entry("strike", "strike"), Map.entry("strikes", "strike"), Map.entry("struck", "strike"),
            Map.entry("striking", "strike"), Map.entry("hit", "hit"), Map.entry("hits", "hit"), Map.entry("hitting", "hit"),
            Map.entry("attack", "attack"), Map.entry("attacks", "attack"), Map.entry("attacked", "attack"),
            Map.entry("attacking", "attack"), Map.entry("bombed", "bomb"), Map.entry("bombs", "bomb"),
            Map.entry("shelled", "shell"), Map.entry("targeted", "target"), Map.entry("targeting", "target"),
            Map.entry("target", "target"), Map.entry("targets", "target"), Map.entry("raided", "raid"),
            Map.entry("pounded", "pound"));

    /** Words of attack used as nouns, with their base form: "airstrikes" is "strike". */
    public static final Map<String, String> ATTACK_NOUNS = Map.ofEntries(
            Map.entry("strike", "strike"), Map.entry("strikes", "strike"), Map.entry("airstrike", "strike"),
            Map.entry("airstrikes", "strike"), Map.entry("attack", "attack"), Map.entry("attacks", "attack"),
            Map.entry("raid", "raid"), Map.entry("raids", "raid"), Map.entry("bombing", "bomb"),
            Map.entry("bombings", "bomb"), Map.entry("bombardment", "bomb"), Map.entry("shelling", "shell"));

    /** Words of backing, training or funding someone, with their base form. */
    public static final Map<String, String> SUPPORT_VERBS = Map.ofEntries(
            Map.entry("backed", "back"), Map.entry("back", "back"), Map.entry("backs", "back"),
            Map.entry("trained", "train"), Map.entry("train", "train"), Map.entry("trains", "train"),
            Map.entry("training", "train"), Map.entry("supported", "support"), Map.entry("supports", "support"),
            Map.entry("supporting", "support"), Map.entry("funded", "fund"), Map.entry("funds", "fund"),
            Map.entry("sponsored", "sponsor"), Map.entry("equipped", "equip"), Map.entry("advised", "advise"),
            Map.entry("advises", "advise"));

    /** Forms of the words above that are verbs wherever they stand. */
    public static final Set<String> VERB_FORMS = Set.of("struck", "striking", "hitting", "attacked", "attacking", "bombed",
            "shelled", "targeted", "targeting", "raided", "pounded", "backed", "trained", "training", "supported",
            "supporting", "funded", "sponsored", "equipped", "advised");

    /** True for a cue of {@link #UNKNOWN} or {@link #UNKNOWN_PHRASES}. */
    public static boolean isUnknown(String cue) {
        String c = cue.toLowerCase(java.util.Locale.ROOT);
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

    public static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    public static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
}
