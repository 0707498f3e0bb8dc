package org.factdiff.claims;

import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a sentence says happened to people ("death", "injury"), from the event words
 * of {@link Cues#EVENTS}, whether or not it gives a figure; sorted by name.
 */
final class EventReader implements SlotReader<Set<String>> {
    @Override
    public Set<String> read(TaggedSentence s) {
        Set<String> events = new TreeSet<>();
        for (String w : s.folded()) {
            String e = Cues.eventOf(w);
            if (!e.isEmpty()) {
                events.add(e);
            }
        }
        return events;
    }
}
