package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The council denied that the school would close.    | true
            The school didn't close after the storm.           | true
            Nobody at the school was told in advance.          | true
            The school closed for a week after the storm.      | false
            Another school reopened on the next morning.       | false
            """)
    void deniesOrNot(String sentence, boolean expected) {
        assertEquals(expected, new NegationReader().read(Tagged.sentence(sentence)));
    }
}
