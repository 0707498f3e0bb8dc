package org.factdiff.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the names a sentence gives as places: names after a preposition of place ("in Moore",
 * "near At Tanf"), as written.
 */
final class PlaceReader implements SlotReader<List<String>> {
    /** Short words that open a longer name: "St Aldhelm's", "Mt Cardew". */
    private static final java.util.Set<String> NAME_OPENERS = java.util.Set.of("st", "mt", "ft");

    /** Nouns of a part of a place between a preposition and its name: "at the foot of", "on the outskirts of". */
    private static final java.util.Set<String> PLACE_PARTS = java.util.Set.of("foot", "top", "edge", "outskirts", "centre",
            "center", "heart", "mouth", "head", "summit", "base", "steps", "entrance", "banks", "shore", "shores", "side",
            "end", "bottom", "middle", "coast", "tip",
            // "in the town of Almena", "near the village of Orlby": the settlement is the name
            "town", "village", "city", "hamlet", "suburb", "district", "port", "island");

    @Override
    public List<String> read(TaggedSentence s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!Cues.PLACE_PREPOSITIONS.contains(s.lower(i))) {
                continue;
            }
            int k = i + 1;
            if (k < s.size() && s.lower(k).equals("the")) {
                k++;
            }
            if (k + 2 < s.size() && PLACE_PARTS.contains(s.lower(k)) && s.lower(k + 1).equals("of")) {
                k += s.lower(k + 2).equals("the") ? 3 : 2; // "at the foot of Corran Falls": the place is Corran Falls
            }
            int start = k;
            // A capitalised word after the preposition is a name whatever the tagger made of it:
            // a name it has never seen ("in Ballinvar") is often tagged a noun.
            // After "St" or "Mt" the name goes on whatever the tag: "at St Aldhelm's Hospital" is
            // no place called "St".
            while (k < s.size() && (s.token(k).isName() || s.isCapitalized(k)
                    && ("PROPN".equals(s.tag(k)) || "NOUN".equals(s.tag(k))
                    || k > start && NAME_OPENERS.contains(s.lower(k - 1))))
                    && !ActorReader.isDateWord(s.lower(k))) {
                k++;
            }
            if (k > start) {
                out.add(s.span(start, k - 1));
            }
        }
        return out.stream().distinct().toList();
    }
}
