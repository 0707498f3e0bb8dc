package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RouteConflicts}: one journey given two routes. Each look-alike stands beside a real
 * conflict of the same shape, so that silencing the look-alike by silencing everything fails.
 * Written for this test; no article's text.
 */
class RouteConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one route, a station named        | The 06:15 service from Orrel to Dunby Central hit a fallen tree on Friday, the operator said. | A train travelling from Orrel to Dunby struck a fallen tree on Friday morning.
            a stop on the way                 | The coach from Tarrow to Kell overturned on the A40 on Sunday, police said. | The coach, which had called at Brannow on its way from Tarrow, overturned on the A40 near Kell on Sunday.
            a journey's two legs in one article | The ferry from Osk to Varn ran aground on Sunday. | The ferry, which had sailed from Tull to Osk earlier, ran aground on Sunday after leaving Osk for Varn.
            people's trips, not the vehicle's | The coach from Tarrow to Kell overturned on the A40 on Sunday, police said. | Fans who had come from Brannow to Kell for the match were among those hurt when the coach overturned on Sunday.
            one route, hyphened and told       | The Orrel-to-Dunby night train hit a fallen tree on Friday, the operator said. | A train travelling from Orrel to Dunby struck a fallen tree on Friday morning.
            a hyphened pairing that is no journey | The coach from Tarrow to Kell overturned on the A40 on Sunday, police said. | The Brannow-to-Kell rivalry was set aside as the coach overturned near Kell on Sunday.
            one route, an island named as one | A ferry sailing from Orrel to the island of Tull ran aground in fog on Monday. | The ferry from Orrel to Tull ran aground in heavy fog on Monday morning.
            one route, told end first         | The coach was returning to Kell from Tarrow when it overturned on the A40 on Sunday. | The coach from Tarrow to Kell overturned on the A40 on Sunday, police said.
            a range of days                   | The Tarrow to Kell line will be shut from Monday to Friday, the operator said. | The operator said the Tarrow to Kell line would be shut from Tuesday to Friday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, RouteConflicts.TOPIC), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two starts for one end            | The 06:15 service from Orrel to Dunby Central hit a fallen tree on Friday, the operator said. | A train travelling from Varnley to Dunby struck a fallen tree on Friday morning.
            the way reversed                  | The coach from Tarrow to Kell overturned on the A40 on Sunday, police said. | A coach heading from Kell into Tarrow overturned on the A40 on Sunday, police said.
            a hyphened route, another end     | The Orrel-to-Dunby night train hit a fallen tree on Friday, the operator said. | A train travelling from Orrel to Varnley struck a fallen tree on Friday morning.
            the way reversed, an island named as one | A ferry sailing from Orrel to the island of Tull ran aground in fog on Monday. | The ferry from Tull to Orrel ran aground in heavy fog on Monday morning.
            the way reversed, told end first  | The coach was returning to the town of Kell from the abbey of St. Bride at Tarrow when it overturned on Sunday. | The coach, on its way to the abbey of St. Bride at Tarrow from Kell, overturned on Sunday, police said.
            two ends for one start            | A plane flying from Osk to Brannow made an emergency landing on Sunday. | The flight from Osk to Tull made an emergency landing on Sunday, the airline said.
            """)
    void twoRoutesAreReported(String why, String a, String b) throws Exception {
        assertEquals(RouteConflicts.TOPIC, RuleCases.topics(a, b, RouteConflicts.TOPIC), why);
    }

    /** Many articles taking two sides on one journey give one finding, not one per pair. */
    @Test
    void oneFindingPerJourney() throws Exception {
        List<org.factdiff.ingest.Article> articles = List.of(
                Articles.of("a", "The coach from Tarrow to Kell overturned on the A40 on Sunday, police said."),
                Articles.of("b", "A coach travelling from Tarrow to Kell overturned on the A40 on Sunday."),
                Articles.of("c", "A coach heading from Kell to Tarrow overturned on the A40 on Sunday."),
                Articles.of("d", "The coach from Kell to Tarrow overturned on the A40 on Sunday, police said."));
        assertEquals(1, ClaimsPipeline.compare(articles).contradictions().stream()
                .filter(c -> c.topic().equals(RouteConflicts.TOPIC)).count());
    }
}
