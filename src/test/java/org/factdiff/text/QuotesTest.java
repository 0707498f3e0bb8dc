package org.factdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {
    private static List<String> quotes(String text) {
        return Quotes.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void findsStraightCurlyAndSingleQuotes() {
        assertEquals(List.of("too close", "We came,", "force protection"),
                quotes("Rebels feared \"too close\" troops. “We came,” he said. It was ‘force protection’, they said."));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), quotes("The army’s base and the rebels’ camp weren’t far."));
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        assertEquals(List.of("Yes"), quotes("He said \"no more.\nThen \"Yes\" she said."));
    }

    @Test
    void aQuotationLongerThanTheLimitIsNotAQuotation() {
        String inside = "word ".repeat(Quotes.MAX_QUOTE_CHARS / 5 + 10).strip();
        assertEquals(List.of(), quotes("He said \u201C" + inside + "\u201D and left."));
        String fits = "word ".repeat(Quotes.MAX_QUOTE_CHARS / 5 - 10).strip();
        assertEquals(List.of(fits), quotes("He said \u201C" + fits + "\u201D and left."));
    }

    @Test
    void aQuotationCutOffByTheTextsEndRunsToItsLastWholeWord() {
        assertEquals(List.of("The water came through the doors in seconds and the whole ground floor"),
                quotes("Rescue went on.\n\nThe owner said: \u201CThe water came through the doors in seconds and the whole ground floor wa"));
        assertEquals(List.of(), quotes("The owner said: \u201CThe water came in"), "too short to read once cut");
        assertEquals(List.of("ok"), quotes("He said \"the water came through the doors in seconds.\n\nLater \"ok\" she said."),
                "open in an earlier paragraph: not cut off, never closed");
    }
}
