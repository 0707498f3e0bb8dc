package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaggedSentenceTest {
    @Test
    void spansAndFoldedFormsPointIntoTheCleanText() {
        List<TaggedSentence> all = Tagged.sentences("Ferries ran late.\nThe Harbour Board said ÉCLUSE gates jammed.");
        TaggedSentence s = all.get(1);
        assertEquals("The Harbour Board said ÉCLUSE gates jammed.", s.text());
        assertEquals(s.cleanText().substring(s.start(), s.end()), s.text());
        assertEquals("the", s.lower(0));
        assertEquals("ecluse", s.lower(4), "folded: lower case, no accents");
        assertEquals("Harbour Board", s.span(1, 2));
        assertEquals("Harbour Board", s.excerpt(1, 2).text());
        assertEquals(s.start() + 4, s.excerpt(1, 2).start());
        assertEquals(" ", s.gap(1));
        assertEquals("", s.gap(0), "nothing before the first word of its sentence");
        assertTrue(s.isCapitalized(1));
        assertFalse(s.isCapitalized(5));
        assertFalse(s.isCapitalized(99), "out of range is not capitalised");
        assertEquals(s.tokens().size(), s.tags().size());
        assertEquals("VERB", s.tag(3), "said");
    }

    @Test
    void partsMustHaveOneEntryPerToken() {
        TaggedSentence s = Tagged.sentence("Ferries ran late again.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TaggedSentence(s.parsed(),
                s.sentence(), s.tokens(), s.surface(), s.folded(), s.tags().subList(0, 2)));
        assertTrue(e.getMessage().contains("2 tags"), e.getMessage());
    }
}
