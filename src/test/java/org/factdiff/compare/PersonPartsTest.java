package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PersonParts}: a named person's part in the event given two ways. Each look-alike
 * stands beside a real conflict of the same shape. Written for this test; no article's text.
 */
class PersonPartsTest {
    private static final String TOPIC = "part of ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one part told two ways         | A glider came down in a field near Orrin on Sunday. The glider's pilot, Ada Brisk, was unhurt. | A glider landed hard near Orrin on Sunday. Ada Brisk, the pilot, walked away unhurt.
            a trade, not a part            | A minibus crashed near Orrin on Sunday. Ivo Marn, a lorry driver, was a passenger in the minibus. | A minibus crashed near Orrin on Sunday. Ivo Marn, a passenger, was taken to hospital.
            two people, two parts          | A glider came down near Orrin on Sunday. The glider's pilot, Ada Brisk, was unhurt. | A glider came down near Orrin on Sunday. Tom Varga, a passenger, broke his wrist.
            an article giving both parts   | A glider came down near Orrin on Sunday. The glider's pilot, Ada Brisk, was unhurt. | A glider came down near Orrin on Sunday. Ada Brisk, a passenger on an earlier flight, was the pilot. The pilot, Ada Brisk, was unhurt.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, TOPIC), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            pilot against passenger        | A glider came down in a field near Orrin on Sunday. The glider's pilot, Ada Brisk, broke her arm. | A glider came down in a field near Orrin on Sunday. Ada Brisk, a passenger on her first flight, broke her arm.
            driver against passenger       | A van hit a wall in Orrin on Sunday. Its driver, Ivo Marn, was taken to hospital. | A van hit a wall in Orrin on Sunday. Ivo Marn, the front-seat passenger, was taken to hospital.
            """)
    void twoPartsAreReported(String why, String a, String b) throws Exception {
        assertEquals(TOPIC + (a.contains("Brisk") ? "Ada Brisk" : "Ivo Marn"), RuleCases.topics(a, b, TOPIC), why);
    }
}
