package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pairs of sentences that look like a conflict and are none, each next to a real conflict of
 * the same shape, so that a rule that silences the look-alike by silencing everything fails.
 * Written for this test; no article's text.
 */
class LookAlikesTest {
    static String contradictions(String a, String b) throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(Articles.of("a", a), Articles.of("b", b)));
        StringBuilder s = new StringBuilder();
        c.contradictions().forEach(x -> s.append(x.kind().id()).append(' '));
        c.alteredQuotes().forEach(x -> s.append("quote "));
        return s.toString().strip();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a bound the other value respects | At least 20 climbers died in the avalanche on the northern slope. | Twenty-three climbers died in the avalanche on the northern slope.
            a range holding the estimate     | Between 200 and 300 fans gathered outside the stadium gates after the match. | About 250 fans gathered outside the stadium gates after the match.
            an approximation of the count    | Nearly 40 people were evacuated from the tower block on Friday night. | 38 people were evacuated from the tower block on Friday night.
            a distance in other units        | The ash cloud rose 12 km above the crater of the volcano. | The ash cloud rose 7 miles above the crater of the volcano.
            the ill against the dead         | Six guests fell ill after the wedding dinner, and two of them died, the hospital said. | Two guests died after the wedding dinner, the hospital said.
            a population against a toll      | Flooding killed 17 people in Karsa district, officials said on Monday. | Karsa district, home to some 900,000 people, was worst hit; 17 people died, officials said.
            a place and its region           | A storm flattened a grain barn in Millbrook on Sunday afternoon. | The storm flattened the grain barn in Millbrook, Vermont, on Sunday afternoon.
            a body and its initials          | Health officials at the Centers for Disease Control and Prevention warned shoppers on Friday. | Health officials at the CDC warned shoppers on Friday.
            counts that stood at other times | As of 4 p.m. Monday, 311 aftershocks had been recorded in the valley, officials said. | As of 7 p.m. Monday, 340 aftershocks had been recorded in the valley, officials said.
            none of one outcome, some of another | No one was killed when the roof of the depot collapsed, the owner said. | Two workers were injured when the roof of the depot collapsed, the owner said.
            a denial of something else       | Police did not say whether the driver of the lorry was charged. | The driver of the lorry was charged with dangerous driving, police said.
            a denial about someone else      | Police have not charged the cyclist who was hit, a spokesman said. | The lorry driver was charged with dangerous driving, police said.
            two people with one office       | Mayor Ingrid Halvorsen ordered the old quarter evacuated on Friday. | Mayor Ingrid Hall of the next town sent buses on Friday.
            a later day for something else   | The old dam collapsed on Wednesday, May 1, flooding the lower town. | Engineers inspected the old dam on Thursday, May 2, a day after it collapsed.
            a quotation's later sentences    | "The roof is gone. The walls are cracked from top to bottom," the owner said. | "The walls are cracked from top to bottom," the owner said.
            one spokeswoman, one agency      | "The car did not stop for ten miles," said Sgt. Dana Whitcombe, a spokeswoman for the county sheriff's office. | Sheriff's office spokeswoman Sgt. Dana Whitcombe said the car did not stop.
            an aftershock against the main shock | Later tremors in the valley included a magnitude-4.9, the seismology office said. | A magnitude 6.4 earthquake struck the valley, the seismology office said.
            one nationality against another  | The dead included four Austrians and two Danes, officials said after the hotel fire. | Two Danish citizens were among those killed in the hotel fire, the ministry said.
            a nationality's soldiers and its people | Four Austrians were among those killed in the hotel fire. | Two Austrian soldiers were killed in the hotel fire.
            a quotation cut off with the text | "Power lines fell across the valley and the pumps stopped for the whole night," the mayor said. | The mayor spoke at noon. He said: "Power lines fell across the valley and the pumps stopp
            homes destroyed against homes damaged | The flood destroyed 40 homes in the lower valley on Sunday. | The flood damaged 300 homes in the lower valley on Sunday.
            what a place holds against who came | The stadium, which holds 40,000 people, was sold out on Saturday. | About 25,000 people watched the final at the stadium on Saturday.
            a shorter excerpt of a quotation | "We will reopen the bridge as soon as the engineers say it is safe," the mayor said. | The mayor said the city would reopen it "as soon as the engineers say it is safe."
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", contradictions(a, b), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            number | two counts of the dead        | Two guests died after the wedding dinner, the hospital said. | Four guests died after the wedding dinner, the hospital said.
            number | a bound the other value breaks | More than 30 climbers died in the avalanche on the northern slope. | Twenty-three climbers died in the avalanche on the northern slope.
            number | a distance that does not convert | The ash cloud rose 12 km above the crater of the volcano. | The ash cloud rose 20 miles above the crater of the volcano.
            number | none against some               | No injuries were reported when the roof of the depot collapsed, the owner said. | Two workers were slightly injured as the depot roof came down.
            negation | charged and not charged        | Police have not charged the driver of the lorry, a spokesman said on Friday. | The driver of the lorry was charged with dangerous driving, police said.
            entity | a name spelled two ways        | Mayor Ingrid Halvorsen ordered the old quarter evacuated on Friday. | The evacuation was ordered by Mayor Ingrid Halvorson on Friday.
            date   | two days for the event           | The old dam collapsed on Wednesday, May 1, flooding the lower town. | Water poured into the lower town when the old dam gave way on Thursday, May 2.
            quote  | a quotation cut at its start, given whole | "We have never seen a flood like this in our lives," the mayor said. | "Never seen a flood like this in our lives," the mayor said.
            entity | one spokeswoman, two agencies  | "The car did not stop for ten miles," said Sgt. Dana Whitcombe, a spokeswoman for the county sheriff's office. | State highway patrol spokeswoman Sgt. Dana Whitcombe said the car did not stop.
            entity | another town                   | A storm flattened a grain barn in Millbrook on Sunday afternoon. | A storm flattened a grain barn in Ashford on Sunday afternoon.
            number | two sizes of the aftershocks  | Aftershocks in the valley ranged up to magnitude 3.2, the seismology office said. | Later tremors in the valley included a magnitude-4.9, the seismology office said.
            number | one nationality counted twice  | The dead included four Austrians, two Danes and a Canadian, officials said after the hotel fire. | Three Austrian citizens were among those killed in the hotel fire, the ministry said.
            quote  | a cut-off quotation in other words | "Power lines fell across the valley and the pumps stopped for the whole night," the mayor said. | The mayor spoke at noon. He said: "Power cables fell across the valley and the pumps stopp
            hedge  | damage called unknown, and counted | No information on damage in the lower valley was available on Sunday evening. | The flood destroyed 40 homes in the lower valley on Sunday.
            quote  | other words in the quotation   | "We will reopen the bridge as soon as the engineers say it is safe," the mayor said. | "We will reopen the bridge once the engineers say it is safe," the mayor said.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = contradictions(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }
}
