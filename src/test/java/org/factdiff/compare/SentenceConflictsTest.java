package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SentenceConflicts}: nearly identical sentences that differ in one slot.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class SentenceConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a place and its region           | A storm flattened a grain barn in Millbrook on Sunday afternoon. | The storm flattened the grain barn in Millbrook, Vermont, on Sunday afternoon.
            a body and its initials          | Health officials at the Centers for Disease Control and Prevention warned shoppers on Friday. | Health officials at the CDC warned shoppers on Friday.
            a hedge of a phrase, not the fact | The treasurer, who quit in 2021 after an audit, faces up to ten years in prison on the gravest charge. | The treasurer, who quit in 2021 after an audit, faces up to ten years in jail on possibly the gravest charge.
            a town with a word of its name more | A storm flattened a grain barn in Port Ellery on Sunday afternoon. | A storm flattened a grain barn in Ellery on Sunday afternoon.
            one name spelled two ways        | A storm flattened a grain barn owned by Mohammed Rashid on Sunday afternoon. | A storm flattened a grain barn owned by Muhammad Rashid on Sunday afternoon.
            two datelines of one wire story  | `TARLOW, June 3 (NPA) - A storm flattened a grain barn in Millbrook on Sunday afternoon.` | `TARLOW, Vessery - A storm flattened a grain barn in Millbrook on Sunday afternoon.`
            a day told from the writing      | The regional water board approved the new reservoir plan on Tuesday after a long debate. | The regional water board approved the new reservoir plan yesterday after a long debate.
            a state against a plan           | The ferry terminal stayed open to foot passengers on Sunday after the gangway failed. | The ferry terminal will be closed to foot passengers from Wednesday after the gangway failed.
            one lawyer described two ways    | Faraway's attorney, Gerald Amsel, said on Thursday the defense would appeal the verdict. | Defense attorney Gerald Amsel said on Thursday the defense would appeal the verdict.
            a denial told with "without"     | Most of those who fell ill ate at the same stall, according to the council, which did not name the trader. | Most of those who fell ill ate at the same stall, the council said, without naming the trader.
            a level reached and a rise's size | Bus fares in Tarlow rose to 12 percent of the average wage in March, the board said. | Bus fares in Tarlow rose 4 percent of the average wage in March, the board said.
            could not, told as unable        | The theft came to light when a new auditor could not match the Orrin invoices to any delivery. | The theft surfaced when a fresh auditor was unable to match the Orrin invoices to any delivery.
            a vote against told two ways     | The plan passed, though Councilwoman Ada Brisk, one of two members who voted against it, called it rushed. | The plan passed, though Councilwoman Ada Brisk, who voted no, called it rushed.
            a described vessel and its name after a dateline | `TARNBY, Ore. (UPW) — A car and passenger ferry carrying 120 passengers and nine crew members ran aground on a reef off Tarnby Island on Friday evening.` | `TARNBY — The ferry Grey Heron, carrying 120 passengers and nine crew members, ran aground on a reef off Tarnby Island on Friday evening.`
            one road, its kind reworded      | State Route 9 was closed between Kettle Road and the Orrin bridge on Monday. | State Route 9 was shut between Kettle Highway and the Orrin bridge on Monday.
            a source against a detail after it | The dam gate jammed at about 6am near the Orrin weir, an hour before the first boats set off, Tarlow Water said. | The dam gate jammed at about 6am near the Orrin weir, an hour before the first boats set off for Ellery Quay.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            entity | another town                   | A storm flattened a grain barn in Millbrook on Sunday afternoon. | A storm flattened a grain barn in Ashford on Sunday afternoon.
            entity | another town sharing a word     | A storm flattened a grain barn in San Lorenzo on Sunday afternoon. | A storm flattened a grain barn in San Marcos on Sunday afternoon.
            hedge  | a hedge of the fact itself       | The treasurer, who quit in 2021 after an audit, faces up to ten years in prison on the gravest charge. | The treasurer, who quit in 2021 after an audit, possibly faces ten years in jail on the gravest charge.
            entity | another town after a dateline   | `TARLOW, June 3 (NPA) - A storm flattened a grain barn in Millbrook on Sunday afternoon.` | `TARLOW, Vessery - A storm flattened a grain barn in Ashford on Sunday afternoon.`
            date   | another named day                | The regional water board approved the new reservoir plan on Tuesday after a long debate. | The regional water board approved the new reservoir plan on Thursday after a long debate.
            negation | the opposite decision          | The regional water board approved the new reservoir plan on Tuesday after a long debate. | The regional water board rejected the new reservoir plan on Tuesday after a long debate.
            negation | open against closed            | The ferry terminal stayed open to foot passengers on Sunday after the gangway failed. | The ferry terminal was closed to foot passengers on Sunday after the gangway failed.
            attribution | one lawyer's words, two lawyers named | Faraway's attorney, Gerald Amsel, said on Thursday the defense would appeal the verdict. | Faraway's attorney, Mira Holt, said on Thursday the defense would appeal the verdict.
            entity | another owner, a shared name after him | A storm flattened a grain barn owned by Mohammed Rashid near the Cray River on Sunday afternoon. | A storm flattened a grain barn owned by Ivo Dane near the Cray River on Sunday afternoon.
            negation | with and without power        | Homes on the Orrin estate were left without power on Monday night after the storm. | Homes on the Orrin estate were left with power on Monday night after the storm.
            number | two levels reached              | Bus fares in Tarlow rose to 12 percent of the average wage in March, the board said. | Bus fares in Tarlow rose to 14 percent of the average wage in March, the board said.
            negation | able and unable                | The board said a new auditor was able to match the Orrin invoices to each delivery. | The board said a new auditor was unable to match the Orrin invoices to each delivery.
            negation | a vote for and against        | Councilwoman Ada Brisk, whose ward holds the depot, voted yes on the Orrin depot plan. | Councilwoman Ada Brisk, whose ward holds the depot, voted against the Orrin depot plan.
            entity | another vessel named after a dateline | `TARLOW, Ore. (NPA) - The ferry Blue Swan, with 80 people aboard, ran aground off Tarlow Point on Friday.` | `TARLOW - The ferry Grey Heron, with 80 people aboard, ran aground off Tarlow Point on Friday.`
            entity | another road of one kind        | State Route 9 was closed between Kettle Road and the Orrin bridge on Monday. | State Route 9 was closed between Tanner Road and the Orrin bridge on Monday.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }
}
