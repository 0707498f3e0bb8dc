package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ScoreConflicts}: one match given two results. Each look-alike stands beside a real
 * conflict of the same shape, so that silencing the look-alike by silencing everything fails.
 * Written for this test; no article's text.
 */
class ScoreConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one score from each side          | Tarnby United beat Orrin Town 2-1 in the Kell Cup on Saturday. | Orrin Town slipped to a 1-2 defeat against Tarnby United in the Kell Cup on Saturday.
            a half-time lead and the result   | Tarnby United led Orrin Town 1-0 at half-time in the Kell Cup on Saturday. | Tarnby United won a 3-1 victory over Orrin Town in the Kell Cup on Saturday.
            a vote's tally                    | The Kell council voted 7-2 on Monday to back the Orrin stadium plan. | The Kell council backed the Orrin stadium plan on Monday by five votes to four.
            two matches of one club           | Tarnby United beat Orrin Town 2-1 in the Kell Cup on Saturday. | Tarnby United lost 0-3 to Dunby Rovers in the league on Tuesday.
            one margin told in words and figures | The Kell Falcons beat the Orrin Stags by six wickets at Tarn Oval on Sunday. | The Orrin Stags lost to the Kell Falcons by 6 wickets at Tarn Oval on Sunday.
            one score after "to win" and "beat the" | The Selby Hawks came from behind to win 28-20 at Penn Park on Sunday. | Selby beat the Hawks' old rivals the Dunmore Bulls 28-20 at Penn Park on Sunday.
            one score, a word of the cup between | Tarnby United beat Orrin Town 2-1 in the Kell Cup on Saturday. | A late goal gave Tarnby United a 2-1 cup win over Orrin Town in the Kell Cup on Saturday.
            a score, then a win in its own clause | Tarnby United led Orrin Town 1-0 at the break in the Kell Cup on Saturday. | Tarnby United beat Orrin Town 3-1 in the Kell Cup on Saturday, their first win of the season.
            a first leg's result beside the second's | Tarnby United drew 1-1 with Orrin Town in the Kell Cup on Saturday and went through on aggregate. | Orrin Town could not overturn the 2-0 defeat they suffered against Tarnby United in the first leg of the Kell Cup.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, ScoreConflicts.TOPIC), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a win and a victory by other scores | Tarnby United reached the Kell Cup final on Saturday with a 3-2 win over Orrin Town. | A late header gave Tarnby United a 2-1 victory over Orrin Town and a place in the Kell Cup final.
            a beating against a defeat        | Tarnby United beat Orrin Town 4-0 in the Kell Cup on Saturday. | Orrin Town slipped to a 3-0 defeat against Tarnby United in the Kell Cup on Saturday.
            "to win" against "beat the"       | The Selby Hawks came from behind to win 28-20 at Penn Park on Sunday. | Selby beat the Dunmore Bulls 28-16 at Penn Park on Sunday despite a late rally.
            two margins in wickets            | The Kell Falcons beat the Orrin Stags by six wickets at Tarn Oval on Sunday. | The Orrin Stags went down by four wickets to the Kell Falcons at Tarn Oval on Sunday.
            a word of what was won between   | Tarnby United beat Orrin Town 4-1 in the Kell Cup on Saturday. | Tarnby United earned a 2-1 home cup victory over Orrin Town in the Kell Cup on Saturday.
            """)
    void twoResultsAreReported(String why, String a, String b) throws Exception {
        assertEquals(ScoreConflicts.TOPIC, RuleCases.topics(a, b, ScoreConflicts.TOPIC), why);
    }

    /** Many articles taking two sides on one match give one finding, not one per pair. */
    @Test
    void oneFindingPerMatch() throws Exception {
        List<org.factdiff.ingest.Article> articles = List.of(
                Articles.of("a", "Tarnby United beat Orrin Town 2-1 in the Kell Cup on Saturday."),
                Articles.of("b", "Tarnby United beat Orrin Town 2-1 in the Kell Cup on Saturday, with a late goal."),
                Articles.of("c", "Orrin Town lost 3-1 to Tarnby United in the Kell Cup on Saturday."),
                Articles.of("d", "Orrin Town suffered a 3-1 defeat by Tarnby United in the Kell Cup on Saturday."));
        assertEquals(1, ClaimsPipeline.compare(articles).contradictions().stream()
                .filter(c -> c.topic().equals(ScoreConflicts.TOPIC)).count());
    }
}
