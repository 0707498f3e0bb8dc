package org.factdiff.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the names a sentence gives as places: names after a preposition of place ("in Moore",
 * "near At Tanf"), as written.
 */
final class PlaceReader implements SlotReader<List<String>> {
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
            int start = k;
            // A capitalised word after the preposition is a name whatever the tagger made of it:
            // a name it has never seen ("in Ballinvar") is often tagged a noun.
            while (k < s.size() && (s.token(k).isName() || s.isCapitalized(k)
                    && ("PROPN".equals(s.tag(k)) || "NOUN".equals(s.tag(k))))
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
