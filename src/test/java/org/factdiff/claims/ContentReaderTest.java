package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.factdiff.text.Lexicon;
import org.junit.jupiter.api.Test;

class ContentReaderTest {
    private final ContentReader reader = new ContentReader(Lexicon.builtIn());

    @Test
    void contentWordsBySynonymClass() {
        Set<String> a = reader.read(Tagged.sentence("Officials counted four deaths at the dock."));
        Set<String> b = reader.read(Tagged.sentence("Officials counted four fatalities at the dock."));
        assertEquals(a, b, "deaths and fatalities are one class");
        assertFalse(a.contains("the"), "function words are left out");
        assertTrue(a.contains("dock"), a.toString());
        assertEquals("offici", a.iterator().next(), "in text order, stemmed");
    }
}
