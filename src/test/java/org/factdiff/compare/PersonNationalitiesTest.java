package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PersonNationalities}: one person given two nationalities, next to look-alikes of the
 * same shape. Written for this test; no article's text.
 */
class PersonNationalitiesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one nationality in two words     | A Danish cyclist, 34, died after a lorry hit him on the Arve bridge on Sunday, police said. | Police said the dead man, a Dane aged 34, was struck by a lorry on the Arve bridge on Sunday.
            one group in two words           | Two Danish cyclists were hurt when a lorry hit them on the Arve bridge on Sunday, police said. | Police said both Danish riders were injured by a lorry on the Arve bridge on Sunday.
            an article that names two people | A Danish cyclist died and a Swedish driver was arrested after the crash on the Arve bridge on Sunday. | Police arrested a Swedish driver after a cyclist died on the Arve bridge on Sunday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            entity | two nationalities of the dead man | A Danish cyclist, 34, died after a lorry hit him on the Arve bridge on Sunday, police said. | Police said a Norwegian man was killed when a lorry hit his bicycle on the Arve bridge on Sunday.
            entity | a peak named with a variant word   | A Polish skier died in an avalanche on Mt. Orvel on Tuesday, rescuers said. | Rescuers said a Czech skier was killed by an avalanche on Mount Orvel on Tuesday.
            entity | two nationalities of a group         | Two Danish cyclists were hurt when a lorry hit them on the Arve bridge on Sunday, police said. | Police said two Swedish riders were injured by a lorry on the Arve bridge on Sunday.
            entity | a national against an adjective    | An Irish hiker was hurt in a fall below the Skell ridge on Friday, rescuers said. | Rescuers said the injured walker, a Canadian national, slipped below the Skell ridge on Friday.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }
}
