package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link VoteChoices}: one member's vote told both ways. Each look-alike stands beside a real
 * conflict of the same shape. Written for this test; no article's text.
 */
class VoteChoicesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            true  | a yes and a vote against       | The Tarnby council approved the pool plan 5-4 on Monday. Councillor Ada Brisk, whose ward holds the pool, voted yes. | The Tarnby council backed the pool plan 5-4 on Monday, with Ada Brisk, a councillor who voted against the plan, calling it rushed.
            false | a no and a vote against         | The Tarnby council approved the pool plan 5-4 on Monday. Councillor Ada Brisk, whose ward holds the pool, voted no. | The Tarnby council backed the pool plan 5-4 on Monday, with Ada Brisk, a councillor who voted against the plan, calling it rushed.
            false | two members, two votes          | The Tarnby council approved the pool plan 5-4 on Monday. Councillor Ada Brisk, whose ward holds the pool, voted yes. | The Tarnby council backed the pool plan 5-4 on Monday, with Ivo Marsh, a councillor who voted against the plan, calling it rushed.
            false | a vote for a candidate          | The Tarnby council chose its new leader on Monday. Councillor Ada Brisk voted for Ivo Marsh. | The Tarnby council chose its new leader on Monday, with Ada Brisk, a councillor who voted against the plan to delay.
            false | two readings in one article     | Ada Brisk voted for the pool plan at its first reading, but Ada Brisk voted against it on Monday. | The Tarnby council backed the pool plan on Monday; Ada Brisk voted against it.
            """)
    void aMembersVote(boolean reported, String why, String a, String b) throws Exception {
        assertEquals(reported ? "how Ada Brisk voted" : "", RuleCases.topics(a, b, "how "), why);
    }
}
