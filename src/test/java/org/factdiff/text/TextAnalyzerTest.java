package org.factdiff.text;

import org.factdiff.base.Words;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Words counted and tokenised for the analysis. */
class TextAnalyzerTest {
    private final TextAnalyzer analyzer = new TextAnalyzer(Lexicon.builtIn());

    @Test
    void wordsLongerThanTheLimitAreLeftOutOfTheAnalysis() {
        String hash = "a".repeat(TextAnalyzer.MAX_WORD_CHARS + 1);
        String longest = "b".repeat(TextAnalyzer.MAX_WORD_CHARS);
        ParsedText p = analyzer.analyze("a", "The file " + hash + " was signed with " + longest + " today.");
        assertEquals(7, p.words(), "the overlong run is not a word; the longest allowed one is");
        assertEquals(0, p.tokens().stream().filter(t -> p.text().substring(t.start(), t.end()).equals(hash)).count());
    }
}
