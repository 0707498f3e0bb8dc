package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ReopeningConflicts}: one place reopened by one article and still closed by another.
 * Each look-alike stands beside a real conflict of the same shape. Written for this test; no
 * article's text.
 */
class ReopeningConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            reopened, told two ways          | The Kell Street bridge reopened to traffic on Friday after repairs, the council said. | Traffic is flowing again: the Kell Street bridge was reopened on Friday, the council said.
            a reopening to come, closed until then | The Kell Street bridge will reopen on Friday after repairs, the council said. | The Kell Street bridge will remain closed until Friday while repairs end, the council said.
            one lane closed, the bridge reopened | The Kell Street bridge reopened to traffic on Friday after repairs, the council said. | One lane of the Kell Street bridge will remain closed until June, the council said on Friday.
            closed on one day, reopened on the next | The Kell Street bridge reopened to traffic on Saturday after repairs, the council said. | The Kell Street bridge remains closed on Friday while repairs go on, the council said.
            another place closed             | The Kell Street bridge reopened to traffic on Friday after repairs, the council said. | The Orrin ferry terminal will remain closed until June, the port said on Friday.
            one article tells both           | The Kell Street bridge reopened to traffic on Friday after repairs, the council said. | The Kell Street bridge reopened on Friday. One lane of it will stay shut until June.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "open or closed"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            reopened against still closed     | The Kell Street bridge reopened to traffic on Friday after repairs, the council said. | The council said on Friday that the Kell Street bridge would remain closed until the end of the month.
            reopened against not reopening    | Repairs are done and the Kell Street bridge has reopened, the council said. | Engineers warned that the Kell Street bridge will not reopen until June.
            """)
    void openAgainstClosedIsReported(String why, String a, String b) throws Exception {
        assertEquals("open or closed", RuleCases.topics(a, b, "open or closed"), why);
    }
}
