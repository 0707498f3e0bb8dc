package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link OfficeHolders}: an office one person holds given to two people. Each look-alike
 * stands beside a real conflict of the same shape. Written for this test; no article's text.
 */
class OfficeHoldersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one chief told two ways           | Orrin Mills chief executive Ada Brisk announced 200 job cuts at the Tarnby plant on Monday. | Ada Brisk, chief executive of Orrin Mills, announced 200 job cuts at the Tarnby plant on Monday.
            two towns' mayors                 | Mayor Ivo Marsh said the flood swept through Tarnby on Monday, closing the bridge. | Orrin Mayor Lena Holt said the flood swept through Tarnby on Monday, closing the bridge.
            a chief and the one she replaced  | Orrin Mills chief executive Ada Brisk, who replaced Ivo Marsh in March, announced 200 job cuts at the Tarnby plant. | Orrin Mills will cut 200 jobs at the Tarnby plant, chief executive Ivo Marsh told staff.
            two firms' chiefs                 | Orrin Mills chief executive Ada Brisk said the Tarnby merger would cost 200 jobs; Tarnby Foods' boss, Ivo Marsh, agreed. | Chief executive Ivo Marsh said the Tarnby merger would cost 200 jobs at the two firms.
            a chief and her deputy            | Orrin Mills chief executive Ada Brisk announced 200 job cuts at the Tarnby plant on Monday. | Orrin Mills deputy chief executive Ivo Marsh announced 200 job cuts at the Tarnby plant on Monday.
            one chief's name spelled two ways | Orrin Mills chief executive Ada Brisk announced 200 job cuts at the Tarnby plant on Monday. | Orrin Mills chief executive Ada Brisck announced 200 job cuts at the Tarnby plant on Monday.
            a chief in a year past           | Orrin Mills chief executive Ada Brisk announced 200 job cuts at the Tarnby plant on Monday. | Orrin Mills, whose chief executive Ivo Marsh opened the Tarnby plant in 2009, will cut 200 jobs there.
            two portfolios' ministers          | Finance Minister Ivo Marsh said on Monday that the fuel tax would be frozen for a year. | Transport Minister Lena Holt said on Monday that the fuel tax would be frozen for a year.
            two governments' foreign ministers | Foreign Minister Ivo Marsh said the talks in Tarnby on Monday had been useful. | Orrinese Foreign Minister Lena Holt said the talks in Tarnby on Monday had been useful.
            two counties' sheriffs, unnamed bodies | Sheriff Ivo Marsh said the flood swept through Tarnby on Monday, closing the bridge. | Sheriff Lena Holt said the flood swept through Tarnby on Monday, closing the bridge.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "holder of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a firm's chief, one body unnamed  | Orrin Mills will cut 200 jobs at the Tarnby plant, chief executive Ivo Marsh told staff on Monday. | Orrin Mills chief executive Ada Brisk announced 200 job cuts at the Tarnby plant on Monday. | holder of the office of chief executive of Orrin Mills
            a council's president, one voting no | The Tarnby council voted 6-3 on Monday to approve the pool plan, with Council President Ada Brisk and Councilwoman Lena Holt voting no. | The Tarnby council voted 6-3 on Monday to approve the pool plan. Council President Lena Holt, who voted no, called it rushed. | holder of the office of president of Council
            a president, another occasion named | The Tarnby council voted 6-3 on Monday to approve the pool plan, with Council President Ada Brisk voting no. | The Tarnby council approved the pool plan on Monday. Council President Lena Holt said it was a better plan than the one of January. | holder of the office of president of Council
            a portfolio's minister             | Finance Minister Ivo Marsh said on Monday that the fuel tax would be frozen for a year. | The fuel tax freeze was announced on Monday by Finance Minister Lena Holt, who said drivers needed relief. | holder of the office of minister of Finance
            a hearing's judge                  | Judge Ada Brisk fined the Tarnby landlord £40,000 on Monday for failing to fit smoke alarms. | The Tarnby landlord was fined £40,000 on Monday for failing to fit smoke alarms, with Judge Lena Holt saying tenants had been at risk. | holder of the office of judge
            """)
    void realConflictsAreReported(String why, String a, String b, String topic) throws Exception {
        assertEquals(topic, RuleCases.topics(a, b, "holder of"), why);
    }
}
