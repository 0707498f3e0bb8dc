package org.factdiff.claims;

import java.util.ArrayList;
import java.util.List;

/** Reads the names a sentence gives as places: names after a preposition of place ("in Moore", "near At Tanf"), as written. */
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
            while (k < s.size() && (s.token(k).isName() || "PROPN".equals(s.tag(k)) && s.isCapitalized(k))
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
