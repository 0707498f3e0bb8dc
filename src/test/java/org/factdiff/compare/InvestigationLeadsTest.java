package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link InvestigationLeads}: one investigation given two leads. Each look-alike stands beside
 * a real conflict of the same shape. Written for this test; no article's text.
 */
class InvestigationLeadsTest {
    private static final String TOPIC = "who leads the investigation";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one body told two ways         | Fire broke out at the Orrin grain store on Monday. Orrin police are leading the investigation, the mayor said. | The Orrin grain store burned on Monday. The investigation is being led by the police in Orrin, the mayor said.
            two kinds of investigation     | Fire broke out at the Orrin grain store on Monday. The fire service is leading the safety investigation, the mayor said. | The Orrin grain store burned on Monday. Orrin police are leading the criminal investigation, the mayor said.
            an article naming both bodies  | Fire broke out at the Orrin grain store on Monday. Orrin police are leading the investigation, helped by the fire service. | The Orrin grain store burned on Monday. The investigation is being led by the fire service, the mayor said.
            a body that only helps         | Fire broke out at the Orrin grain store on Monday. Orrin police are leading the investigation, the mayor said. | The Orrin grain store burned on Monday. The fire service is assisting with the investigation, the mayor said.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, TOPIC), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            leading, and led by            | Fire broke out at the Orrin grain store on Monday. Orrin police are leading the investigation, the mayor said. | The Orrin grain store burned on Monday. The investigation is being led by the fire service, the mayor said.
            told after a reporting verb    | Fire broke out at the Orrin grain store on Monday. The mayor said the county sheriff's office is leading the inquiry. | The Orrin grain store burned on Monday. The inquiry, led by the state fire marshal, will take weeks.
            taken over                     | Fire broke out at the Orrin grain store on Monday. The national crime agency has taken over the investigation. | The Orrin grain store burned on Monday. Detectives from Orrin police lead the investigation, the mayor said.
            """)
    void twoLeadsAreReported(String why, String a, String b) throws Exception {
        assertEquals(TOPIC, RuleCases.topics(a, b, TOPIC), why);
    }
}
