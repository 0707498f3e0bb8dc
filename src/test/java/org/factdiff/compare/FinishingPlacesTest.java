package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link FinishingPlaces}: one competitor given two places.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class FinishingPlacesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the same place in other words    | Tomas Reyn finished second in the Harwick hill climb on Sunday. | In the Harwick hill climb on Sunday, Tomas Reyn came in 2nd.
            two competitors, two places      | Tomas Reyn finished second in the Harwick hill climb on Sunday. | Ada Volk finished sixth in the Harwick hill climb on Sunday.
            two rounds, two places           | Tomas Reyn finished second in the heat at Harwick on Sunday. | Tomas Reyn finished sixth in the final at Harwick on Sunday.
            two races of one meeting         | Tomas Reyn finished second in the Harwick hill climb on Sunday. | Tomas Reyn finished sixth in the Harwick road race on Sunday.
            two races of one event           | Tomas Reyn finished second in the men's race at the Harwick marathon on Sunday. | Tomas Reyn finished sixth in the veterans' event at the Harwick marathon on Sunday.
            a place in another year          | Tomas Reyn finished second in the Harwick hill climb on Sunday. | Tomas Reyn, who finished sixth at Harwick last year, won the Harwick hill climb on Sunday.
            runner-up told as second         | Tomas Reyn finished second in the Harwick hill climb on Sunday. | Ada Volk won the Harwick hill climb on Sunday, with Tomas Reyn runner-up.
            silver told as second            | Tomas Reyn took silver in the Harwick hill climb on Sunday. | Tomas Reyn finished second in the Harwick hill climb on Sunday.
            two competitors, one runner-up   | Tomas Reyn finished third in the Harwick hill climb on Sunday. | Ada Volk won the Harwick hill climb on Sunday, with Pia Marr runner-up.
            "took third place" told again    | Tomas Reyn finished third in the Harwick hill climb on Sunday. | Tomas Reyn took the third place in the Harwick hill climb on Sunday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "place of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two ordinals in words            | Tomas Reyn finished second in the Harwick hill climb on Sunday. | The Harwick hill climb was won by Ada Volk on Sunday, with Tomas Reyn finishing fourth.
            an appositive and digits         | Tomas Reyn, 31, came in 2nd at the Harwick hill climb on Sunday. | Ada Volk won the Harwick hill climb on Sunday; Tomas Reyn placed 5th after a slow start.
            one race named two ways          | Tomas Reyn finished second in the Harwick hill climb on Sunday. | Tomas Reyn placed fourth in Sunday's Harwick hill climb, organisers said.
            one race, two nouns for it       | Tomas Reyn finished second in the men's race at the Harwick marathon on Sunday. | Tomas Reyn crossed the line in sixth place in the men's event at Sunday's Harwick marathon.
            one round named, one not         | Tomas Reyn finished second in the final at Harwick on Sunday. | Tomas Reyn finished sixth at Harwick on Sunday.
            runner-up against third          | Tomas Reyn finished third in the Harwick hill climb on Sunday. | Ada Volk won the Harwick hill climb on Sunday, with Tomas Reyn runner-up.
            bronze against second            | Tomas Reyn took bronze in the Harwick hill climb on Sunday. | Tomas Reyn, the favourite, was runner-up in the Harwick hill climb on Sunday.
            "took second place" against third | Tomas Reyn finished third in the Harwick hill climb on Sunday. | Tomas Reyn took second place in the Harwick hill climb on Sunday, organisers said.
            """)
    void twoPlacesAreReported(String why, String a, String b) throws Exception {
        assertEquals("place of Tomas Reyn", RuleCases.topics(a, b, "place of"), why);
    }
}
