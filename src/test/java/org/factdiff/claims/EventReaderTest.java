package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Two climbers died and one was rescued from the glacier.        | `[death, rescue]`
            Guides evacuated the lodge and several guests were hurt.       | `[displacement, injury]`
            Police detained the driver after the bus derailed.             | `[arrest, derailment]`
            The glacier is shrinking every year.                           | `[]`
            """)
    void whatHappenedToPeopleSortedByName(String sentence, String expected) {
        assertEquals(expected, new EventReader().read(Tagged.sentence(sentence)).toString());
    }
}
