package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HedgeReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The tanker allegedly dumped oil off the coast.                     | allegedly
            The cause of the spill remains unclear to investigators.           | unclear
            The tanker might have dumped oil off the coast.                    | might
            The owner of the tanker was not immediately clear about it.        | `not immediately clear`
            The tanker dumped oil in May off the coast.                        | ``
            The tanker dumped oil off the coast, probably at night.            | probably
            The owner recalled the tanker because its hull may be cracked.    | ``
            Because its hull may be cracked, the tanker was recalled.         | may
            The tanker may be recalled because its hull is cracked.           | may
            """)
    void theWordOrPhraseThatHedges(String sentence, String expected) {
        assertEquals(expected, new HedgeReader().read(Tagged.sentence(sentence)));
    }
}
