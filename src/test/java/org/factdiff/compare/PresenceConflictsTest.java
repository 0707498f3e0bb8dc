package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PresenceConflicts}: one person placed and not placed somewhere. Each look-alike stands
 * beside a real conflict of the same shape, so that silencing the look-alike by silencing
 * everything fails. Written for this test; no article's text.
 */
class PresenceConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one place told twice              | The skipper of the trawler Orla was on the bridge when she ran aground off Kell Point on Friday. | An inquiry heard on Monday that the skipper was on the bridge when the Orla grounded off Kell Point.
            two people, two places            | The skipper of the trawler Orla was on the bridge when she ran aground off Kell Point on Friday. | An inquiry heard on Monday that the cook was not on the bridge when the Orla grounded off Kell Point.
            one person, two places            | The skipper of the trawler Orla was on the bridge when she ran aground off Kell Point on Friday. | An inquiry heard on Monday that the skipper was not in the galley when the Orla grounded off Kell Point.
            a hedged denial                   | The skipper of the trawler Orla was on the bridge when she ran aground off Kell Point on Friday. | An inquiry heard on Monday that the skipper may not have been on the bridge when the Orla grounded.
            an article that says both         | The skipper of the trawler Orla was on the bridge when she ran aground off Kell Point. | The inquiry heard the skipper was not on the bridge at first; later the skipper was on the bridge when the Orla grounded off Kell Point.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "whether"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            on the bridge and not             | The skipper of the trawler Orla was on the bridge when she ran aground off Kell Point on Friday. | An inquiry heard on Monday that the skipper was not on the bridge when the Orla grounded off Kell Point.
            aboard and never aboard           | Police said the owner of the yacht Tern was aboard when it sank in Kell harbour on Friday. | The owner of the yacht Tern was never aboard the boat when it sank in Kell harbour on Friday, his lawyer said.
            """)
    void oppositePlacingsAreReported(String why, String a, String b) throws Exception {
        assertEquals(true, RuleCases.topics(a, b, "whether").startsWith("whether the"), why);
    }
}
