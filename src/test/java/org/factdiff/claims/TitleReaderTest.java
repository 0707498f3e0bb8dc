package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleReaderTest {
    /** Each title as "person = office [phrase]", joined by "; ". */
    static String titles(String sentence) {
        return new TitleReader().read(Tagged.sentence(sentence)).stream()
                .map(t -> t.person() + " = " + t.office() + " [" + t.phrase().text() + "]")
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Coroner Lena Vos signed the report on the drowning.          | `lena vos = coroner [Coroner Lena Vos]`
            Water board chair Lena Vos signed the report on the leak.    | `lena vos = chair [chair Lena Vos]`
            The county fire chief, Omar Dale, ordered the evacuation.    | `omar dale = fire chief [The county fire chief, Omar Dale]`
            Omar Dale, the town's deputy mayor, ordered the evacuation.  | `omar dale = deputy mayor [Omar Dale, the town's deputy mayor]`
            Sen. Ruth Ames visited the flooded school on foot.           | `ruth ames = senator [Sen. Ruth Ames]`
            Retired Judge Ruth Ames visited the flooded school.          | ``
            Omar Dale, a spokesman for the mayor, declined to comment.   | ``
            Prime Minister Ruth Ames toured the flooded valley.          | `ruth ames = prime minister [Prime Minister Ruth Ames]`
            Ruth Ames, the prime minister, toured the flooded valley.    | `ruth ames = prime minister [Ruth Ames, the prime minister]`
            Omar Dale, head of Tarby Water, apologised to residents.     | ``
            Omar Dale, the head, met parents at Tarby Academy.           | `omar dale = head teacher [Omar Dale, the head]`
            Omar Dale, the agency's principal inspector, visited the site. | `omar dale = inspector [Omar Dale, the agency's principal inspector]`
            Omar Dale, the principal, met parents at Tarby Academy.      | `omar dale = head teacher [Omar Dale, the principal]`
            Tarby Town have named Omar Dale as head coach, the club said. | `omar dale = coach [Omar Dale as head coach]`
            Omar Dale has joined Tarby Town as assistant coach.          | `omar dale = assistant coach [Omar Dale has joined Tarby Town as assistant coach]`
            Omar Dale was appointed as the interim mayor on Monday.      | `omar dale = acting mayor [Omar Dale was appointed as the interim mayor]`
            Omar Dale replaced Ruth Ames as coach of Tarby Town.         | ``
            Omar Dale, who worked as a coach in Tarby, spoke to parents. | ``
            Omar Dale has joined Tarby Town as head of research.         | ``
            Omar Dale, Tarby Water's vice president, apologised to residents. | `omar dale = vice president [Omar Dale, Tarby Water's vice president]`
            Omar Dale, Tarby Foods' chief executive, apologised.          | `omar dale = chief executive [Omar Dale, Tarby Foods' chief executive]`
            Omar Dale, the director of the county museum, resigned.      | `omar dale = director [Omar Dale, the director]`
            Deputy director Omar Dale resigned from the county museum.   | `omar dale = deputy director [Deputy director Omar Dale]`
            """)
    void officesOfNamedPeople(String sentence, String expected) {
        assertEquals(expected, titles(sentence));
    }
}
