package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NamedNationalities}: one named person given two nationalities. Each look-alike stands
 * beside a real conflict of the same shape. Written for this test; no article's text.
 */
class NamedNationalitiesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one country told two ways        | Kenyan runner Ivo Marsh won the Orrin marathon on Sunday in a course record. | Ivo Marsh of Kenya won Sunday's Orrin marathon in a course record.
            two runners of two countries     | Kenyan runner Ivo Marsh won the Orrin marathon on Sunday in a course record. | Ethiopia's Ada Brisk finished second in Sunday's Orrin marathon behind the course record.
            one article, a change of country | Kenyan runner Ivo Marsh won the Orrin marathon on Sunday in a course record. | Ivo Marsh, who ran for Ethiopia until 2022, is now a Kenyan athlete; he won the Orrin marathon on Sunday.
            a country's place, not the person | Kenyan runner Ivo Marsh won the Orrin marathon on Sunday in a course record. | Ivo Marsh won Sunday's Orrin marathon, held in the hills of Tanzania, in a course record.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "nationality of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an adjective and a country's possessive | Kenyan runner Ivo Marsh won the Orrin marathon on Sunday in a course record. | Ethiopia's Ivo Marsh set a course record to win Sunday's Orrin marathon.
            an apposition and "of" a country  | Ivo Marsh, a Kenyan runner, won the Orrin marathon on Sunday in a course record. | Ivo Marsh of Ethiopia won Sunday's Orrin marathon in a course record.
            """)
    void twoNationalitiesAreReported(String why, String a, String b) throws Exception {
        assertEquals("nationality of Ivo Marsh", RuleCases.topics(a, b, "nationality of"), why);
    }
}
