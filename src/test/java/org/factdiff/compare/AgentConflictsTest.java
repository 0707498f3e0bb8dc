package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link AgentConflicts}: one act credited to two kinds of doer. Each look-alike stands beside
 * a real conflict of the same shape, so that silencing the look-alike by silencing everything
 * fails. Written for this test; no article's text.
 */
class AgentConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one doer, passive and active      | A man who robbed a bakery in Tull was arrested by railway police near the station on Friday. | Railway police arrested the man who robbed a Tull bakery near the station on Friday.
            two acts, two doers               | A shop worker pinned the robber to the floor of the Tull bakery on Friday, witnesses said. | Police arrested the robber of the Tull bakery on Friday after a struggle.
            a doer told generically           | The robber of the Tull bakery was shot by police officers on Friday, the force said. | Officers shot the robber of the Tull bakery on Friday, the force said.
            one article names both doers      | A shop worker tackled the robber and railway police arrested him at the Tull bakery on Friday. | Railway police arrested the robber at the Tull bakery on Friday, the force said.
            the source of the report          | A shopkeeper chased the robber out of the Tull bakery on Friday, police said. | The robber was chased out of the Tull bakery on Friday by a shopkeeper, police said.
            a doer named after its noun       | Lifeguard Ana Rell pulled a boy from the surf at Tull Sands on Sunday, the council said. | A boy was pulled from the surf at Tull Sands on Sunday by a lifeguard, the council said.
            one doer of two verbs, one act named two ways | A lifeguard swam out from Tull Sands and pulled a boy from the surf on Sunday, the council said. | A boy was rescued from the surf off Tull Sands on Sunday by a lifeguard, the council said.
            a police officer and a trooper    | The robber of the Tull bakery was shot by a police officer on Friday, the force said. | A state trooper shot the robber of the Tull bakery on Friday, the force said.
            a passer-by and a neighbour       | A boy who fell into the Tull canal on Sunday was rescued by a passer-by, the fire service said. | A boy who fell into the Tull canal on Sunday was rescued by a neighbour, the fire service said.
            an owner told as a shop worker    | The owner of the Tull pharmacy, Rita Sand, wrestled the robber to the floor on Monday, police said. | The robber was tackled by a pharmacy worker in Tull on Monday, police said.
            the man whom the police shot      | The man who police shot at the Tull bakery on Friday had robbed it. | Officers shot the man at the Tull bakery on Friday after he robbed it.
            one crew named two ways           | Two kayakers were rescued off Tull Head on Sunday by the crew of the Tull lifeboat, the coastguard said. | The Tull lifeboat crew hauled two kayakers from the sea off Tull Head on Sunday.
            one arrested man named two ways   | A security guard at the Tull gallery was arrested on Saturday over the theft of a painting, police said. | Police arrested a guard employed at the Tull gallery on Saturday over the painting's theft.
            the doer after who told it        | The Tull ambulance service said its crews treated nine swimmers at the harbour on Sunday. | Paramedics treated nine swimmers at the Tull harbour on Sunday, the ambulance service said.
            the doer after 'said that'        | The coastguard said that volunteers rescued two kayakers off Tull Head on Sunday. | Lifeboat volunteers rescued two kayakers off Tull Head on Sunday.
            an arrest of a doer of another act | A security guard at the Tull gallery was arrested on Saturday after a cleaner reported the theft of a painting. | A cleaner reported the theft of a painting from the Tull gallery; police arrested a security guard on Saturday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "who did it"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a passive doer and an active one  | The robber of the Tull bakery was shot and wounded by an off-duty soldier on Friday, police said. | A security guard at the Tull bakery shot and wounded the robber on Friday, police said.
            two active doers of one kind word | Coast guard officers arrested the captain of the trawler Mira off Tull Head on Monday, the ministry said. | Customs officers arrested the captain of the trawler Mira off Tull Head on Monday.
            a doer of two verbs, one act named two ways | A lifeguard swam out from Tull Sands and pulled a boy from the surf on Sunday, the council said. | A boy was rescued from the surf off Tull Sands on Sunday by a passing surfer, the council said.
            an owner and a customer, two verbs of one act | The robbery at the Tull pharmacy ended on Monday when the owner, Rita Sand, wrestled the man to the floor, police said. | The man who tried to rob the Tull pharmacy on Monday was tackled by a customer, Ivo Dane, according to police.
            two rescuers after 'by'           | A boy who fell into the Tull canal on Sunday was rescued by a passer-by, the fire service said. | A boy who fell into the Tull canal on Sunday was rescued by firefighters, the fire service said.
            two crews after 'by' and before the verb | Two kayakers were rescued off Tull Head on Sunday by the crew of the Tull lifeboat, the coastguard said. | The crew of a passing fishing trawler hauled two kayakers from the sea off Tull Head on Sunday.
            """)
    void twoDoersAreReported(String why, String a, String b) throws Exception {
        assertEquals("who did it", RuleCases.topics(a, b, "who did it"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            arrested, in the passive and the active | A security guard at the Tull gallery was arrested on Saturday over the theft of a painting, police said. | Police said on Saturday they had arrested a cleaner employed at the Tull gallery over the painting's theft.
            rescued, both in the passive       | A swimmer was rescued from the surf at Tull Sands on Sunday, the council said. | A surfer was rescued from the surf at Tull Sands on Sunday by a lifeguard, the council said.
            """)
    void twoPeopleTheActWasDoneToAreReported(String why, String a, String b) throws Exception {
        assertEquals(true, RuleCases.topics(a, b, "who was ").startsWith("who was "), why);
    }
}
