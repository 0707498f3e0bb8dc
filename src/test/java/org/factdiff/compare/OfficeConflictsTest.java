package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link OfficeConflicts}: one person given two offices, the portfolio written before the office
 * included. Each look-alike stands beside a real conflict of the same shape, so that silencing
 * the look-alike by silencing everything fails. Written for this test; no article's text.
 */
class OfficeConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an office with and without its portfolio | Transport Minister Olle Varga opened the Tarn bridge on Friday. | Minister Olle Varga opened the Tarn bridge on Friday, his office said.
            a portfolio and a wider one              | State Transport Minister Olle Varga opened the Tarn bridge on Friday. | Transport Minister Olle Varga opened the Tarn bridge on Friday.
            a rank before the office                 | Deputy Minister Olle Varga opened the Tarn bridge on Friday. | On Friday Deputy Minister Olle Varga opened the Tarn bridge.
            a director who is chief executive too    | Olle Varga, the director of Orrin Foods, said the bakery would reopen on Monday. | Olle Varga, Orrin Foods' chief executive, said on Friday that the bakery would reopen on Monday.
            a nationality before the office          | Swedish Minister Olle Varga opened the Tarn bridge on Friday. | Minister Olle Varga opened the Tarn bridge on Friday.
            a ministry and the deputy premiership    | Transport Minister Olle Varga opened the Tarn bridge on Friday. | Olle Varga, the deputy prime minister, opened the Tarn bridge on Friday.
            a firm's chief executive and its president | Ada Rell, chief executive of the bakery chain Orrin Foods, resigned on Monday. | Ada Rell, Orrin Foods' president, resigned on Monday, the company said.
            a chief information officer as CIO       | Olle Varga, the clinic's chief information officer, said the servers were restored on Friday. | The clinic's CIO, Olle Varga, said on Friday that the servers were back.
            a firm's chief executive as CEO          | Ada Rell, chief executive of the bakery chain Orrin Foods, resigned on Monday. | Orrin Foods CEO Ada Rell resigned on Monday, the company said.
            one office of two portfolios, and one of them | Transport and Housing Minister Olle Varga opened the Tarn bridge on Friday. | Transport Minister Olle Varga opened the Tarn bridge on Friday.
            an acting office on top of one's own     | Deputy Sheriff Ruth Anand said the road stayed shut on Friday. | Ruth Anand, the acting sheriff, said the road stayed shut on Friday.
            a coach with and without "head"          | Orrin Rovers sacked head coach Ivo Marsh on Sunday after six defeats in a row. | Coach Ivo Marsh was sacked by Orrin Rovers on Sunday after six straight defeats.
            a school's head, named two ways          | Ada Brisk, head teacher of Tarn Primary School, retired on Friday after 30 years. | The headteacher of Tarn Primary School, Ada Brisk, retired on Friday after three decades.
            a station's representative in lower case | The hearing on Friday heard from station representative Ada Brisk about the Tarn crossing. | Ada Brisk, who speaks for the Tarn station, told the hearing on Friday about the crossing.
            a rank with and without its branch       | Detective Sergeant Ivo Marsh led the search of the Tarn quarry on Friday. | Sergeant Ivo Marsh led the search of the Tarn quarry on Friday, police said.
            a portfolio in lower case and in capitals | State transport minister Olle Varga opened the Tarn bridge on Friday. | The Tarn bridge was opened on Friday by Olle Varga, the Transport Minister.
            a portfolio in lower case, and the bare office | State transport minister Olle Varga opened the Tarn bridge on Friday. | The Tarn bridge was opened on Friday by Olle Varga, the state's minister.
            a club's chairman, "Club" opening the sentence | Club chairman Ivo Marsh said the match had been played in good faith. | Orrin Rovers chairman Ivo Marsh said the decision to play was taken in good faith.
            an inspector named with an adjective     | Ivo Marsh, the agency's principal inspector, said the roof would be examined. | Its principal inspector, Ivo Marsh, said the roof would be examined on Monday.
            a coach taken on, told two ways          | Orrin Rovers have named Ivo Marsh as head coach, the club said on Monday. | Ivo Marsh has joined Orrin Rovers as coach on a two-year deal, the club said.
            an office taken up in a year gone by     | Orrin Rovers have named Ivo Marsh as head coach, the club said on Monday. | Ivo Marsh joined Orrin Rovers as assistant coach in 2009 and later managed Dunby.
            a force's head as its chief constable    | Chief Constable Ivo Marsh said the Tarn quarry was searched on Friday. | Ivo Marsh, the police chief, said the Tarn quarry was searched on Friday.
            a teacher and the head, two people        | Ivo Marsh, the head teacher of Tarn Primary School, praised the pupils on Friday. | Tarn Primary School science teacher Ada Brisk praised the pupils on Friday.
            a club's manager who is its coach         | Orrin Rovers sacked manager Ivo Marsh on Sunday after six defeats in a row. | Head coach Ivo Marsh was sacked by Orrin Rovers on Sunday after six straight defeats.
            a guard and a manager, two people         | Thieves tied up security guard Ivo Marsh at the Tarn depot on Friday. | The depot's manager, Ada Brisk, said on Friday that thieves had tied up a guard.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "the office of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two officers of one firm                 | Olle Varga, the clinic's chief information officer, said the servers were restored on Friday. | The clinic's chief medical officer, Olle Varga, said on Friday that the servers were back.
            two portfolios                  | Transport Minister Olle Varga opened the Tarn bridge on Friday. | Housing Minister Olle Varga opened the Tarn bridge on Friday, his office said.
            a ministry and the premiership   | Transport Minister Olle Varga opened the Tarn bridge on Friday. | Olle Varga, the prime minister, opened the Tarn bridge on Friday.
            a firm's two chief officers      | Olle Varga, chief executive of the bakery chain Orrin Foods, resigned on Monday. | Orrin Foods' chief financial officer, Olle Varga, resigned on Monday, the company said.
            two offices of the law           | Sheriff Olle Varga said the road stayed shut on Friday. | Olle Varga, the police chief, said the road stayed shut on Friday.
            two portfolios and a third       | Transport and Housing Minister Olle Varga opened the Tarn bridge on Friday. | The Tarn bridge was opened on Friday by Health Minister Olle Varga.
            two portfolios in lower case      | State transport minister Olle Varga opened the Tarn bridge on Friday. | The Tarn bridge was opened on Friday by Olle Varga, the state's housing minister.
            two portfolios, one after a verb | On Friday the bridge was opened by Transport Minister Olle Varga. | The Tarn bridge was opened on Friday by Health Minister Olle Varga.
            a head coach and an assistant    | Orrin Rovers sacked head coach Olle Varga on Sunday after six defeats in a row. | Assistant coach Olle Varga was sacked by Orrin Rovers on Sunday after six straight defeats.
            a head coach and an assistant, each after "as" | Orrin Rovers have named Olle Varga as head coach, the club said on Monday. | Olle Varga has joined Orrin Rovers as assistant coach, working under head coach Ivo Marsh.
            a head teacher and a deputy      | Olle Varga, head teacher of Tarn Primary School, retired on Friday after 30 years. | Olle Varga, the deputy head of Tarn Primary School, retired on Friday after three decades.
            a firm's two officers, in lower case | Orrin Foods vice president Olle Varga said the bakery would reopen on Monday. | Orrin Foods chief executive Olle Varga said on Friday that the bakery would reopen on Monday.
            two police ranks                 | Inspector Olle Varga was suspended on Friday over missing evidence, the force said. | The force said on Friday it had suspended Sergeant Olle Varga over missing evidence.
            a rank and a rank above it       | Chief Inspector Olle Varga led the search of the Tarn quarry on Friday. | Inspector Olle Varga led the search of the Tarn quarry on Friday, police said.
            a guard and the shop's manager   | Two men robbed a jeweller's in Tarn on Friday, injuring security guard Olle Varga, 52. | Two men robbed a jeweller's in Tarn on Friday, striking the shop's manager, Olle Varga, 52.
            a nurse and a paramedic          | Nurse Olle Varga was hurt when a patient attacked staff at Tarn hospital on Friday. | Paramedic Olle Varga was hurt when a patient attacked staff at Tarn hospital on Friday.
            a chief executive and a medical director | Olle Varga, chief executive of Tarn General Hospital, apologised on Friday for the ward closures. | The ward closures at Tarn General Hospital were regrettable, Olle Varga, the hospital's medical director, said on Friday.
            a director and a deputy          | Olle Varga, the director of the Tarn water board, resigned on Friday over the leak. | Deputy director Olle Varga stepped down from the Tarn water board on Friday after the leak.
            a firm's vice president and its chief executive, after a possessive | Olle Varga, Orrin Foods' vice president, said the bakery would reopen on Monday. | Olle Varga, Orrin Foods' chief executive, said on Friday that the bakery would reopen on Monday.
            a school's head and a teacher    | Olle Varga, the principal of Tarn Primary School, was given an award on Friday for saving a pupil. | Tarn Primary School science teacher Olle Varga was given an award on Friday for saving a pupil.
            """)
    void twoOfficesAreReported(String why, String a, String b) throws Exception {
        assertEquals("the office of Olle Varga", RuleCases.topics(a, b, "the office of"), why);
    }
}
