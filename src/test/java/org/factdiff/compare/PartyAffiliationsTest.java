package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PartyAffiliations}: one candidate given two parties. Each look-alike stands beside a
 * real conflict of the same shape. Written for this test; no article's text.
 */
class PartyAffiliationsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one party told two ways          | The Green Harbour Alliance on Monday named retired teacher Ona Pell as its candidate for the Kessel seat. | Ona Pell, the Green Harbour Alliance candidate, said schools would be her priority in Kessel.
            two candidates, two parties      | The Green Harbour Alliance on Monday named retired teacher Ona Pell as its candidate for the Kessel seat. | Tomas Reyl will stand for the Farmers' League in the Kessel by-election, the league said.
            a party left for another         | Ona Pell will stand for the Farmers' League in the Kessel by-election. | Ona Pell, who left the Green Harbour Alliance last year, will stand for the Farmers' League in Kessel.
            one article, a move told         | Ona Pell will stand for the Farmers' League in the Kessel by-election. | Ona Pell quit the Green Harbour Alliance in May; she will stand for the Farmers' League in Kessel.
            a party named beside a person    | Ona Pell will stand for the Farmers' League in the Kessel by-election. | Ona Pell will face the Green Harbour Alliance candidate, Ivo Marn, in the Kessel by-election.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "party of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            named by one, standing for another | The Green Harbour Alliance on Monday named retired teacher Ona Pell as its candidate for the Kessel seat. | Ona Pell, a retired teacher, will stand for the opposition Farmers' League in the Kessel by-election.
            a candidate before and after the name | Green Harbour Alliance candidate Ona Pell said schools would be her priority in Kessel. | Ona Pell, the Farmers' League candidate, said schools would be her priority in Kessel.
            """)
    void twoPartiesAreReported(String why, String a, String b) throws Exception {
        assertEquals("party of Ona Pell", RuleCases.topics(a, b, "party of"), why);
    }
}
