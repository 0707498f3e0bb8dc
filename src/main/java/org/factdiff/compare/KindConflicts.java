package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdiff.base.WordLists;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * The vehicle, the animals or the direction of travel of an incident named as two kinds: "a
 * single-engine plane came down in a field" against "a small helicopter crash-landed in a field";
 * "a train struck a bus" against "a lorry was hit by a train"; "an Airbus A320" against "the
 * Boeing 737-800"; "eleven sheep were killed" against "mauled 11 goats to death"; "the northbound
 * lanes were closed" against "the southbound carriageway was shut". The kinds (one list per
 * domain: {@code vehicle-classes.txt}, where an aircraft's maker is a kind; the claims stage's
 * {@code animal-classes.txt}; {@code direction-classes.txt}; {@code pathogen-classes.txt}) are those named in each article's
 * headline and lead and in its sentences that tell the event (a word of it happening:
 * "crashed", "capsized"); leaving out the kinds the other article names anywhere, each must have
 * one left, and the rest must be the same: a collision of a car and a van, told by both, is no
 * conflict.
 */
final class KindConflicts implements ContradictionRule {
    /** What the kinds are kinds of, as the finding names it ("vehicle"). */
    private final String domain;
    /** Kinds that are kinds of another: an airliner's maker is a plane. */
    private final Map<String, String> parents = new TreeMap<>();
    /** Each word of a kind, to its kind's first word. */
    private final Map<String, String> kinds;

    /** Words after a kind's word that make it name a place or a thing for the kind, not the kind. */
    private final Set<String> compounds;
    /**
     * True when the headline and lead name the kinds of the event whatever their verbs: a
     * vehicle named there is the incident's; animals named there may be a show's or a farm's.
     */
    private final boolean leadTells;

    /**
     * Words one of which must stand right before a kind's word for it to count ("moving
     * northwest"), maybe with an adverb between ("moving slowly north"); empty when a kind's
     * word counts wherever it stands.
     */
    private final Set<String> before;

    private KindConflicts(List<List<String>> groups, String domain, Set<String> compounds, boolean leadTells) {
        this(groups, domain, compounds, leadTells, Set.of());
    }

    private KindConflicts(List<List<String>> groups, String domain, Set<String> compounds, boolean leadTells,
                          Set<String> before) {
        this.before = before;
        this.domain = domain;
        this.compounds = compounds;
        this.leadTells = leadTells;
        Map<String, String> out = new TreeMap<>();
        for (List<String> group : groups) {
            String first = group.get(0);
            int colon = first.indexOf(':');
            String kind = colon < 0 ? first : first.substring(colon + 1);
            if (colon >= 0) {
                parents.put(kind, first.substring(0, colon));
            }
            out.put(kind, kind);
            group.subList(1, group.size()).forEach(w -> out.put(w, kind));
        }
        this.kinds = Map.copyOf(out);
    }

    /** The vehicle of the event ({@code vehicle-classes.txt}). */
    static KindConflicts vehicles() {
        return new KindConflicts(WordLists.groups(KindConflicts.class, "vehicle-classes.txt"), "vehicle",
                WordLists.set(KindConflicts.class, "kind-compounds.txt"), true);
    }

    /** The animals of the event ({@link Cues#ANIMAL_CLASSES}): those killed, hurt, lost or rescued. */
    static KindConflicts animals() {
        return new KindConflicts(Cues.ANIMAL_CLASSES, "animals", Set.of(), false);
    }

    /**
     * The direction of travel of the event ({@code direction-classes.txt}): "all northbound lanes
     * were closed" against "the southbound carriageway was shut".
     */
    static KindConflicts directions() {
        return new KindConflicts(WordLists.groups(KindConflicts.class, "direction-classes.txt"), "direction of travel",
                Set.of(), true);
    }

    /**
     * The heading of what moved ({@code heading-classes.txt}): "the storm was moving northwest"
     * against "was tracking southeast". A compass point counts only after a verb of moving
     * ({@code motion-verbs.txt}); "north of the town" tells where, not which way.
     */
    static KindConflicts headings() {
        return new KindConflicts(WordLists.groups(KindConflicts.class, "heading-classes.txt"), "heading",
                Set.of(), true, WordLists.set(KindConflicts.class, "motion-verbs.txt"));
    }

    /**
     * The germ of an outbreak ({@code pathogen-classes.txt}): "14 patients fell ill with
     * norovirus" against "were struck down by salmonella".
     */
    static KindConflicts pathogens() {
        return new KindConflicts(WordLists.groups(KindConflicts.class, "pathogen-classes.txt"), "pathogen",
                Set.of(), true);
    }

    /** Events that befall animals as well as people: "eleven sheep were killed", "34 cows rescued". */
    private static final Set<String> BEFALLING = Set.of("death", "injury", "missing", "rescue", "illness");

    /** The headline and the first sentences of an article, which tell its incident. */
    static final int LEAD_SENTENCES = 3;

    /** One article's vehicle of the event: the first sentence that names it, and the word it is named by. */
    private record Named(Claim claim, String kind, String word) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, Set<String>> kindsAnywhere = new TreeMap<>();
        Map<String, Set<String>> kindsOfEvent = new TreeMap<>();
        Map<String, Named> first = new TreeMap<>(); // article + "|" + kind -> its first sentence
        Map<String, Integer> seen = new TreeMap<>();
        for (Claim c : in.claims()) {
            List<String> words = words(c.evidence().text());
            // The headline and the lead tell the incident whatever their verbs ("a jet returned
            // to the airport after an engine warning"); later sentences when they tell it happening.
            int index = seen.merge(c.article(), 1, Integer::sum);
            boolean event = !c.otherOccasion() && !c.negated() && (leadTells && index <= LEAD_SENTENCES
                    || Cues.tellsHappening(words) || !java.util.Collections.disjoint(c.events(), BEFALLING));
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                String kind = kinds.get(w);
                if (kind == null || i + 1 < words.size() && modified(words.get(i + 1))) {
                    continue; // "the car park": no car
                }
                if (!before.isEmpty() && !afterMotion(words, i)) {
                    continue; // "north of the town": where, not which way
                }
                String parent = parents.get(kind);
                kindsAnywhere.computeIfAbsent(c.article(), k -> new TreeSet<>()).add(kind);
                if (parent != null) {
                    kindsAnywhere.get(c.article()).add(parent);
                }
                if (event) {
                    kindsOfEvent.computeIfAbsent(c.article(), k -> new TreeSet<>()).add(kind);
                    first.putIfAbsent(c.article() + "|" + kind, new Named(c, kind, w));
                    if (parent != null) {
                        kindsOfEvent.get(c.article()).add(parent);
                        first.putIfAbsent(c.article() + "|" + parent, new Named(c, parent, w));
                    }
                }
            }
        }
        // Articles that name the vehicle apart are joined; each joined group is one finding, so
        // that a thousand articles taking two sides give one finding, not one per pair.
        List<String> articles = new ArrayList<>(kindsOfEvent.keySet());
        Components joined = new Components(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                if (apart(articles.get(i), articles.get(j), kindsOfEvent, kindsAnywhere) && in.sameIncident(articles.get(i), articles.get(j))) {
                    joined.join(i, j);
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        for (List<Integer> part : joined.parts()) {
            // What the group's articles all name is no side: each article's side is its first other kind.
            Set<String> common = null;
            for (int k : part) {
                Set<String> anywhere = kindsAnywhere.get(articles.get(k));
                common = common == null ? new TreeSet<>(anywhere) : common;
                common.retainAll(anywhere);
            }
            List<Named> sides = new ArrayList<>();
            for (int k : part) {
                String a = articles.get(k);
                Set<String> own = new TreeSet<>(kindsOfEvent.get(a));
                own.removeAll(common);
                // A maker names the aircraft better than "plane".
                own.stream().filter(kind -> !parents.containsValue(kind) || own.size() == 1).findFirst()
                        .map(kind -> first.get(a + "|" + kind)).ifPresent(sides::add);
            }
            if (sides.stream().map(Named::kind).distinct().count() < 2) {
                continue;
            }
            sides.sort(java.util.Comparator.comparing((Named n) -> n.claim().evidence()));
            List<Contradiction.Value> values = sides.stream()
                    .map(n -> new Contradiction.Value(n.claim().evidence(), n.word())).toList();
            Map<String, List<String>> byWord = new TreeMap<>();
            sides.forEach(n -> byWord.computeIfAbsent(n.word(), w -> new ArrayList<>()).add(n.claim().article()));
            String explanation = "Articles name the " + domain + " of the event differently: " + Prose.sides(byWord)
                    + ". Check which it was with " + (domain.equals("vehicle") ? "the operator or " : "") + "the investigators.";
            List<String> ids = new ArrayList<>(List.of(domain));
            values.forEach(v -> ids.add(v.evidence().article() + ":" + v.value()));
            out.add(new Contradiction(Ids.of("x", ids), "the " + domain + " of the event", ContradictionKind.ENTITY, explanation,
                    values));
        }
        return out;
    }

    /**
     * True when, leaving out the kinds each article names anywhere in the other, each has one kind
     * of the event left and the rest are the same: "a train struck a bus" / "a lorry was hit by a train".
     */
    private boolean apart(String a, String b, Map<String, Set<String>> kindsOfEvent, Map<String, Set<String>> kindsAnywhere) {
        Set<String> onlyA = new TreeSet<>(kindsOfEvent.get(a));
        onlyA.removeAll(kindsAnywhere.get(b));
        Set<String> onlyB = new TreeSet<>(kindsOfEvent.get(b));
        onlyB.removeAll(kindsAnywhere.get(a));
        if (onlyA.size() != 1 && !(onlyA.size() == 2 && hasParent(onlyA))
                || onlyB.size() != 1 && !(onlyB.size() == 2 && hasParent(onlyB))) {
            return false;
        }
        Set<String> restA = new TreeSet<>(kindsOfEvent.get(a));
        restA.removeAll(onlyA);
        Set<String> restB = new TreeSet<>(kindsOfEvent.get(b));
        restB.removeAll(onlyB);
        return restA.equals(restB);
    }

    /** True when the word after a kind's word makes that one a modifier: "the car park" ({@code kind-compounds.txt}). */
    private boolean modified(String next) {
        return compounds.contains(next);
    }

    /** True for two kinds of which one is the other's parent: "airbus" and "plane". */
    private boolean hasParent(Set<String> kinds) {
        return kinds.stream().anyMatch(k -> parents.containsKey(k) && kinds.contains(parents.get(k)));
    }

    /** True when a word of {@link #before} stands right before word {@code i}, or before an adverb right before it. */
    private boolean afterMotion(List<String> words, int i) {
        return i >= 1 && before.contains(words.get(i - 1))
                || i >= 2 && words.get(i - 1).endsWith("ly") && before.contains(words.get(i - 2));
    }

    /** Compass points written with a hyphen: "north-west" is one point, "west-north-west" another. */
    private static final Pattern COMPASS_PAIR = Pattern.compile("\\b(north|south)-(east|west)\\b");
    private static final Pattern COMPASS_THIRD = Pattern.compile("\\b(?:north|south|east|west)-((?:north|south)(?:east|west))\\b");

    /**
     * The sentence's words in lower case, hyphenated words split too ("crash-landed": "crash",
     * "landed"), except compass points ("north-west" is "northwest"; "west-northwest" is no
     * point of the list).
     */
    private static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        lower = COMPASS_PAIR.matcher(lower).replaceAll("$1$2");
        lower = COMPASS_THIRD.matcher(lower).replaceAll("between$1");
        return Arrays.stream(lower.split("[^\\p{L}\\d]+")).filter(w -> !w.isEmpty()).toList();
    }
}
