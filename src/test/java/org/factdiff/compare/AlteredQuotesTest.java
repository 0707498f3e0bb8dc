package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quotations given in other words: inside quotation marks the words must be the speaker's, so
 * a copy that rewords a quotation alters it; two reporters who each quote a speaker saying much
 * the same thing do not. Written for this test; no article's text.
 */
class AlteredQuotesTest {
    private static final String COPIED = "Crews worked through the night to reopen the coast road after the landslide, "
            + "the county said. The slide buried two parked vans and cut power to the harbour for six hours. "
            + "Geologists will inspect the cliff above the road on Monday morning before traffic returns. ";

    @Test
    void aCopyThatRewordsTheQuotationItCopiedAltersIt() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("wire", COPIED + "The county engineer said: \u201CBecause the drains were blocked and the "
                        + "rain did not stop, the whole slope gave way in under an hour.\u201D"),
                Articles.of("spun", COPIED + "The county engineer said: \u201CCompounded by blocked drains and "
                        + "unending rain, the entire slope collapsed in less than an hour.\u201D")), true);
        assertEquals(1, c.alteredQuotes().size(), c.alteredQuotes().toString());
        assertEquals(AlteredQuote.WORDS, c.alteredQuotes().get(0).change());
        assertTrue(c.agreements().stream().noneMatch(a -> a.statement().contains("slope")),
                "the reworded quotation is no agreement: " + c.agreements());
    }

    @Test
    void twoReportersQuotingOneSpeakerInTheirOwnArticlesAlterNothing() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The county engineer said: \u201CBecause the drains were blocked and the rain did "
                        + "not stop, the whole slope gave way in under an hour.\u201D"),
                Articles.of("b", "Speaking at the harbour, the county engineer said: \u201CWith blocked drains and "
                        + "that much rain, the slope collapsed in less than an hour.\u201D")), true);
        assertEquals(List.of(), c.alteredQuotes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one councillor, named two ways    | Councillor Ada Brisk, who led the opposition, said: "We are asking people to pay more for a town that gives them less." | "We are asking people to pay more for a town that gives them less," Brisk said during the debate.
            a transliterated place in the quotation | "The convoy near al-Tanf ignored every warning we gave," the colonel said. | "The convoy near At Tanf ignored every warning we gave," the colonel said.
            a name spelled two ways in the quotation | "Mayor Xiaoming told us to leave the valley at once," the farmer said. | "Mayor Xioming told us to leave the valley at once," the farmer said.
            one officer of a numbered union local, named two ways | "We built this line and we will not hand it over," Local 31 President Ada Brisk told the crowd. | "We built this line and we will not hand it over," Brisk told reporters outside the depot.
            a quotation's later sentences    | "The roof is gone. The walls are cracked from top to bottom," the owner said. | "The walls are cracked from top to bottom," the owner said.
            a quotation cut off with the text | "Power lines fell across the valley and the pumps stopped for the whole night," the mayor said. | The mayor spoke at noon. He said: "Power lines fell across the valley and the pumps stopp
            a shorter excerpt of a quotation | "We will reopen the bridge as soon as the engineers say it is safe," the mayor said. | The mayor said the city would reopen it "as soon as the engineers say it is safe."
            words left out where an ellipsis says so | "The river took the mill, the bakery and the old school in one night," the mayor said. | "The river took the mill ... in one night," the mayor said.
            a short quotation, two speakers    | The Tarn ferry sinking was "a national tragedy," Mayor Ada Brisk said on Monday at the harbour. | Police chief Ivo Marsh called the Tarn ferry sinking "a terrible tragedy" at the harbour on Monday.
            a short quotation told twice alike | The Tarn ferry sinking was "a national tragedy," the mayor said on Monday at the harbour. | The mayor called the Tarn ferry sinking "a national tragedy" at the harbour on Monday.
            a short quotation with a word twice | The Tarn ferry search went on "hour by hour," the coastguard said on Monday at the harbour. | The coastguard said the Tarn ferry search at the harbour went on "day by day" on Monday.
            two short quotations of two things | The Tarn ferry sinking was "a national tragedy," the mayor said on Monday. | The new bypass will be "a great relief" for the village, the council said.
            words left out, the ellipsis as one character | "Our crews were on the water before dawn and stayed out until every boat was in," the harbour master said. | "Our crews were on the water before dawn … until every boat was in," the harbour master said.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            attribution | one quotation, two councillors credited | Councillor Ada Brisk, who led the opposition, said: "We are asking people to pay more for a town that gives them less." | "We are asking people to pay more for a town that gives them less," Councillor Ivo Marsh said during the debate.
            attribution | one quotation, two officers of one numbered union local | "We built this line and we will not hand it over," Local 31 President Ada Brisk told the crowd. | "We built this line and we will not hand it over," Local 31 vice president Ivo Marsh told reporters outside the depot.
            quote  | a quotation cut at its start, given whole | "We have never seen a flood like this in our lives," the mayor said. | "Never seen a flood like this in our lives," the mayor said.
            quote  | a cut-off quotation in other words | "Power lines fell across the valley and the pumps stopped for the whole night," the mayor said. | The mayor spoke at noon. He said: "Power cables fell across the valley and the pumps stopp
            quote  | other words in the quotation   | "We will reopen the bridge as soon as the engineers say it is safe," the mayor said. | "We will reopen the bridge once the engineers say it is safe," the mayor said.
            quote  | an ellipsis, and other words beside it | "The river took the mill, the bakery and the old school in one night," the mayor said. | "The river took the mill ... in a single night," the mayor said.
            quote  | a short quotation with a word changed | The Tarn ferry sinking was "a preventable tragedy," the chair of the inquiry said on Monday. | The chair of the inquiry into the Tarn ferry sinking called it "an unavoidable tragedy" on Monday.
            quote  | an ellipsis, the pieces in another order | "The river took the mill, the bakery and the old school in one night," the mayor said. | "In one night ... the river took the mill," the mayor said.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }
}
