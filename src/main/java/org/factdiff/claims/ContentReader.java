package org.factdiff.claims;

import java.util.LinkedHashSet;
import java.util.Set;
import org.factdiff.text.Lexicon;
import org.factdiff.text.Token;

/**
 * Reads a sentence's content words in canonical form, by synonym class ("deaths" and
 * "fatalities" alike), in text order: what claim alignment compares.
 */
final class ContentReader implements SlotReader<Set<String>> {
    private final Lexicon lexicon;

    /** @param lexicon the case's lexicon, whose synonym classes the words are read in */
    ContentReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Set<String> read(TaggedSentence s) {
        Set<String> content = new LinkedHashSet<>();
        for (Token tk : s.tokens()) {
            if (tk.content()) {
                content.add(lexicon.synonymClass(tk.norm()));
            }
        }
        return content;
    }
}
