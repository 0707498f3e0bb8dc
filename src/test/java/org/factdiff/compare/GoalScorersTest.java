package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link GoalScorers}: one goal given two scorers. Each look-alike stands beside a real conflict
 * of the same shape. Written for this test; no article's text.
 */
class GoalScorersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one scorer told two ways          | Orrel Town beat Kell Rovers 2-1 on Sunday. Striker Ada Fell scored the winner in the 88th minute. | An 88th-minute header from Ada Fell gave Orrel Town a 2-1 win over Kell Rovers on Sunday.
            two goals, two minutes            | Orrel Town beat Kell Rovers 2-1 on Sunday. Striker Ada Fell scored the winner in the 88th minute. | Ivo Marn's 12th-minute penalty put Orrel Town ahead against Kell Rovers on Sunday.
            a cross, and the header from another | Orrel Town beat Kell Rovers 2-1 on Sunday. Striker Ada Fell scored the winner in the 88th minute. | Ivo Marn crossed for Ada Fell to head home in the 88th minute and give Orrel Town a 2-1 win over Kell Rovers on Sunday.
            one article, two scorers of a minute | Orrel Town beat Kell Rovers 2-1 on Sunday. Striker Ada Fell scored the winner in the 88th minute. | An 88th-minute header from Ivo Marn, after Ada Fell's 88th-minute shot was blocked, won it for Orrel Town on Sunday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "scorer of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a scorer and a header from another | Orrel Town beat Kell Rovers 2-1 on Sunday. Striker Ada Fell scored the winner in the 88th minute. | An 88th-minute header from defender Ivo Marn gave Orrel Town a 2-1 win over Kell Rovers on Sunday.
            a scorer, and one who rose to head home | Orrel Town beat Kell Rovers 2-1 on Sunday. Striker Ada Fell scored the winner in the 88th minute. | Defender Ivo Marn rose highest to head home a corner in the 88th minute as Orrel Town beat Kell Rovers 2-1 on Sunday.
            two possessive goals              | Ada Fell's 88th-minute strike gave Orrel Town a 2-1 win over Kell Rovers on Sunday. | Ivo Marn's 88th-minute goal gave Orrel Town a 2-1 win over Kell Rovers on Sunday.
            """)
    void twoScorersAreReported(String why, String a, String b) throws Exception {
        assertEquals("scorer of the goal in minute 88", RuleCases.topics(a, b, "scorer of"), why);
    }

    /** A match won by one goal has one scorer, whatever minute each article gives, or none. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            true  | the one goal, a minute in one article only | Orrel Town beat Kell Rovers 1-0 on Sunday thanks to a second-half header from defender Ivo Marn. | A 64th-minute header from striker Ada Fell gave Orrel Town a 1-0 win over Kell Rovers on Sunday.
            false | the one goal, told two ways               | Orrel Town beat Kell Rovers 1-0 on Sunday thanks to a second-half header from defender Ivo Marn. | A 64th-minute header from Ivo Marn gave Orrel Town a 1-0 win over Kell Rovers on Sunday.
            false | a match of three goals, no minutes         | Orrel Town beat Kell Rovers 2-1 on Sunday thanks to a second-half header from defender Ivo Marn. | A header from striker Ada Fell helped Orrel Town to a 2-1 win over Kell Rovers on Sunday.
            false | the one goal, and the visitors who scored none | Orrel Town beat Kell Rovers 1-0 on Sunday with a header from Ivo Marn. The visitors struck the post twice. | Ivo Marn scored the only goal as Orrel Town beat Kell Rovers 1-0 on Sunday.
            """)
    void theOneGoalOfAMatch(boolean reported, String why, String a, String b) throws Exception {
        assertEquals(reported ? "scorer of the only goal" : "", RuleCases.topics(a, b, "scorer of"), why);
    }

    /** The goal that won a match has one scorer, however each article tells it. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            true  | the winner, two scorers        | A late header from defender Ivo Marn gave Orrel Town a 2-1 win over Kell Rovers on Saturday. | Orrel Town beat Kell Rovers 2-1 on Saturday, with midfielder Ada Fell heading in the winner two minutes from time.
            false | the winner, one scorer         | A late header from defender Ivo Marn gave Orrel Town a 2-1 win over Kell Rovers on Saturday. | Orrel Town beat Kell Rovers 2-1 on Saturday, with defender Ivo Marn heading in the winner two minutes from time.
            false | the opener and the winner       | Ada Fell scored the opener for Orrel Town against Kell Rovers on Saturday. | Orrel Town beat Kell Rovers 2-1 on Saturday, with defender Ivo Marn heading in the winner two minutes from time.
            """)
    void theWinnerOfAMatch(boolean reported, String why, String a, String b) throws Exception {
        assertEquals(reported ? "scorer of the winner" : "", RuleCases.topics(a, b, "scorer of"), why);
    }
}
