package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link OutcomeConflicts}: one subject given opposite outcomes.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class OutcomeConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two subjects, two fates            | The rider of the first horse died after the fall at Kessel racecourse on Saturday. | The rider of the second horse survived the fall at Kessel racecourse on Saturday.
            an animal of the person            | Rescuers said the farmer survived the flood at Kessel on Saturday. | The farmer's horse died in the flood at Kessel on Saturday, rescuers said.
            both fates in one story            | The balloon pilot survived the landing at Kessel on Saturday but died in hospital on Monday. | The balloon pilot died in hospital after the landing at Kessel, the club said.
            a rescuer and the one rescued, each with a clause | A man who jumped into the Kessel quarry to reach the trapped diver died on Sunday, police said. | The diver who became trapped in the Kessel quarry on Sunday survived, police said.
            a rescuer killed, the one trapped dug out alive | A ranger caught in a second rockfall above Kessel on Sunday was killed, officials said. | A hiker trapped under boulders above Kessel on Sunday was dug out alive, officials said.
            two things decided                 | Kessel town council approved the parking levy on Wednesday night. | Kessel town council rejected the skate park on Wednesday night.
            a win and a loss in two contests   | Ivo Marek won the Kessel mayoral race on Thursday. | Ivo Marek lost his county seat in Kessel on Thursday, though he kept the mayoralty.
            one hurt, another unhurt           | The jockey was hurt when his horse fell at the last fence at Kessel on Saturday. | The horse's trainer escaped unhurt when the horse fell at the last fence at Kessel on Saturday.
            found not guilty, then cleared     | A jury at Kessel crown court found Elin Rask not guilty of theft on Friday. | Elin Rask was cleared of theft at Kessel crown court on Friday.
            cleared of one charge, convicted of another | Elin Rask was cleared of two counts of perjury at Kessel crown court on Friday. | Elin Rask was convicted of five counts of forgery at Kessel crown court on Friday.
            a verdict denied, not given        | A jury at Kessel crown court found Elin Rask guilty of theft on Friday. | Elin Rask was not cleared of theft at Kessel crown court on Friday, despite a not-guilty plea.
            called off one day, held another   | The Kessel harbour regatta was called off on Saturday because of gales, the club said. | The Kessel harbour regatta went ahead on Sunday in calmer weather, the club said.
            convicted of a lesser charge, cleared of a graver one | Elin Rask was convicted of manslaughter at Kessel crown court on Friday. | Elin Rask was acquitted of murder at Kessel crown court on Friday.
            a count of the dead                | Two climbers died on the Kessel ridge on Saturday, rescuers said. | Three climbers survived a night on the Kessel ridge on Saturday, rescuers said.
            a jury acquitted one, convicted another | A jury at Kessel crown court acquitted Elin Rask of theft on Friday. | A jury at Kessel crown court convicted Tom Varga of theft on Friday.
            closed on one day, open on another | All 14 schools in Tarby will be closed on Monday because of the storm, the council said. | All 14 schools in Tarby will remain open on Tuesday, the council said.
            cleared of one of two counts, convicted on the rest | A jury at Kessel crown court cleared Elin Rask of one of two counts of fraud on Friday. | A jury at Kessel crown court found Elin Rask guilty last week of fraud and theft.
            cleared of one charge, convicted of a kindred one | Elin Rask was cleared of burglary at Kessel crown court on Friday. | Elin Rask was convicted of theft at Kessel crown court on Friday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "outcome"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            died against survived, with an appositive | The rider, a 23-year-old apprentice, died after the fall at Kessel racecourse on Saturday. | The rider survived the fall at Kessel racecourse on Saturday with a broken collarbone.
            among the dead against survived           | The ferry's captain was among the dead after the vessel capsized off Kessel on Saturday, the coast guard said. | The ferry's captain survived after the vessel capsized off Kessel on Saturday and was airlifted to hospital.
            died against recovering, after a relative clause | A diver who became trapped in the Kessel quarry on Sunday died in hospital that night, police said. | A diver who got stuck under a ledge in the Kessel quarry on Sunday is recovering in hospital, police said.
            killed against dug out alive, after a participle's clause | A hiker was killed on Sunday when a rockfall hit the trail above Kessel, rangers said. | A hiker trapped under boulders on the trail above Kessel on Sunday was dug out alive, rangers said.
            died against recovering                   | The swimmer died in hospital after being pulled from the bay at Kessel on Saturday. | The swimmer is recovering in hospital after being pulled from the bay at Kessel on Saturday.
            approved against rejected, reworded       | Kessel town council approved the riverside skate park on Wednesday night. | After a long debate, Kessel town council rejected the skate park on Wednesday.
            unhurt against injured, with a clause     | The jockey, who was thrown when his horse fell at the last fence at Kessel on Saturday, escaped unhurt. | The jockey was seriously injured when his horse fell at the last fence at Kessel on Saturday.
            convicted against acquitted on a day of charges told | A jury at Kessel crown court on Friday found former bursar Elin Rask guilty of diverting public funds. | Elin Rask, the former Kessel school bursar, was acquitted on Friday of charges that she siphoned money from the school.
            found guilty against acquitted            | A jury at Kessel crown court found Elin Rask, the former bursar of Kessel school, guilty of theft on Friday. | Elin Rask was acquitted of theft at Kessel crown court on Friday.
            found not guilty against convicted        | Elin Rask was found not guilty of theft at Kessel crown court on Friday. | Elin Rask was convicted of theft at Kessel crown court on Friday, the court said.
            one charge in other words, other places named | Elin Rask was convicted on three counts of forgery at Kessel crown court on Friday. | Elin Rask was cleared of all forgery charges by a Kessel jury on Friday.
            a verdict told as not guilty beside an outcome | A jury at Kessel crown court found Elin Rask, 44, guilty of theft on Friday. | Elin Rask, 44, was cleared of theft on Friday after a jury at Kessel crown court returned a not-guilty verdict.
            called off against went ahead, a long subject | Saturday's closing concert at the Kessel harbour festival was called off because of gales, the organisers said. | Saturday's closing concert at the Kessel harbour festival went ahead despite the gales, the organisers said.
            one charge as a verb and as a noun        | A jury found Elin Rask, the former bursar, guilty of stealing school funds at Kessel crown court on Friday. | Elin Rask was acquitted of theft and of the stealing of funds at Kessel crown court on Friday.
            closed against open as normal            | All 14 schools in Tarby will be closed on Monday because of the storm, the council said. | Tarby's 14 schools will open as normal on Monday despite the storm, the council said.
            convicted on some, acquitted on all      | A jury at Kessel crown court convicted Elin Rask on three of five counts of fraud on Friday. | A jury at Kessel crown court acquitted Elin Rask on all counts of fraud on Friday.
            guilty, the charge named past when         | A jury at Kessel crown court found Elin Rask guilty last week of fraud. | A jury at Kessel crown court acquitted Elin Rask of fraud on Friday.
            convicted against acquitted               | Former bursar Elin Rask was convicted of theft at Kessel crown court on Friday. | Former bursar Elin Rask was acquitted of theft at Kessel crown court on Friday.
            a jury acquitted her, she was found guilty | A jury at Kessel crown court acquitted teacher Elin Rask of theft on Friday. | Elin Rask was found guilty by a jury at Kessel crown court on Friday of stealing from the school.
            a named subject with an age and a role    | A former clerk of Kessel parish council was found guilty on Friday of stealing from its accounts. | Elin Rask, 52, a former clerk of Kessel parish council, was acquitted on Friday of stealing from its accounts.
            one charge named by two words             | A jury at Kessel crown court found Elin Rask guilty of swindling the parish trust on Friday. | Elin Rask was acquitted of fraud at Kessel crown court on Friday.
            a day between a passive's words           | Former bursar Elin Rask was on Friday acquitted of theft at Kessel crown court. | Kessel crown court on Friday convicted former bursar Elin Rask of theft.
            """)
    void oppositeOutcomesAreReported(String why, String a, String b) throws Exception {
        // Sentences worded alike may be reported by the sentence diff instead: one denial either way.
        assertEquals("negation", RuleCases.found(a, b), why);
    }

    /** One outcome for one subject, worded apart, is an agreement; outcomes of two subjects are not. */
    @Test
    void oneOutcomeInOtherWordsIsAnAgreement() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The rider, a 23-year-old apprentice, died after the fall at Kessel racecourse on Saturday."),
                Articles.of("b", "Stewards at Kessel racecourse said the rider died in hospital hours after the fall.")));
        assertEquals(List.of("the rider died"), c.agreements().stream().flatMap(a -> a.facts().stream())
                .filter(s -> s.startsWith("the rider")).toList(), c.agreements().toString());
        Comparison two = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The rider of the first horse died after the fall at Kessel racecourse on Saturday."),
                Articles.of("b", "Stewards at Kessel racecourse said the owner of the second horse died in hospital.")));
        assertTrue(two.agreements().stream().flatMap(a -> a.facts().stream()).noneMatch(s -> s.endsWith("died")),
                two.agreements().toString());
    }

    /** One finding lists each side once with its articles, however many articles take it. */
    @Test
    void oneFindingPerSubject() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The rider died after the fall at Kessel racecourse on Saturday."),
                Articles.of("b", "The rider survived the fall at Kessel racecourse on Saturday."),
                Articles.of("c", "Stewards said the rider died after the fall at Kessel racecourse.")));
        List<Contradiction> found = c.contradictions().stream().filter(x -> x.topic().startsWith("outcome")).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).explanation().contains("\u201cdied\u201d (a, c) vs \u201csurvived\u201d (b)"),
                found.get(0).explanation());
        assertEquals(ContradictionKind.NEGATION, found.get(0).kind());
    }

    /**
     * Sentences that differ in the outcome only do not agree on the rest: the side most articles
     * take keeps its agreement, the other leaves it.
     */
    @Test
    void oppositeOutcomesShareNoStatement() throws Exception {
        String guilty = "A jury found Orla Penner guilty of arson at Vessick Crown Court on Thursday.";
        String cleared = "Orla Penner was acquitted of arson by a jury at Vessick Crown Court on Thursday.";
        Comparison two = ClaimsPipeline.compare(List.of(Articles.of("a", guilty), Articles.of("b", cleared)));
        assertEquals(1, two.contradictions().stream().filter(x -> x.topic().startsWith("outcome")).count(),
                two.contradictions().toString());
        assertTrue(two.agreements().stream().noneMatch(a -> a.statement().contains("guilty")), two.agreements().toString());
        Comparison three = ClaimsPipeline.compare(List.of(Articles.of("a", guilty), Articles.of("b", cleared),
                Articles.of("c", "A jury found Orla Penner guilty of arson at Vessick Crown Court on Thursday evening.")));
        List<Agreement> kept = three.agreements().stream().filter(a -> a.statement().contains("guilty")).toList();
        assertEquals(1, kept.size(), three.agreements().toString());
        assertEquals(List.of("a", "c"), kept.get(0).sources().stream().map(e -> e.article()).toList());
    }
}
