package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ChangeDirections}: one change told as a rise and as a fall.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class ChangeDirectionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one rise in other words            | Quarterly revenue at Tollen Rail rose 8 percent, the company said on Tuesday. | Tollen Rail said on Tuesday its quarterly revenue climbed by 8%.
            the numbers of two animals         | The number of otters living along the Tull river rose by 9 percent in five years, a survey found. | A five-year survey along the Tull river found that heron numbers fell 9 percent.
            two things, two directions         | Quarterly revenue at Tollen Rail rose 8 percent, the company said on Tuesday. | Quarterly costs at Tollen Rail fell 8 percent, the company said on Tuesday.
            two sizes of change                | Quarterly revenue at Tollen Rail rose 8 percent, the company said on Tuesday. | Quarterly revenue at Tollen Rail fell 2 percent from the record set a year earlier, analysts said on Tuesday.
            a rise and a fall in one sentence  | Quarterly revenue at Tollen Rail rose 8 percent while its costs fell 3 percent, the company said. | Tollen Rail said its quarterly revenue fell by 3%.
            a change said to be possible       | Quarterly revenue at Tollen Rail rose 8 percent, the company said on Tuesday. | Analysts said Tollen Rail's quarterly revenue could fall 8 percent.
            a level reached, one way         | The unemployment rate in Corvale climbed to 5.2 percent in the second quarter, the bureau said. | Unemployment in Corvale rose to 5.2% in the second quarter, the bureau said.
            a level against a change's size  | The unemployment rate in Corvale climbed to 5.2 percent in the second quarter, the bureau said. | Unemployment in Corvale fell by 5.2 percent in the second quarter, the bureau said.
            a rise in one thing, a fall in another | Tollen Rail posted a 6 per cent rise in quarterly revenue, the company said. | Tollen Rail said quarterly costs fell 6 per cent.
            a risk higher for one group, lower for another | Night-shift nurses had a 15% higher risk of back pain, a Tollen study found. | A Tollen study found day-shift nurses had a 15% lower rate of back pain.
            a rise to come against a fall that was | The Tollen council will increase its parks budget by 3 percent next year, it said. | The Tollen council said its parks budget fell 3 percent this year.
            a cut to one budget, a rise in another | The Tollen council will increase its parks budget by 3 percent next year, it said. | The Tollen council will make a 3 percent cut to the roads budget next year, it said.
            one rate rise in points and a share of a point | The Bank of Tollen raised its key rate by 0.25 percentage points on Thursday. | On Thursday the Bank of Tollen raised its main interest rate by a quarter of a percentage point.
            a cut voted, a rise expected       | The Tollen council voted on Monday to cut its quarterly revenue target by 4 percent. | Tollen Rail's quarterly revenue is expected to rise 4 percent, analysts said on Monday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "direction of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a rise against a fall              | Quarterly revenue at Tollen Rail rose 8 percent, the company said on Tuesday. | Tollen Rail said on Tuesday that its quarterly revenue fell by 8%.
            a possessive and a short verb      | Quarterly revenue at Tollen Rail rose 8 percent, the company said on Tuesday. | Tollen Rail's quarterly revenue dropped 8 percent, the company said on Tuesday.
            against a year before, a possessive name the only one | Quarterly revenue from Tollen rose 8 percent compared with a year earlier, officials said. | Tollen's quarterly revenue fell 8 percent year on year, officials said.
            a noun of change with "in" against a verb | Tollen Rail posted a 6 per cent rise in quarterly revenue, the company said. | Tollen Rail said its quarterly revenue fell 6 per cent.
            a verb with its object against a cut "to" | Tollen Rail will increase its quarterly revenue by 6 per cent, the company said. | Tollen Rail will take a 6 per cent cut to its quarterly revenue, the company said.
            a rise approved against a cut voted, no determiner | The Tollen board approved a 4 per cent increase in quarterly revenue at a meeting on Monday. | The Tollen board voted on Monday to cut quarterly revenue by 4 per cent.
            """)
    void oppositeDirectionsAreReported(String why, String a, String b) throws Exception {
        assertEquals("direction of the change in revenue", RuleCases.topics(a, b, "direction of"), why);
    }

    /** A central bank's one rate, named "benchmark" or "main interest" rate, raised against cut; sizes in points. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a rise in a share of a point against a cut in points | The Bank of Tollen raised its main interest rate by a quarter of a percentage point on Thursday. | The Bank of Tollen cut its benchmark rate by 0.25 percentage points on Thursday.
            a rise in points against a cut in basis points | The Bank of Tollen raised its key rate by 0.25 percentage points on Thursday. | The Bank of Tollen lowered its policy rate by 25 basis points on Thursday.
            """)
    void aBanksRateMovedBothWaysIsReported(String why, String a, String b) throws Exception {
        assertEquals("direction of the change in rate", RuleCases.topics(a, b, "direction of"), why);
    }

    @org.junit.jupiter.api.Test
    void oneLevelReachedFromTwoDirections() throws Exception {
        assertEquals("direction of the change in unemployment", RuleCases.topics(
                "The unemployment rate in Corvale climbed to 5.2 percent in the second quarter, the bureau said.",
                "Unemployment in Corvale dropped to 5.2% in the second quarter, the bureau said.", "direction of"));
    }

    @org.junit.jupiter.api.Test
    void oneLevelNamedByItsSynonym() throws Exception {
        assertEquals("direction of the change in jobless", RuleCases.topics(
                "The jobless rate in Corvale climbed to 5.2 percent in the second quarter, the bureau said.",
                "Unemployment in Corvale dropped to 5.2% in the second quarter, the bureau said.", "direction of"));
    }

    @org.junit.jupiter.api.Test
    void oneThingNamedByItsSynonym() throws Exception {
        assertEquals("direction of the change in shares", RuleCases.topics(
                "Tollen Rail's shares fell 6 percent in trading on Tuesday after the announcement.",
                "The announcement on Tuesday sent Tollen Rail's stock up 6% in trading.", "direction of"));
    }

    /** A rise and a fall of one size are no agreement, in the figure's words or the sentence's; two rises are. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a rise and a fall      | Tollen's quarterly revenue fell 8 percent, officials said. | 0
            two rises, two verbs   | Tollen's quarterly revenue climbed 8 percent, officials said. | 1
            """)
    void agreementsKeepTheDirection(String why, String b, int agreements) throws Exception {
        Comparison c = ClaimsPipeline.compare(java.util.List.of(
                org.factdiff.Articles.of("a", "Quarterly revenue from Tollen rose 8 percent, officials said."),
                org.factdiff.Articles.of("b", b)));
        assertEquals(agreements, c.agreements().size(), why + ": " + c.agreements());
    }

    /** "The number of otters ... rose" and "otter numbers fell": one count, named by what it counts. */
    @Test
    void aRiskHigherAgainstLower() throws Exception {
        assertEquals("direction of the change in risk", RuleCases.topics(
                "Night-shift nurses had a 15% higher risk of back pain, a Tollen study found.",
                "A Tollen study found night-shift nurses had a 15% lower risk of back pain.", "direction of"));
    }

    @Test
    void aNumberOfThingsIsTheThings() throws Exception {
        assertEquals("direction of the change in otters", RuleCases.topics(
                "The number of otters living along the Tull river rose by 9 percent in five years, a survey found.",
                "A five-year survey along the Tull river found that otter numbers fell 9 percent.", "direction"));
    }
}
