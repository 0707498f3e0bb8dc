package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TenureStarts}: the year a named person took up a post. Each look-alike stands beside a
 * real conflict of the same shape, so that silencing the look-alike by silencing everything
 * fails. Written for this test; no article's text.
 */
class TenureStartsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one year, said two ways           | Orla Venn, who has chaired the Tarrow harbour board since 2016, resigned on Monday. | Orla Venn, the harbour board's chair since 2016, stepped down on Monday.
            a seat and the post led            | Mayor Ivo Brask, who has held the post since 2019, was re-elected on Sunday. | Ivo Brask, a councillor since 2011, was re-elected mayor of Kell on Sunday.
            where a person lived               | Ivo Brask has led the Kell council since 2019 and was re-elected on Sunday. | Ivo Brask, who has lived in Kell since 2004, was re-elected on Sunday.
            two people of one surname          | Orla Venn has led the Tarrow harbour board since 2016, the board said on Monday. | Mara Venn has led the Tarrow harbour board since 2012, the board said on Monday.
            two posts in one article           | Tomas Reyl has sat on the Dunby council since 2008 and has led it since 2017. | Tomas Reyl, who has led the Dunby council since 2017, was re-elected on Sunday.
            a seat and then the post led       | Ivo Brask, who was elected councillor in 2011, became mayor of Kell on Sunday. | Ivo Brask, who became mayor in 2019, was re-elected on Sunday.
            one start told as two acts         | Orla Venn, who became chair of the Tarrow harbour board in 2016, resigned on Monday. | Orla Venn, who took charge as the harbour board's chair in 2016, stepped down on Monday.
            a building's year                  | The Kell lido, which has been closed since 2019, will reopen, the council said. | The Kell lido, closed since 2016, will reopen next summer, the council said.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, TenureStarts.TOPIC), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            led the body since two years | Ines Halvard | Halvard, of the Coast League, has led the regional assembly since 2015. | Assembly leader Ines Halvard of the Coast League, who has led the region with a firm hand since 2011, is not stepping aside after the vote.
            an apposition and a clause   | Orla Venn    | Orla Venn, who has chaired the Tarrow harbour board since 2016, resigned on Monday. | Orla Venn, the harbour board's chair since 2013, stepped down on Monday.
            the post named by a title    | Ivo Brask    | Mayor Ivo Brask, who has held the post since 2019, was re-elected on Sunday. | Ivo Brask, mayor since 2015, was re-elected on Sunday.
            became and took charge as    | Orla Venn    | Orla Venn, who took charge as chair of the Tarrow harbour board in 2016, resigned on Monday. | Orla Venn, who became the harbour board's chair in 2019, stepped down on Monday.
            appointed against since      | Tomas Reyl   | Dunby police chief Tomas Reyl, who was appointed chief in 2018, retired on Friday. | Tomas Reyl, the Dunby police chief since 2020, retired on Friday.
            took office against since    | Tomas Reyl   | Dunby police chief Tomas Reyl, who took office in 2018, retired on Friday. | Tomas Reyl, the Dunby police chief since 2020, retired on Friday.
            """)
    void twoStartsAreReported(String why, String name, String a, String b) throws Exception {
        assertEquals(TenureStarts.TOPIC + " (" + name + ")", RuleCases.topics(a, b, TenureStarts.TOPIC), why);
    }
}
