package org.factdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Meaning with numbers masked: two figures of one statement read as one statement. */
class MeaningsMaskTest {
    @Test
    void sentencesThatDifferOnlyInTheirNumbersAreOneStatementMasked() throws Exception {
        TextAnalyzer analyzer = new TextAnalyzer(Lexicon.builtIn());
        List<ParsedText> texts = List.of(
                analyzer.analyze("a", "The flood killed 12 people in the valley on Sunday."),
                analyzer.analyze("b", "The flood killed 40 people in the valley on Sunday. The bridge reopened in May."));
        Meanings m = Meanings.of(texts, new MiniLmEncoder(1));
        assertEquals(1.0, m.maskedSimilarity("a", 0, "b", 0), "identical once masked");
        assertTrue(m.similarity("a", 0, "b", 0) < 1.0, "the numbers differ unmasked");
        assertEquals(m.similarity("b", 1, "b", 1), m.maskedSimilarity("b", 1, "b", 1), "no figures: masked is unmasked");
        assertEquals("The flood killed # people, # km away.", Meanings.maskedText("The flood killed 1,200 people, 3.5 km away."));
    }
}
