package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NameSpellings}: a name spelled two ways, for one office or for one first name.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class NameSpellingsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two people with one office       | Mayor Ingrid Halvorsen ordered the old quarter evacuated on Friday. | Mayor Ingrid Hall of the next town sent buses on Friday.
            a letter doubled                 | Park warden Tessa Morell said the trail would stay shut on Sunday. | The trail stays shut on Sunday, said Tessa Morrell, a park warden.
            a unit and its plural            | The Harlan Fire Service sent four crews to the mill on Sunday. | Four crews of the Harlan Fire Services reached the mill on Sunday.
            one article with both spellings  | Park warden Tessa Morvane said the trail would stay shut. Her colleague Tessa Morvale said it would reopen. | Park warden Tessa Morvane said the trail would stay shut on Sunday.
            one rank, two people at two tasks | Sergeant Lena Abara closed the bridge to traffic before dawn on Monday. | Sergeant Lena Whitlow counted the stranded cars at the depot on Monday.
            one article names both surnames  | Paramedic Omar Dessel carried the child down the stairs on Monday. Paramedic Omar Brandt held the door. | Paramedic Omar Brandt held the door while the child was carried down the stairs on Monday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            entity | a name spelled two ways        | Mayor Ingrid Halvorsen ordered the old quarter evacuated on Friday. | The evacuation was ordered by Mayor Ingrid Halvorson on Friday.
            entity | one office and first name, two surnames, one act | Paramedic Omar Dessel carried the girl down a ladder from the burning flat on Monday, the brigade said. | The girl was brought down a ladder from the burning flat by paramedic Omar Pellegrin on Monday, according to the brigade.
            entity | a name with no office, spelled two ways | "The trail will stay shut," said Tessa Morvane, who runs the Kell valley reserve. | Tessa Morvale of the Kell valley reserve told reporters the trail would stay shut.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }
}
