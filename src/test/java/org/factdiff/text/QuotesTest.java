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
}
