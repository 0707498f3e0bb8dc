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
            The guard, who was not armed, was shot at the gate. | false
            Supporters who had no tickets pushed at the gate, police said. | false
            The wall gave way with no warning at dawn.         | false
            The guard, who was armed, was not shot at the gate. | true
            Police said that no one was hurt at the gate.      | true
            There was no warning before the wall gave way.     | true
            People who lived by the river did not leave their homes. | true
            The ward will shut in June because the trust cannot find nurses. | false
            Although the pumps did not fail, the cellar flooded overnight. | false
            Although the pumps ran, the cellar did not flood overnight. | true
            The ward will not shut in June because the trust found nurses. | true
            """)
    void deniesOrNot(String sentence, boolean expected) {
        assertEquals(expected, new NegationReader().read(Tagged.sentence(sentence)));
    }
}
