package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DecisionConflicts}: one proposal approved by one article and turned down by another.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class DecisionConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one approval told two ways        | Councillors in Dunby voted to approve the 30-home estate at Orrel Farm on Monday evening. | The 30-home estate at Orrel Farm was backed by Dunby councillors on Monday evening.
            two proposals, one passed, one not | The Dunby council approved the new swimming pool at Orrel Park on Monday. | The Dunby council rejected the car park extension at Orrel Park on Monday.
            one article gives both outcomes   | The Dunby council approved the budget on Monday and rejected an amendment to cut library hours. | Councillors in Dunby rejected the amendment to cut library hours but approved the budget on Monday.
            only a word for any proposal shared | The Dunby council approved the plan for a cycle lane on Monday. | The Dunby council threw out a plan to sell the Orrel allotments on Monday.
            a decision not made               | The Dunby council did not approve the Orrel cycle lane on Monday, deferring it to May. | The Dunby council rejected the Orrel cycle lane on Monday.
            came back, no decision            | The Dunby councillors came back to the chamber on Monday to discuss the Orrel cycle lane. | The Dunby council rejected the Orrel cycle lane on Monday.
            a refusal of no decision's kind   | A Dunby council spokesman refused to comment on the Orrel cycle lane on Monday. | The Dunby council approved the Orrel cycle lane on Monday, a spokesman said.
            a proposal named by its sentence, one way | Dunby council approved a proposal to ban cars from Orrel Street on Monday. | Cars will be banned from Orrel Street after Dunby council approved the proposal on Monday.
            one go-ahead told two ways            | The Dunby planning board gave the go-ahead on Monday for a 12-turbine wind farm on Orrel Moor. | A 12-turbine wind farm on Orrel Moor was approved by the Dunby planning board on Monday.
            two deals of two sums                 | The Orrel competition board approved the £40m merger of two Dunby bus firms on Monday. | The Orrel competition board blocked the £75m takeover of a Dunby rail firm on Monday.
            trains back, and trains stopped by a blockade | Dunby tram services were back on schedule on Friday, a day after the walkout. | Strikers blocked tracks and stopped Dunby tram services across the city on Thursday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, DecisionConflicts.TOPIC), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            approved against voted down        | Councillors in Dunby voted to approve the 30-home estate at Orrel Farm on Monday evening. | The plan for 30 homes at Orrel Farm was voted down by Dunby councillors on Monday evening.
            backed against rejected            | Dunby council backed plans for a 9,000-seat arena on the Orrel docks on Monday. | Councillors in Dunby rejected the proposal for an arena on the Orrel docks on Monday night.
            bail granted against refused       | The Dunby magistrate granted bail to Ivo Marsh on Monday. | Ivo Marsh was refused bail by the Dunby magistrate on Monday.
            a deal named by its sum, blocked          | The Orrel competition board approved the £40m merger of two Dunby bus firms on Monday. | The Orrel competition board blocked the proposed £40m tie-up of Dunby's two bus firms on Monday.
            a go-ahead against consent refused        | The Dunby planning board gave the go-ahead on Monday for a 12-turbine wind farm on Orrel Moor. | The Dunby planning board on Monday refused consent for the proposed 12-turbine wind farm on Orrel Moor.
            a proposal named by its sentence          | Dunby council rejected a proposal to ban cars from Orrel Street on Monday, voting 7-6 against. | Cars will be banned from Orrel Street after Dunby council narrowly approved the proposal on Monday.
            services backed, then blocked             | The Dunby transport board backed the plan to cut tram services on Thursday. | The Dunby transport board blocked the plan to cut tram services on Thursday.
            """)
    void oppositeDecisionsAreReported(String why, String a, String b) throws Exception {
        assertEquals(true, RuleCases.topics(a, b, DecisionConflicts.TOPIC).startsWith(DecisionConflicts.TOPIC), why);
    }

    /** A finding is named by the longest word its decisions share, as written: "libraries", not "hours". */
    @org.junit.jupiter.api.Test
    void aFindingIsNamedByItsLongestSharedWord() throws Exception {
        assertEquals(DecisionConflicts.TOPIC + "libraries", RuleCases.topics(
                "The Dunby council approved longer hours for the Orrel libraries on Monday.",
                "A plan for longer hours at Orrel libraries was voted down by the Dunby council on Monday.",
                DecisionConflicts.TOPIC));
    }
}
