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

    /** A case of millions of tokens holds each form once: the same word in two texts is one string. */
    @Test
    void tokensOfTheSameWordShareTheirForms() {
        ParsedText a = analyzer.analyze("a", "The ferry " + "left" + " the harbour.");
        ParsedText b = analyzer.analyze("b", "A ferry " + new String("left".toCharArray()) + " at dawn.");
        Token la = a.tokens().stream().filter(t -> t.exact().equals("left")).findFirst().orElseThrow();
        Token lb = b.tokens().stream().filter(t -> t.exact().equals("left")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertSame(la.exact(), lb.exact());
        org.junit.jupiter.api.Assertions.assertSame(la.norm(), lb.norm());
    }

    /** Folding skips decomposition for plain ASCII, and still strips accents from the rest. */
    @Test
    void foldingStripsAccentsAndKeepsAscii() {
        assertEquals("cafe", Lexicon.fold("Caf\u00e9"));
        assertEquals("cafe", Lexicon.fold("Cafe\u0301"));
        assertEquals("o'neill", Lexicon.fold("O\u2019Neill"));
        assertEquals("us", Lexicon.fold("U.S."));
        assertEquals("mayor", Lexicon.fold("Mayor's"));
        assertEquals("3.5", Lexicon.fold("3.5"));
    }
}
