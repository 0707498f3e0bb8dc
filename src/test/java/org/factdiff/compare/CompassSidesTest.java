package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CompassSides}: one side of a place given as two compass points. Read with the sentence
 * encoder, as a real run has it, since only sentences that say the same thing are set against
 * each other. Written for this test; no article's text.
 */
class CompassSidesTest {
    private static String topics(String a, String b) throws Exception {
        return String.join("; ", ClaimsPipeline.compare(List.of(Articles.of("a", a), Articles.of("b", b)), true)
                .contradictions().stream().map(Contradiction::topic).filter(t -> t.startsWith("which ")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            neighbouring points            | Lava was pouring down the northern flank of Mount Orr on Monday, threatening the hamlet of Vell. | Lava poured down Mount Orr's north-eastern flank on Monday toward the hamlet of Vell, officials said.
            an article naming two flanks   | Lava poured down the southern flank of Mount Orr on Monday, while ash fell on farms on its northern flank. | Lava poured down Mount Orr's northern flank on Monday toward the hamlet of Vell, officials said.
            a place north of a town, and the event south of it | A magnitude 5.1 earthquake struck 30 km south of Tarvel on Monday night, the survey said. | The quake on Monday night was felt as far as Vell, a town north of Tarvel, the survey said.
            one point in two words         | A magnitude 5.1 earthquake struck 30 km south-west of Tarvel on Monday night, the survey said. | The magnitude 5.1 quake on Monday night was centred about 30 km southwest of Tarvel, the survey said.
            two things on two sides        | Lava was pouring down the southern flank of Mount Orr on Monday, threatening the hamlet of Vell. | The observatory on the northern slope of Mount Orr was closed to visitors for the rest of the season.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", topics(a, b), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two flanks of a volcano        | which flank | Lava was pouring down the southern flank of Mount Orr on Monday, threatening the hamlet of Vell. | Lava poured down Mount Orr's northern flank on Monday toward the hamlet of Vell, officials said.
            a flank and a slope            | which flank | Lava was pouring down the volcano's western flank on Monday, threatening the hamlet of Vell. | Lava was moving down the eastern slopes of Mount Orr toward the hamlet of Vell on Monday.
            an epicentre on two sides of a town | which side of Tarvel | A magnitude 5.1 earthquake struck 30 km north of Tarvel on Monday night, the survey said. | The magnitude 5.1 quake on Monday night was centred about 30 km south of Tarvel, according to the survey.
            two sides of a town            | which side  | A fire destroyed a timber warehouse on the east side of Tarby on Monday night, firefighters said. | Firefighters said a fire gutted a timber warehouse on the west side of Tarby on Monday night.
            """)
    void twoSidesAreReported(String why, String topic, String a, String b) throws Exception {
        assertEquals(topic, topics(a, b), why);
    }
}
