package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PersonAges}: one named person given two ages. Each look-alike stands beside a real
 * conflict of the same shape. Written for this test; no article's text.
 */
class PersonAgesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one age in words and in digits    | Orla Brent, 19, won the Wexley Open on Sunday by two strokes. | Nineteen-year-old Orla Brent won the Wexley Open on Sunday.
            the same age written two ways     | Orla Brent, 29, was pulled from the canal at Wexley. | The 29-year-old Orla Brent was treated for cold after the rescue at Wexley.
            two people of one surname         | Orla Brent, 29, was pulled from the canal at Wexley. | Her uncle Ivo Brent, 58, raised the alarm at Wexley.
            one article names two of a family | Orla Brent, 29, and Brent, 58, her uncle, were at the canal at Wexley. | Brent, 58, raised the alarm at Wexley, rescuers said.
            a father and a son, each with one age | Orla Brent, 52, a volunteer firefighter, was burned on Tuesday. His son, Ivo Brent, 24, was unhurt. | Volunteer firefighter Orla Brent, 52, was burned on Tuesday at Wexley.
            a surname alone, two first names in the case | Orla Brent, 52, a volunteer firefighter, was burned on Tuesday. His son, Ivo Brent, 24, was unhurt. | Brent, 24, said his father was a hero.
            two first names, neither short for the other | The stall is run by Tomas Renn, 43, of Wexley. | The stall is run by Tobias Renn, 38, his brother.
            two drivers, of a lorry and a bus  | The lorry driver, 34, was arrested after the crash at Wexley. | The 58-year-old bus driver was taken to hospital after the crash at Wexley.
            a mother's age, her son named     | Orla Brent, 29, was pulled from the canal at Wexley. | The 58-year-old mother of Orla Brent, Ada Lisk, raised the alarm at Wexley.
            the same age in an apposition     | Orla Brent, 29, was pulled from the canal at Wexley. | Orla Brent, a 29-year-old teacher, was treated for cold at Wexley.
            an age and a noun before the name | Orla Brent, 29, was pulled from the canal at Wexley. | A 29-year-old teacher, Orla Brent, was treated for cold at Wexley.
            an age, a noun, then a place      | Orla Brent, 29, was pulled from the canal at Wexley. | A 64-year-old angler, Wexley's harbour master said, raised the alarm.
            a count after a name              | Orla Brent, the skipper, counted crew at Wexley. | In Wexley, 12 boats were moored along the canal.
            the same role's age two ways      | A 41-year-old cyclist was hit by a van on the Wexley road. | The cyclist, 41, was taken to hospital after the van hit him on the Wexley road.
            two men of two ages               | A 41-year-old man was hit by a van on the Wexley road. | The van driver stopped; a 63-year-old man helped on the Wexley road.
            a role's age, then named         | A 52-year-old diver died in the flooded quarry at Wexley. He was later named as Piet Aske. | Piet Aske, 52, had dived the Wexley quarry for years, friends said.
            two roles, then one named        | A 52-year-old diver and a 24-year-old pilot were hurt at Wexley. He was later named as Piet Aske. | Piet Aske, 24, flew the rescue helicopter over Wexley.
            a role's age, the person a man of a town | A 41-year-old cyclist from Wexley was hit by a van. | The injured cyclist, a Wexley man aged 41, was hit by a van on the road.
            an age in words and in digits     | Tam Rourke, aged sixty-one, steered the barge clear of the lock. | Skipper Tam Rourke (61) steered the barge away from the lock.
            a named role's age, one age       | A 27-year-old cyclist was hit by a van on the Wexley road. | Ivo Lantz, 27, was the cyclist hit by the van on the Wexley road, police said.
            a named friend of the role         | A 27-year-old cyclist was hit by a van on the Wexley road. | Ivo Lantz, 31, was the cyclist's friend and saw the van on the Wexley road.
            two charged, one of them named again | A 16-year-old boy and a 20-year-old man have been charged over the Wexley raid. | A 20-year-old man has been charged over the Wexley raid, police said.
            the hurt and the charged           | A 61-year-old man was hurt in the Wexley raid on Sunday. | A 20-year-old man was charged over the Wexley raid on Sunday.
            a relative's age in an apposition | Ada Voss, 34, spoke to reporters outside the Wexley court. | Ada Voss, the 61-year-old's daughter, spoke to reporters outside the Wexley court.
            the same age in a relative clause | Orla Brent, 29, was pulled from the canal at Wexley. | Orla Brent, who is 29, was treated for cold at Wexley.
            a relative clause of another's count | Orla Brent, 29, was pulled from the canal at Wexley. | Orla Brent, who was 29 metres from the bank, was pulled out at Wexley.
            two arrested in the active, both told | Police arrested a 17-year-old and a 22-year-old man after the Wexley raid. | Officers have arrested a 22-year-old over the Wexley raid, police said.
            a father by surname, his son by name | Wexley Rovers owner Dana Brent bought the club in 2019. Brent, 58, said the new stand would open in May. | Club president Ivo Brent, 31, the owner's son, said the new stand would open in May.
            the one hurt, a suspect charged    | A 29-year-old man has been charged with wounding after a stabbing outside a Wexley bar on Friday. | A 31-year-old man is in a stable condition after he was stabbed outside a Wexley bar on Friday. A suspect has been charged.
            a man who found the role          | A 34-year-old climber from Orrin fell into a crevasse on the Kessel glacier on Sunday. | A 61-year-old man walking on the Kessel glacier on Sunday found the injured climber from Orrin.
            a man of an article naming no role | A 34-year-old climber from Orrin fell into a crevasse on the Kessel glacier on Sunday. | Rescuers said a 43-year-old man from Orrin fell into a crevasse on the Kessel glacier on Sunday.
            one man's age, told as the role's   | A 34-year-old climber from Orrin fell into a crevasse on the Kessel glacier on Sunday. | Rescuers said the 34-year-old man from Orrin fell into a crevasse on the Kessel glacier on Sunday. The climber broke a leg.
            two girls in two scenes            | A 7-year-old girl was hit by a car on Fenmoor high street on Sunday. | A 9-year-old girl won the spelling contest at the Fenmoor town library.
            a girl and a boy in one scene      | A 7-year-old girl was pulled from the water at Fenmoor harbour on Sunday. | A 9-year-old boy was pulled from the water at Fenmoor harbour on Sunday, a lifeboat crew said.
            a girl told beside her brother     | A 7-year-old girl was pulled from the water at Fenmoor harbour on Sunday, and her brother swam to the jetty. | The girl, 9, was pulled from the water at Fenmoor harbour on Sunday after her sister raised the alarm.
            one arrested, said both ways       | A 17-year-old boy has been arrested after the Wexley raid, police said. | Police have arrested a 17-year-old on suspicion of robbery after the Wexley raid.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "age of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a comma and a hyphened age     | Orla Brent, 29, was pulled from the canal at Wexley.  | The 32-year-old Orla Brent was treated for cold after the rescue at Wexley.  | age of Orla Brent
            the surname alone with a title | Orla Brent, 29, was pulled from the canal at Wexley.  | Rescuers said Ms Brent, 39, had fallen from the towpath.                     | age of Orla Brent
            an age in an apposition        | Orla Brent, 29, was pulled from the canal at Wexley.  | Orla Brent, a 32-year-old teacher, was treated for cold after the rescue at Wexley. | age of Orla Brent
            an age and a noun before the name | Orla Brent, 29, was pulled from the canal at Wexley.  | A 92-year-old teacher, Orla Brent, was treated for cold at Wexley. | age of Orla Brent
            aged and brackets              | Skipper Tam Rourke (61) steered the barge clear.      | Tam Rourke, aged 67, steered the barge away from the lock.                   | age of Tam Rourke
            an age in words                | Tam Rourke, aged sixty-seven, steered the barge clear of the lock. | Skipper Tam Rourke (61) steered the barge away from the lock. | age of Tam Rourke
            a named role's age            | A 27-year-old cyclist was hit by a van on the Wexley road. | Ivo Lantz, 37, was the cyclist hit by the van on the Wexley road, police said. | age of the cyclist
            an age, a role and where it is held | Orla Brent, 29, was pulled from the canal at Wexley.  | The 39-year-old former secretary of the Wexley Rowing Club, Orla Brent, was treated for cold. | age of Orla Brent
            a role's age, unnamed          | A 41-year-old cyclist was hit by a van on the Wexley road. | The cyclist, 14, was taken to hospital after the van hit him on the Wexley road. | age of the cyclist
            a role's age, then named       | A 52-year-old diver died in the flooded quarry at Wexley. He was later named as Piet Aske. | Piet Aske, 25, had dived the Wexley quarry for years, friends said. | age of Piet Aske
            a role's age after a man of a town | A 41-year-old cyclist from Wexley was hit by a van. | The injured cyclist, a Wexley man aged 14, was hit by a van on the road. | age of the cyclist
            the one charged, unnamed       | A 16-year-old boy has been charged with robbery after the Wexley raid. | A 19-year-old Wexley man will appear in court on Monday charged over the raid. | age of the suspect
            the one charged, age after     | A man, 36, was arrested over the Wexley stabbing on Friday. | Detectives said a 34-year-old man had been arrested after a stabbing outside a pub in Wexley. | age of the suspect
            the one arrested, in the active | A 17-year-old boy has been arrested on suspicion of robbery after the Wexley raid. | Police investigating the Wexley raid have arrested a 19-year-old on suspicion of robbery. | age of the suspect
            an age in a relative clause     | Orla Brent, 29, was pulled from the canal at Wexley.  | Orla Brent, who is 32, was treated for cold after the rescue at Wexley. | age of Orla Brent
            a first name and its short form | The stall is run by Tomas Renn, 43, of Wexley. | The stall is run by Tom Renn, 38, who has traded at Wexley markets for years. | age of Tomas Renn
            a bus driver's age told twice   | The bus driver, 34, was taken to hospital after the crash at Wexley. | The 58-year-old bus driver was taken to hospital after the crash at Wexley. | age of the bus driver
            an age and where from, before the name | Orla Brent, a 29-year-old pupil at Wexley Academy, won the prize on Saturday. | A 16-year-old from Wexley Academy, Orla Brent, has won the prize. | age of Orla Brent
            an age in words before the name | Twenty-year-old Orla Brent won the Wexley Open on Sunday by two strokes. | Orla Brent, 23, won the Wexley Open on Sunday, her first title. | age of Orla Brent
            a role's age in words           | The bus driver, 34, was taken to hospital after the crash at Wexley. | A fifty-eight-year-old bus driver was taken to hospital after the crash at Wexley. | age of the bus driver
            a father's age beside his son's | Orla Brent, 52, a volunteer firefighter, was burned on Tuesday. His son, Ivo Brent, 24, was unhurt. | Volunteer firefighter Orla Brent, 57, was burned on Tuesday at Wexley. | age of Orla Brent
            a father by surname, named apart from his son | Wexley Rovers owner Dana Brent bought the club in 2019. Brent, 58, said the new stand would open in May. | Owner Dana Brent, 61, said the stand would open in May. Club president Ivo Brent spoke too. | age of Dana Brent
            a man's age in an article of the role | A 34-year-old climber from Orrin fell into a crevasse on the Kessel glacier on Sunday. | Rescuers said the 43-year-old man from Orrin fell into a crevasse on the Kessel glacier on Sunday. The climber broke a leg. | age of the climber
            a woman's age after a comma, the role in another sentence | The climber, 34, fell about ten metres on the Kessel crag on Sunday and broke a leg. | Rescuers said the injured woman, aged 43, fell roughly ten metres on the Kessel crag on Sunday. The climber was flown to hospital. | age of the climber
            the story's one child, told two ways | A 7-year-old girl who slipped from a jetty at Fenmoor harbour was pulled out by a fisherman on Sunday. | The girl, 9, had fallen from the jetty into Fenmoor harbour before a fisherman reached her on Sunday. | age of the girl
            a boy charged, not twice         | A 15-year-old boy has been charged over the fire at Fenmoor harbour. | Police said a 16-year-old boy had been arrested over the fire at Fenmoor harbour. | age of the suspect
            an apposition with "the"        | Wexley Mills named Ada Voss, 54, as chief executive on Monday. | Ada Voss, the 61-year-old head of the Wexley Mills paper division, will become chief executive. | age of Ada Voss
            """)
    void realConflictsAreReported(String why, String a, String b, String topic) throws Exception {
        assertEquals(topic, RuleCases.topics(a, b, "age of"), why);
    }

    /** Each age is named once, with every article that gives it. */
    @Test
    void eachAgeOnceWithItsArticles() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Orla Brent, 29, was pulled from the canal at Wexley."),
                Articles.of("b", "Rescuers said Orla Brent, 29, had fallen from the towpath at Wexley."),
                Articles.of("c", "The 32-year-old Orla Brent was treated for cold after the rescue at Wexley.")));
        Contradiction age = c.contradictions().stream().filter(x -> x.topic().startsWith("age of")).findFirst().orElseThrow();
        assertEquals("Articles give different ages for Orla Brent: 29 (a, b) vs 32 (c). Check the person's age with an"
                + " official source.", age.explanation());
    }
}
