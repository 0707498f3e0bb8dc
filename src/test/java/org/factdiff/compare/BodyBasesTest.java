package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link BodyBases}: one named body based in two places.
 * Each look-alike stands beside a real conflict of the same shape. Written for this test; no article's text.
 */
class BodyBasesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one base told two ways             | The quarry is run by Tarn Stone Ltd, a unit of Orrel Holdings, based in Leeds. | Orrel Holdings, which is headquartered in Leeds, owns the Tarn quarry.
            an article naming both places      | The quarry is run by Tarn Stone Ltd, a unit of Orrel Holdings, based in Leeds. | Orrel Holdings is based in York and has a regional office in Leeds, which runs the Tarn quarry.
            two bodies, two bases              | The quarry is run by Tarn Stone Ltd, a unit of Orrel Holdings, based in Leeds. | The quarry's insurer, Brisk Mutual, is based in York.
            a body without a name              | The quarry is run by a firm based in Leeds, the council said. | The quarry is run by a company based in York, the council said.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "where "), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a parent based in two cities       | The quarry is run by Tarn Stone Ltd, a unit of Orrel Holdings, based in Leeds. | It is run by Tarn Stone Ltd, whose parent company, Orrel Holdings, is based in York.
            a firm with and without its Ltd    | Tarn Stone Ltd, which is headquartered in Leeds, runs the quarry. | The quarry's owner, Tarn Stone, is based in York, the council said.
            """)
    void twoBasesAreReported(String why, String a, String b) throws Exception {
        assertEquals(true, RuleCases.topics(a, b, "where ").startsWith("where "), why);
    }
}
