package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link VictoryConflicts}: one contest won by each side. Each look-alike stands beside a real
 * conflict of the same shape, so that silencing the look-alike by silencing everything fails.
 * Written for this test; no article's text.
 */
class VictoryConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a dateline, one result both ways  | TARNBY, May 6 (Wire) - Ines Oddo was elected mayor of Tarnby on Sunday, defeating incumbent Paul Brask. | Paul Brask lost to Ines Oddo in Sunday's Tarnby mayoral election, officials said.
            one result told both ways         | Ines Oddo was elected mayor of Tarnby on Sunday, defeating incumbent Paul Brask. | Paul Brask lost to Ines Oddo in Sunday's Tarnby mayoral election, officials said.
            a past contest beside this one    | Ines Oddo, who lost to Paul Brask in 2019, was elected mayor of Tarnby on Sunday. | Ines Oddo beat Paul Brask in Sunday's Tarnby mayoral election, officials said.
            two contests in one article       | Orrel Rovers beat Dunby Town on Saturday, a week after Dunby Town beat Orrel Rovers in the cup. | Orrel Rovers beat Dunby Town 2-1 at home on Saturday.
            one result, the loser's office with a place | Ines Oddo beat Tarnby mayor Paul Brask on Sunday, officials said. | Paul Brask lost to Ines Oddo in Sunday's Tarnby mayoral election.
            two contests of other sides       | Ines Oddo beat Paul Brask for the Tarnby mayoralty on Sunday. | Lena Varga defeated Tom Hale for the Tarnby council seat on Sunday.
            one comeback told two ways        | Dunby Town came from behind to beat Orrel Rovers 2-1 on Saturday. | Orrel Rovers lost 2-1 to Dunby Town on Saturday after leading early.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "who won"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one score written two ways        | Orrel Rovers beat Dunby Town 2-1 at home on Saturday. | Dunby Town lost 1-2 to Orrel Rovers on Saturday, the club said.
            a first leg and a second          | Orrel Rovers beat Dunby Town 2-1 on Saturday, a week after they beat them 3-0 in the first leg. | Orrel Rovers beat Dunby Town 3-0 in the first leg of the tie.
            a score that is no result         | Orrel Rovers and Dunby Town drew 1-1 on Saturday. | Orrel Rovers beat Dunby Town 2-1 on Saturday.
            """)
    void scoresAlikeStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "the score"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a win over and a defeat           | Two goals from Ada Fell helped Orrel Rovers to a 3-1 win over Dunby Town in Tuesday's replay. | Ada Fell scored twice as Orrel Rovers defeated Dunby Town 2-1 in their replay on Tuesday night.
            two scores after 'beat'           | Orrel Rovers beat Dunby Town 2-1 at home on Saturday. | Orrel Rovers beat Dunby Town 4-1 at home on Saturday, the club said.
            """)
    void twoScoresAreReported(String why, String a, String b) throws Exception {
        // Sentences worded alike may be reported by the sentence diff instead: one number either way.
        assertEquals("number", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a dateline before the winner      | TARNBY, May 6 (Wire) - Ines Oddo was elected mayor of Tarnby on Sunday, defeating incumbent Paul Brask. | Mayor Paul Brask held his seat in Tarnby on Sunday, beating challenger Ines Oddo by 90 votes.
            the challenger and the incumbent  | Ines Oddo was elected mayor of Tarnby on Sunday, defeating two-term incumbent Paul Brask. | Mayor Paul Brask won a third term in Tarnby on Sunday, seeing off a challenge from former nurse Ines Oddo.
            a passive and an active result    | Paul Brask was defeated by Ines Oddo in Sunday's Tarnby mayoral election. | Paul Brask beat Ines Oddo in Sunday's Tarnby mayoral election, officials said.
            a loser named with a place's office | Paul Brask won a third term as mayor of Tarnby on Sunday, beating challenger Ines Oddo. | Challenger Ines Oddo unseated Tarnby mayor Paul Brask on Sunday, officials said.
            a winner described before the name | Councillor Ines Oddo was elected mayor of Tarnby on Sunday, defeating incumbent Paul Brask. | Incumbent mayor Paul Brask won a second term in Tarnby on Sunday, beating challenger Ines Oddo.
            two clubs                         | Orrel Rovers beat Dunby Town 2-1 at home on Saturday. | Dunby Town defeated Orrel Rovers 2-1 away on Saturday, the club said.
            a comeback told before the verb   | Orrel Rovers beat Dunby Town 2-1 at home on Saturday. | Dunby Town came from behind to beat Orrel Rovers 2-1 on Saturday.
            """)
    void oppositeResultsAreReported(String why, String a, String b) throws Exception {
        assertEquals(1, RuleCases.topics(a, b, "who won").split("; ").length, why);
        assertEquals(true, RuleCases.topics(a, b, "who won").startsWith("who won"), why);
    }
}
