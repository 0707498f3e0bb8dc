package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link WorkCreators}: one work credited to two makers. Each look-alike stands beside a real
 * conflict of the same shape. Written for this test; no article's text.
 */
class WorkCreatorsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one maker told two ways          | Thieves took a 1907 landscape by the painter Ada Brisk from the Orrin Museum overnight. | A 1907 painting by Ada Brisk was stolen from the Orrin Museum in an overnight raid.
            a pupil and her master            | Thieves took a 1907 landscape by the painter Ada Brisk from the Orrin Museum overnight. | A 1907 painting by Ivo Marsh, long thought to be by his pupil Ada Brisk, was stolen from the Orrin Museum.
            a film and the novel it adapts    | The festival opened with "Salt Roads", directed by Lena Holt. | The festival opened with "Salt Roads", a film based on the novel by Ivo Marsh.
            a search led, not a film made     | The film crew was rescued in a search directed by Chief Ivo Marsh on Sunday. | Rescuers led by Lena Holt found the film crew on Sunday.
            one director told two ways        | The festival opened with "Salt Roads", directed by Lena Holt. | "Salt Roads", a film by director Lena Holt, opened the festival.
            two works of an exhibition        | Thieves took a 1907 landscape by the painter Ada Brisk from the Orrin Museum overnight. | The Orrin museum show has a portrait by Ivo Marsh and a landscape by Ada Brisk; the landscape was stolen overnight.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "maker of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a painting credited to two painters | Thieves took a 1907 landscape by the painter Ada Brisk from the Orrin Museum overnight. | A 1907 painting by Ivo Marsh was stolen from the Orrin Museum in an overnight raid.
            a film given two directors          | The festival opened on Friday with "Salt Roads", directed by Lena Holt. | "Salt Roads", a film by director Ivo Marsh, opened the festival on Friday.
            a novel given two writers           | Orrin libraries pulled "Salt Roads", a novel written by Ada Brisk, from their shelves on Monday. | Orrin libraries pulled the novel "Salt Roads" by the poet Ivo Marsh from their shelves on Monday.
            """)
    void twoMakersAreReported(String why, String a, String b) throws Exception {
        assertEquals("maker of the work", RuleCases.topics(a, b, "maker of"), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            true  | two leaders of one study       | A reef off Kell Island survived three heatwaves, a study found. The research was led by marine biologist Dr. Ada Brisk of Orrin University. | A reef near Kell Island escaped bleaching, says a study led by marine biologist Dr. Ivo Marsh of Orrin University.
            false | one leader told two ways       | A reef off Kell Island survived three heatwaves, a study found. The research was led by marine biologist Dr. Ada Brisk of Orrin University. | A reef near Kell Island escaped bleaching, says a study led by Professor Ada Brisk of Orrin University.
            false | a leader and a co-author named | A reef off Kell Island survived three heatwaves, a study found. The research was led by Dr. Ada Brisk, with Ivo Marsh. | A reef near Kell Island escaped bleaching, says a study led by Dr. Ivo Marsh of Orrin University.
            """)
    void studyLeaders(boolean reported, String why, String a, String b) throws Exception {
        assertEquals(reported ? "leader of the study" : "", RuleCases.topics(a, b, "leader of"), why);
    }
}
