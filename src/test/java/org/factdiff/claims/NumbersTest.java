package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
    /** The number starting at the marked word: its value and its last word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Crews cleared 1,250 tonnes of ice.                  | 2 | 1250   | 1,250
            Crews cleared forty-two tonnes of ice.              | 2 | 42     | two
            Crews cleared two hundred and sixty tonnes.         | 2 | 260    | sixty
            Crews cleared 3 million tonnes of ice.              | 2 | 3e6    | million
            Crews cleared a dozen sheds.                        | 2 | 12     | dozen
            Crews cleared dozens of sheds.                      | 2 | 24     | dozens
            Crews cleared thousands of sheds.                   | 2 | 2000   | thousands
            Crews cleared 1.5 lakh tonnes of ice.               | 2 | 150000 | lakh
            The repairs cost R3 million in all.                 | 3 | 3e6    | million
            The repairs cost R640,000 in all.                   | 3 | 640000 | 000
            The repairs cost R1.2bn in all.                     | 3 | 1.2e9  | R1.2bn
            The repairs cost Rs.4 crore in all.                 | 3 | 4e7    | crore
            The terminal was dark for 10 1/2 hours.             | 5 | 10.5   | 2
            The terminal was dark for 3 3/4 hours.              | 5 | 3.75   | 4
            """)
    void readsDigitsAndWords(String sentence, int at, double value, String lastWord) {
        TaggedSentence s = Tagged.sentence(sentence);
        Numbers.Reading n = Numbers.at(s, at);
        assertEquals(value, n.value(), 1e-9);
        assertEquals(lastWord, s.word(n.last()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Crews cleared many sheds.                 | 2
            Crews cleared dozens sheds.               | 2
            Crews cleared the sheds.                  | 2
            Crews cleared sheds.                      | 9
            Crews cleared the R61 by noon.            | 3
            Crews cleared the N7 by noon.             | 3
            """)
    void noNumber(String sentence, int at) {
        assertNull(Numbers.at(Tagged.sentence(sentence), at));
    }
}
