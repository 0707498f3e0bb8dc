package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdiff.base.WordLists;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * The vehicle of an incident named as two kinds: "a single-engine plane came down in a field"
 * against "a small helicopter crash-landed in a field". Each article's sentences that tell the
 * event (a word of it happening: "crashed", "capsized", "overturned") must name vehicles of one
 * kind only ({@code vehicle-classes.txt}), and neither article may name the other's kind
 * anywhere: a collision of a car and a van, told by both, is no conflict.
 */
final class VehicleConflicts implements ContradictionRule {
    /** Each word of a kind of vehicle, to its kind's first word. */
    private static final Map<String, String> KINDS = kinds();

    private static Map<String, String> kinds() {
        Map<String, String> out = new TreeMap<>();
        for (List<String> group : WordLists.groups(VehicleConflicts.class, "vehicle-classes.txt")) {
            group.forEach(w -> out.put(w, group.get(0)));
        }
        return Map.copyOf(out);
    }

    /** One article's vehicle of the event: the first sentence that names it, and the word it is named by. */
    private record Named(Claim claim, String kind, String word) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, Set<String>> kindsAnywhere = new TreeMap<>();
        Map<String, Set<String>> kindsOfEvent = new TreeMap<>();
        Map<String, Named> first = new TreeMap<>();
        for (Claim c : in.claims()) {
            List<String> words = words(c.evidence().text());
            boolean event = !c.otherOccasion() && !c.negated() && Cues.tellsHappening(words);
            for (String w : words) {
                String kind = KINDS.get(w);
                if (kind == null) {
                    continue;
                }
                kindsAnywhere.computeIfAbsent(c.article(), k -> new TreeSet<>()).add(kind);
                if (event) {
                    kindsOfEvent.computeIfAbsent(c.article(), k -> new TreeSet<>()).add(kind);
                    first.putIfAbsent(c.article(), new Named(c, kind, w));
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        List<String> articles = new ArrayList<>(first.keySet());
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                String a = articles.get(i);
                String b = articles.get(j);
                Named x = first.get(a);
                Named y = first.get(b);
                if (kindsOfEvent.get(a).size() != 1 || kindsOfEvent.get(b).size() != 1 || x.kind().equals(y.kind())
                        || kindsAnywhere.get(a).contains(y.kind()) || kindsAnywhere.get(b).contains(x.kind())
                        || !in.sameIncident(a, b)) {
                    continue;
                }
                out.add(TwoSides.of("the vehicle: " + x.word() + " or " + y.word(), ContradictionKind.ENTITY,
                        new Contradiction.Value(x.claim().evidence(), x.word()),
                        new Contradiction.Value(y.claim().evidence(), y.word()),
                        "Articles name the vehicle of the event as two kinds: ", " vs ",
                        ". Check which it was with the operator or the investigators."));
            }
        }
        return out;
    }

    /** The sentence's words in lower case, hyphenated words split too ("crash-landed": "crash", "landed"). */
    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")).filter(w -> !w.isEmpty()).toList();
    }
}
