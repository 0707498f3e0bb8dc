package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The quay flooded twice, according to the harbour master.          | `the harbour master`
            The quay flooded twice, according to port officials in Lisbon, who asked not to be named. | `port officials in Lisbon`
            A senior port engineer said the quay flooded twice.               | `A senior port engineer`
            The quay flooded twice in a single week.                          | ``
            No injuries to dock workers have been reported.                  | ``
            The harbour master is reporting two more leaks.                  | `The harbour master`
            Two more leaks were reported on Friday, the harbour master said.  | `the harbour master`
            """)
    void whomTheSentenceCredits(String sentence, String expected) {
        assertEquals(expected, new SourceReader().read(Tagged.sentence(sentence)));
    }
}
