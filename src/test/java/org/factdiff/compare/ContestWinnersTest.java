package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ContestWinners}: one contest given two winners. Each look-alike stands beside a real
 * conflict of the same shape, so that silencing the look-alike by silencing everything fails.
 * Written for this test; no article's text.
 */
class ContestWinnersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one winner told both ways        | Ada Volk won the third stage of the Tour of Harwick on Friday. | The third stage of the Tour of Harwick was won by Ada Volk on Friday, organisers said.
            two stages, two winners          | Ada Volk won the third stage of the Tour of Harwick on Friday. | Pia Marr won the fourth stage of the Tour of Harwick on Saturday.
            the men's and the women's races  | Tomas Reyn won the men's race at the Harwick marathon on Sunday. | Ada Volk won the women's race at the Harwick marathon on Sunday.
            a contest named by one word      | Tomas Reyn won the race on Sunday, organisers said. | Ada Volk won the race on Sunday, organisers said.
            an article naming two winners    | Ada Volk won the third stage of the Tour of Harwick on Friday. | Pia Marr won the third stage of the Tour of Harwick in 2023, and Ada Volk won the third stage of the Tour of Harwick this year.
            a winner declared, then overturned, told by the later article | A recount of Sunday's council election in Orby confirmed Ada Volk as the winner, the election office said. | Ada Volk won the Orby council election, the election office said. Pia Marr had been declared the winner on election night.
            two elections' winners declared  | A recount of Sunday's council election in Orby confirmed Ada Volk as the winner, the election office said. | Pia Marr was declared the winner of the mayoral election in Orby on Monday.
            a winner in another year         | Ada Volk won the third stage of the Tour of Harwick on Friday. | Pia Marr, who won the third stage of the Tour of Harwick last year, finished fifth on Friday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "who won the"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two winners of one stage         | Ada Volk won the third stage of the Tour of Harwick on Friday, attacking on the last climb. | Overall leader Pia Marr won the third stage of the Tour of Harwick on Friday, outsprinting Ada Volk.
            a winner confirmed by a recount  | A recount of Sunday's council election in Orby confirmed Ada Volk as the winner, the election office said. | Challenger Pia Marr won the Orby council election after a recount overturned the first result, the election office said.
            a winner declared in the passive | Ada Volk was declared the winner of the council election in Orby on Monday. | Pia Marr won the council election in Orby on Monday, officials said.
            a winner told in the passive     | The women's race at the Harwick marathon was won by Ada Volk on Sunday. | Pia Marr won the women's race at the Harwick marathon on Sunday, organisers said.
            """)
    void twoWinnersAreReported(String why, String a, String b) throws Exception {
        assertEquals(true, RuleCases.topics(a, b, "who won the").startsWith("who won the"), why);
    }
}
