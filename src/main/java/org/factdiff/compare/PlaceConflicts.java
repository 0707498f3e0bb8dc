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
 *
 * <p>So too the town where the event itself happened ("derailed just outside Fallowby" / "came
 * off the tracks outside the town of Wexmoor"), only when every article that names such a town
 * names one (an incident spread over several towns, a storm's, has no one place), and, when the
 * articles share no name besides the towns, when the two sentences share more of their words.
 */
final class PlaceConflicts implements ContradictionRule {
    /** A thing's place in one sentence: the key ("factory", "street"), the place and the words that tell it. */
    private record Sited(Claim claim, String key, String place, String written) {
    }

    /** A hospital's name: up to three capitalised words before "Hospital" or "Infirmary" ("St. Oswin's Hospital"). */
    private static final String HOSPITAL_NAME = "((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){1,3}(?:Hospital|Infirmary))\\b";
    /** Any hospital named in an article, to tell whether it names one only. */
    private static final Pattern ANY_HOSPITAL = Pattern.compile(HOSPITAL_NAME);
    /** A place's name: one to three capitalised words. */
    private static final String PLACE = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})";
    /** Nouns of one building or site ({@code sited-nouns.txt}). */
    private static final Set<String> SITED = WordLists.set(PlaceConflicts.class, "sited-nouns.txt");
    /** "factory in Harwell", "stadium at Orrin Park". */
    private static final Pattern SITE = Pattern.compile("\\b(" + String.join("|", new java.util.TreeSet<>(SITED))
            + ")\\s+(?:in|at|near)\\s+" + PLACE);
    /** Last words of a street's name ({@code street-kinds.txt}). */
    static final List<String> STREET_KINDS = WordLists.lines(PlaceConflicts.class, "street-kinds.txt");
    /** "on Quarry Lane", "in Mill Road": a street named after a preposition of place. */
    private static final Pattern STREET = Pattern.compile("\\b(?:on|in|at|along|near|off|under|beneath|underneath)\\s+((?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,2}(?:"
            + String.join("|", STREET_KINDS) + "))\\b");
    /**
     * A street that names a branch or a site: "the Harbour Road branch of Kestrel Bank",
     * "Kestrel Bank's Mill Lane branch"; two such streets are two places as two streets are.
     */
    private static final Pattern STREET_SITE = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}-]+\\s+){1,2}(?:"
            + String.join("|", STREET_KINDS) + "))\\s+(?:branch|store|shop|office|outlet|site|depot|plant|station|surgery"
            + "|restaurant|location)\\b");
    /**
     * A body of water named as one: "the River Alder", "Loch Brae", "the Wenning Canal". Two
     * rivers are two places as two streets are.
     */
    private static final Pattern WATER = Pattern.compile("\\b(?:(River|Lake|Loch|Lough)\\s+(\\p{Lu}[\\p{L}'\u2019-]+)"
            + "|(\\p{Lu}[\\p{L}'\u2019-]+)\\s+(River|Canal|Reservoir|Estuary))\\b");
    /** Last words of a venue's name ({@code venue-kinds.txt}). */
    static final List<String> VENUE_KINDS = WordLists.lines(PlaceConflicts.class, "venue-kinds.txt");
    /** "at the Dellmont Arena", "outside the Lantern Hall", "the entrance to the Merrow Arena": a venue named after a preposition of place. */
    private static final Pattern VENUE = Pattern.compile("\\b(?:at|outside|inside|in|into|(?:entrance|entrances|gate|gates|doors)\\s+(?:to|of))\\s+the\\s+((?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,3}(?:"
            + String.join("|", VENUE_KINDS) + "))\\b");
    /** Words of a clause that put what it tells in time to come. */
    private static final Pattern TO_COME = Pattern.compile("\\b(?:will|would|shall|is to|are to|plans? to|due to)\\b");
    /**
     * "found a missing hillwalker near Loch Ardent", "was found at the foot of Corran Falls":
     * where someone or something was found, the place named after the verb in its clause.
     */
    private static final Pattern FOUND_AT = Pattern.compile("\\b(?:found|located|discovered|recovered|rescued|spotted)\\b"
            + "[^.;,:]{0,40}?\\b(?:near|at|in|on|beside|below|above)\\s+(?:the\\s+(?:foot|top|edge|base|bottom|side|summit"
            + "|shore|shores|banks|mouth|head)\\s+of\\s+)?(?:the\\s+)?" + PLACE);
    /** Names where someone was taken or treated, not found: "recovering at Kell General Hospital". */
    private static final Pattern TAKEN_TO = Pattern.compile("\\b(?:Hospital|Infirmary|Clinic|Centre|Center|Court|Station)\\b");
    /**
     * "was last seen outside the Te Raumoa public library", "last seen Thursday afternoon near the
     * mall": where a missing person was seen last.
     */
    private static final Pattern LAST_SEEN = Pattern.compile("\\blast\\s+seen\\s+"
            + "(?:(?:\\p{Ll}+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)\\s+){0,3}?"
            + "(?:at|outside|near|in|on|leaving|beside|behind|by)\\s+(?:the\\s+)?");
    /**
     * "will hold talks in the port city of Saldrin", "will meet in Veresk", "met in Tarby": where
     * leaders or negotiators meet.
     */
    private static final Pattern MEETING = Pattern.compile("\\b(?:meet|meets|met|talks|summit)\\s+(?:in|at)\\s+"
            + "(?:the\\s+(?:\\p{Ll}+\\s+){0,2}(?:city|town|capital|port|village|resort)\\s+of\\s+)?" + PLACE);
    /**
     * "was taken by ambulance to Mereton General Hospital", "airlifted to St. Oswin's Hospital",
     * "is being treated at the Royal Kell Infirmary": the hospital someone was brought to.
     */
    private static final Pattern HOSPITAL = Pattern.compile("\\b(?:taken|rushed|airlifted|flown|driven|brought|conveyed"
            + "|transported|treated|admitted)\\s+(?:\\p{Ll}+\\s+){0,3}?(?:to|at)\\s+(?:the\\s+)?" + HOSPITAL_NAME);
    /** The key of the hospital someone was taken to. */
    private static final String HOSPITAL_KEY = "hospital";
    /** The key of where a meeting is held. */
    private static final String MEETING_KEY = "meeting";
    /** The key of where someone was last seen. */
    private static final String LAST_SEEN_KEY = "last sighting";
    /** Most words of a place where someone was last seen: "the Te Raumoa public library". */
    static final int LAST_SEEN_WORDS = 5;

    /** Where a sentence says someone was last seen, its words up to a word of function or a stop. */
    private static java.util.Optional<Sited> lastSeen(Claim c) {
        String text = c.evidence().text();
        Matcher m = LAST_SEEN.matcher(text);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        Matcher w = Pattern.compile("\\G([\\p{L}'\u2019-]+)(\\s+|$)").matcher(text);
        List<String> words = new ArrayList<>();
        int at = m.end();
        int end = at;
        while (words.size() < LAST_SEEN_WORDS && w.find(at)) {
            String word = w.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            if (org.factdiff.text.StopWords.contains(lower) || Cues.WEEKDAYS.contains(lower) || Cues.MONTHS.contains(lower)) {
                break;
            }
            words.add(word);
            end = w.start(1) + word.length();
            at = w.end();
            if (w.group(2).isEmpty()) {
                break;
            }
        }
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        String place = String.join(" ", words).replaceAll("['’]s$", "");
        return java.util.Optional.of(new Sited(c, LAST_SEEN_KEY, place, text.substring(m.start(), end)));
    }

    /** The key of where someone or something was found. */
    private static final String FIND_KEY = "find";
    /** The key of the venue of the event. */
    private static final String VENUE_KEY = "venue";
    /** The keys of bodies of water, each its own topic ("the river"). */
    private static final Set<String> WATER_KINDS = Set.of("river", "lake", "loch", "lough", "canal", "reservoir", "estuary");
    /** Words before a street that make it where someone lives, not where it happened. */
    private static final Set<String> HOME_WORDS = Set.of("lives", "live", "lived", "living", "resides", "resident",
            "residents", "home", "house", "address", "grew");
    /** The key of streets, apart from the sited nouns. */
    private static final String STREET_KEY = "street";
    /** The key of the town of the event itself. */
    private static final String TOWN_KEY = "town";
    /** "the town of Wexmoor", "the Harl County town of Wyndle": a town named as one. */
    private static final Pattern TOWN_OF = Pattern.compile("\\bthe\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}"
            + "(?:town|village|city|hamlet|suburb|township)\\s+of\\s+" + PLACE);
    /** "outside Fallowby", "in Wexmoor's market square": a name right after a preposition of place. */
    private static final Pattern IN_TOWN = Pattern.compile("\\b(in|near|outside|at)\\s+" + PLACE);
    /** Last words of a region's name ({@code region-kinds.txt}). */
    private static final Set<String> REGION_KINDS = WordLists.set(PlaceConflicts.class, "region-kinds.txt");
    /** The same in lower case: "in Dravon province". */
    private static final Set<String> REGIONS = REGION_KINDS.stream().map(w -> w.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words that make a name a venue, a feature or a body, not a town ({@code not-towns.txt}). */
    private static final Set<String> NOT_TOWNS = WordLists.set(PlaceConflicts.class, "not-towns.txt");
    /** Words before a preposition that make its place where someone is, lives or was taken, not where it happened. */
    private static final Set<String> NOT_EVENT_PLACE = Set.of("hospital", "hospitals", "court", "police", "jail", "prison",
            "morgue", "headquarters", "office", "offices", "born", "based", "headquartered", "lives", "live", "lived",
            "living", "grew", "studied", "moved", "resident", "residents", "home", "officials", "authorities", "council");
    /** Content words two sentences share besides their towns, at least, when their articles share no other name. */
    static final int TOWN_SHARED_WORDS = 4;
    /** Content words the two sentences share besides the places, at least. */
    static final int SHARED_WORDS = 2;

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, Map<String, Sited>> byKey = new TreeMap<>(); // key -> article -> first place
        Map<String, Set<String>> towns = new TreeMap<>(); // article -> towns of the event
        for (Claim c : in.claims()) {
            if (c.furniture() || c.otherOccasion() || c.negated() || !c.hedge().isEmpty()) {
                continue;
            }
            for (Sited s : sited(c)) {
                byKey.computeIfAbsent(s.key(), k -> new TreeMap<>()).putIfAbsent(c.article(), s);
            }
            for (Sited s : towns(c)) {
                byKey.computeIfAbsent(TOWN_KEY, k -> new TreeMap<>()).putIfAbsent(c.article(), s);
                towns.computeIfAbsent(c.article(), k -> new java.util.TreeSet<>()).add(s.place().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Sited> taken = byKey.getOrDefault(HOSPITAL_KEY, Map.of());
        if (taken.keySet().stream().anyMatch(a -> hospitals(in.text(a).text()) > 1)) {
            byKey.remove(HOSPITAL_KEY); // an article naming two hospitals may have several people in them, or a transfer
        }
        if (towns.values().stream().anyMatch(t -> t.size() > 1)) {
            byKey.remove(TOWN_KEY); // an incident spread over towns: each article's town may be another part of it
        }
        // Which articles name each place, read once from each article's words: the pairs of a
        // large case ask it many times.
        List<String> articles = new ArrayList<>(new java.util.TreeSet<>(in.texts().keySet()));
        Map<String, Set<String>> wordsOf = new TreeMap<>();
        Map<String, java.util.BitSet> naming = new TreeMap<>();
        byKey.forEach((key, m) -> m.values().forEach(s -> naming.computeIfAbsent(key + "|" + s.place(), p -> {
            java.util.BitSet b = new java.util.BitSet();
            for (int k = 0; k < articles.size(); k++) {
                Set<String> w = wordsOf.computeIfAbsent(articles.get(k), a -> words(in.text(a).text()));
                if (w.containsAll(words(s.place())) && (!key.equals(TOWN_KEY) || namesTown(in.text(articles.get(k)).text(), s.place()))) {
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
            String place = place(m.group(2).replaceAll("['\u2019]s$", ""));
            if (!place.isEmpty()) {
                out.add(new Sited(c, m.group(1), place, m.group(1) + " " + text.substring(m.end(1), m.end(2)).strip()));
            }
        }
        Matcher w = WATER.matcher(text);
        while (w.find()) {
            String kind = (w.group(1) != null ? w.group(1) : w.group(4)).toLowerCase(Locale.ROOT);
            String name = w.group(1) != null ? w.group(2) : w.group(3);
            out.add(new Sited(c, kind, name, w.group().strip()));
        }
        Matcher f = FOUND_AT.matcher(text);
        if (f.find() && !place(f.group(1)).isEmpty() && !TAKEN_TO.matcher(f.group(1)).find()) {
            out.add(new Sited(c, FIND_KEY, f.group(1).replaceAll("['’]s$", ""), text.substring(f.start(), f.end()).strip()));
        }
        lastSeen(c).ifPresent(out::add);
        Matcher h = HOSPITAL.matcher(text);
        if (h.find()) {
            out.add(new Sited(c, HOSPITAL_KEY, hospital(h.group(1)), text.substring(h.start(), h.end()).strip()));
        }
        Matcher meet = MEETING.matcher(text);
        while (meet.find()) {
            String place = place(meet.group(1).replaceAll("['\u2019]s$", ""));
            if (!place.isEmpty()) {
                out.add(new Sited(c, MEETING_KEY, place, text.substring(meet.start(), meet.end()).strip()));
            }
        }
        Matcher v = VENUE.matcher(text);
        while (v.find()) {
            String lead = text.substring(0, v.start()).toLowerCase(Locale.ROOT);
            String[] before = lead.split("[^\\p{L}]+");
            // "councillors will discuss it at the Town Hall": where something is to come, not where it happened.
            boolean toCome = TO_COME.matcher(lead.substring(Clauses.lastStart(lead))).find();
            if (!toCome && (before.length == 0 || !NOT_EVENT_PLACE.contains(before[before.length - 1]))) {
                out.add(new Sited(c, VENUE_KEY, v.group(1), "the " + v.group(1)));
            }
        }
        Matcher site = STREET_SITE.matcher(text);
        while (site.find()) {
            out.add(new Sited(c, STREET_KEY, site.group(1), site.group()));
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

    /**
     * The towns a sentence telling the event itself gives it: "came off the tracks outside the
     * town of Wexmoor", "a tornado damaged 40 houses in Kessford". Regions ("Harl County"),
     * venues ("at Merrow Arena", "at Kessel Park stadium"), streets, and places where someone is
     * or was taken ("taken to hospital in Orrin", "police in Orrin") are none.
     */
    private static List<Sited> towns(Claim c) {
        String text = c.evidence().text();
        List<String> lower = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        if (!Cues.tellsHappening(lower) && c.events().isEmpty()) {
            return List.of();
        }
        List<Sited> out = new ArrayList<>();
        Matcher t = TOWN_OF.matcher(text);
        while (t.find()) {
            town(c, t.group(1), t.start(), t.end()).ifPresent(out::add);
        }
        Matcher m = IN_TOWN.matcher(text);
        while (m.find()) {
            String[] before = text.substring(0, m.start()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            if (before.length == 0 || before[before.length - 1].isEmpty()) {
                continue; // a sentence's first word is capitalised whatever it is
            }
            if (!NOT_EVENT_PLACE.contains(before[before.length - 1])) {
                town(c, m.group(2), m.start(), m.end()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The town of a name read at [start, end) of the sentence, if it is one: no region, venue, street, country or day. */
    private static java.util.Optional<Sited> town(Claim c, String written, int start, int end) {
        if (written.matches(".*['\u2019]s\\s+\\p{Lu}.*")) {
            return java.util.Optional.empty(); // "at Velmoor Athletic's Gannet Park": an owner and what it owns, no town
        }
        String name = written.replaceAll("['\u2019]s$", "");
        String text = c.evidence().text();
        String[] after = text.substring(end).strip().split("[^\\p{L}]+");
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        // "at Kessel Park stadium": the noun after a name says what it is; after a possessive
        // ("Wexmoor's market square") it is what is in the town.
        boolean possessive = !name.equals(written);
        if (!possessive && after.length > 0 && !after[0].isEmpty() && Character.isLowerCase(after[0].charAt(0))) {
            words.add(after[0]);
        }
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (NOT_TOWNS.contains(l) || SITED.contains(l) || REGIONS.contains(l)) {
                return java.util.Optional.empty();
            }
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        if (REGION_KINDS.contains(last) || STREET_KINDS.contains(last) || place(name).isEmpty()
                || Cues.REPORTING.contains(name.toLowerCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Sited(c, TOWN_KEY, name, text.substring(start, end).strip()));
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
        String what = key.equals(STREET_KEY) ? "what happened on different streets"
                : key.equals(VENUE_KEY) ? "what happened at different venues"
                : key.equals(TOWN_KEY) ? "what happened in different towns"
                : "the " + key + " in different places";
        String explanation = key.equals(HOSPITAL_KEY)
                ? "Articles name different hospitals for the one taken there: " + Prose.sides(byPlace)
                        + ". Check with the hospital or the emergency services."
                : "Articles put " + what + ": " + Prose.sides(byPlace) + ". Check the place with a local source or a map.";
        List<String> parts = new ArrayList<>(List.of("place", key));
        values.forEach(v -> parts.add(v.evidence().article() + ":" + v.value()));
        String topic = key.equals(HOSPITAL_KEY) ? "the hospital someone was taken to"
                : key.equals(STREET_KEY) || key.equals(TOWN_KEY) || key.equals(VENUE_KEY) || WATER_KINDS.contains(key) ? "the " + key
                : "the place of the " + key;
        return java.util.Optional.of(new Contradiction(Ids.of("x", parts), topic, ContradictionKind.ENTITY, explanation,
                values));
    }

    /** A hospital's name without "the" or a possessive: "St. Oswin's Hospital". */
    private static String hospital(String name) {
        return name.strip();
    }

    /** How many hospitals by name an article gives. */
    private static int hospitals(String text) {
        Set<String> names = new java.util.TreeSet<>();
        Matcher m = ANY_HOSPITAL.matcher(text);
        while (m.find()) {
            names.add(m.group(1).replaceAll("^(?:The|A|An)\\s+", "").strip());
        }
        return names.size();
    }

    /** The content words two sentences share besides their places. */
    private static Set<String> sharedWords(Sited a, Sited b) {
        Set<String> shared = new HashSet<>(a.claim().content());
        shared.retainAll(b.claim().content());
        shared.removeAll(words(a.place()));
        shared.removeAll(words(b.place()));
        shared.remove(a.key());
        return shared;
    }

    /** True when two articles put one thing in two places, each unknown to the other article. */
    private static boolean apart(Sited a, Sited b, CaseClaims in, Map<String, java.util.BitSet> naming,
                                 Map<String, Integer> index) {
        if (a.place().equalsIgnoreCase(b.place())) {
            return false;
        }
        if (a.key().equals(STREET_KEY) || a.key().equals(VENUE_KEY)) {
            Set<String> wa = new HashSet<>(words(a.place()));
            wa.retainAll(words(b.place()));
            STREET_KINDS.forEach(k -> wa.remove(k.toLowerCase(Locale.ROOT)));
            VENUE_KINDS.forEach(k -> wa.remove(k.toLowerCase(Locale.ROOT)));
            if (!wa.isEmpty()) {
                return false; // "Quarry Road" / "Quarry Highway", "Dellmont Arena" / "Dellmont Stadium": one place, its kind reworded maybe
            }
        }
        java.util.BitSet hasA = naming.get(a.key() + "|" + a.place());
        java.util.BitSet hasB = naming.get(b.key() + "|" + b.place());
        if (hasA.intersects(hasB) || hasB.get(index.get(a.claim().article())) || hasA.get(index.get(b.claim().article()))) {
            return false;
        }
        boolean oneIncident = in.sameIncident(a.claim().article(), b.claim().article());
        if (!oneIncident && !a.key().equals(TOWN_KEY) && !a.key().equals(FIND_KEY)) {
            return false; // where the event or a find happened may be the only name two short reports give
        }
        if (a.key().equals(TOWN_KEY) && figuresDiffer(a.claim(), b.claim())) {
            return false; // "30 shops flooded in Tadley" / "9 shops flooded in Brackwell": two towns' counts
        }
        if (a.key().equals(HOSPITAL_KEY)) {
            // Each article names this one hospital only: one person's, when the sentences share a
            // word besides it and no figure of theirs differs ("two were taken to" / "five were").
            return !figuresDiffer(a.claim(), b.claim()) && !sharedWords(a, b).isEmpty();
        }
        Set<String> shared = new HashSet<>(a.claim().content());
        shared.retainAll(b.claim().content());
        shared.removeAll(words(a.place()));
        shared.removeAll(words(b.place()));
        shared.remove(a.key());
        // Towns and places of a find are often the only names two short reports of one event
        // give: their sentences then stand for the incident, and must share more.
        return shared.size() >= (oneIncident ? SHARED_WORDS : TOWN_SHARED_WORDS);
    }

    /**
     * True when the text names the town other than as the name of a site: "the company's
     * Harrowby depot" names a depot, and an article that tells of it may still put the event in
     * another town.
     */
    private static boolean namesTown(String text, String town) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(town) + "\\b(?:['\u2019]s)?(?:\\s+(\\p{L}+))?").matcher(text);
        while (m.find()) {
            if (m.group(1) == null || !SITED.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentences give figures of one key that cannot both hold. */
    private static boolean figuresDiffer(Claim a, Claim b) {
        for (org.factdiff.claims.Quantity x : a.quantities()) {
            for (org.factdiff.claims.Quantity y : b.quantities()) {
                if (x.key().equals(y.key()) && !FigureBounds.canBothHold(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of a text or a place's name, in lower case. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")));
        out.remove("");
        return out;
    }
}
