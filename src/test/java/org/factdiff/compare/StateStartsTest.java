package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link StateStarts}: the day a state began, given two ways in one statement. Read with the
 * sentence encoder, as a real run has it, since only sentences that say the same thing are set
 * against each other. Written for this test; no article's text.
 */
class StateStartsTest {
    private static final String TOPIC = "day the state began";

    private static String topics(String a, String b) throws Exception {
        return String.join("; ", ClaimsPipeline.compare(List.of(Articles.of("a", a), Articles.of("b", b)), true)
                .contradictions().stream().map(Contradiction::topic).filter(t -> t.startsWith(TOPIC)).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one day told two ways          | Flooding has cut off the village of Orrin since early Tuesday, leaving about 400 residents without road access. | Floodwater has isolated the village of Orrin since Tuesday morning, leaving some 400 residents with no road access.
            two states of two things       | The pier at Stellby has been closed since Monday after storm damage was found under its deck. | Residents of the harbour road have had no running water since Thursday, the council said in a statement.
            a weekday and a date           | The pier at Stellby has been closed since Monday after storm damage was found under its deck. | The Stellby pier has been shut since March 4 after inspectors found storm damage beneath the deck.
            an article giving two days     | The pier at Stellby has been closed since Monday after storm damage was found under its deck. | The Stellby pier has been shut since Tuesday after storm damage was found, and its cafe has been closed since Friday.
            a day not of a state           | The pier at Stellby has been closed since Monday after storm damage was found under its deck. | The Stellby pier was closed on Tuesday after inspectors found storm damage beneath the deck, the council said.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", topics(a, b), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two weekdays                   | Flooding has cut off the village of Orrin since early Tuesday, leaving about 400 residents without road access. | Floodwater has isolated the village of Orrin since late Wednesday, leaving some 400 residents with no road access.
            two dates                      | The pier at Stellby has been closed since March 4 after storm damage was found under its deck. | The Stellby pier has been shut since March 9 after inspectors found storm damage beneath the deck.
            an abbreviation on the way     | A strike has halted work at St. Oran Shipyard since Monday, the union said. | The strike that has stopped work at St. Oran Shipyard since Thursday continues, the union said.
            """)
    void twoDaysAreReported(String why, String a, String b) throws Exception {
        assertEquals(TOPIC, topics(a, b), why);
    }
}
