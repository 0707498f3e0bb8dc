package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdiff.Articles;
import org.factdiff.TestFiles;
import org.factdiff.ingest.Article;
import org.factdiff.text.Lexicon;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ClaimExtractorTest {
    static final LocalDate INCIDENT = LocalDate.of(2013, 5, 20);

    static List<Claim> claims(String text) {
        Article a = Articles.of("a", text);
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.of(INCIDENT));
        return x.extract(a, Articles.parse(List.of(a), List.of()).get(0));
    }

    /** One test per sentence of figures.txt: the marked figures, no more, no fewer. */
    @TestFactory
    List<DynamicTest> figuresAsMarked() throws IOException {
        List<String> lines = Files.readAllLines(TestFiles.resource("claims/figures.txt"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String sentence = lines.get(i);
            if (sentence.isBlank() || sentence.startsWith("#") || sentence.strip().startsWith("^")) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && lines.get(j).strip().startsWith("^"); j++) {
                String marker = lines.get(j);
                int from = marker.indexOf('^');
                int to = marker.lastIndexOf('^') + 1;
                String[] rest = marker.substring(to).strip().split("\\|", 2);
                expected.add(sentence.substring(from, to) + " = " + rest[0].strip() + " | " + rest[1].strip());
            }
            tests.add(DynamicTest.dynamicTest(sentence, () -> {
                List<String> actual = new ArrayList<>();
                for (Claim c : claims(sentence)) {
                    for (Quantity q : c.quantities()) {
                        if (!q.part()) {
                            actual.add(q.evidence().text() + " = " + q.display() + " | " + q.key());
                        }
                    }
                }
                assertEquals(expected, actual);
            }));
        }
        return tests;
    }

    @Test
    void quotationsWithTheirSpeakers() {
        Claim c = claims("\"We came, we saw and we left quickly,\" Mayor John Smith told reporters on Monday.").get(0);
        QuoteMention q = c.quotes().get(0);
        assertEquals("We came, we saw and we left quickly,", q.evidence().text());
        assertEquals("Mayor John Smith", q.speaker());
        assertTrue(q.named());
        QuoteMention after = claims("\"The bridge will reopen next week after repairs,\" said an unnamed official.").get(0)
                .quotes().get(0);
        assertEquals("an unnamed official", after.speaker());
        assertFalse(after.named());
        QuoteMention cited = claims("Reuters cited a local commander as saying \"the road was closed for hours\".").get(0)
                .quotes().get(0);
        assertEquals("a local commander", cited.speaker());
    }

    @Test
    void hedgesNegationAndUnknowns() {
        assertEquals("reportedly", claims("The strikes reportedly occurred near the border town.").get(0).hedge());
        Claim unknown = claims("It is unclear whether anyone was killed in the blast at the depot.").get(0);
        assertTrue(unknown.unknown());
        assertTrue(unknown.events().contains("death"));
        assertTrue(claims("The ministry did not confirm the report on Friday.").get(0).negated());
        assertEquals("", claims("The river rose two metres overnight in the valley.").get(0).hedge());
        assertEquals("", claims("The meeting took place on May 3 in the capital city.").get(0).hedge(), "May the month");
    }

    /** What happened, told of the event with no one named, is a fact to check; a feeling is not. */
    @Test
    void whatHappenedIsCheckWorthyWithoutANamedActor() {
        List<Claim> c = claims("Gas leak at the Orrel depot\n"
                + "He said the fire appeared to have started in a storage shed behind the depot.\n"
                + "It was a sad and strange week for everyone who lives along the street.");
        assertTrue(c.get(1).checkWorthy(), "the fire started in a shed");
        assertFalse(c.get(2).checkWorthy(), "a feeling, with no event");
    }

    /**
     * A thing that did or underwent something is a fact another article can state too, though
     * the sentence names no one and gives no figure; a pronoun's mood is not.
     */
    @Test
    void aNounDoingSomethingIsCheckWorthy() {
        List<Claim> c = claims("Mill closes after flood\n"
                + "The regional bakery chain has shut its riverside mill until the upper floors are rebuilt.\n"
                + "The quarterly timber auction was cancelled because several loading bays remained flooded.\n"
                + "It was a long and tiring night for anyone who works along the quay.\n"
                + "The mill closed.");
        assertTrue(c.get(1).checkWorthy(), "the chain has shut its mill");
        assertTrue(c.get(2).checkWorthy(), "the auction was cancelled");
        assertFalse(c.get(3).checkWorthy(), "no noun before a verb: a mood");
        assertFalse(c.get(4).checkWorthy(), "too few words to state a fact of its own");
        assertTrue(claims("Nobody was hurt.").get(0).checkWorthy(), "a count of an outcome, however short");
    }

    @Test
    void headlinesAndCaptionsAreNotCheckWorthy() {
        List<Claim> c = claims("Storm kills 24 in Oklahoma\n"
                + "© AP Photo/Sue Ogrocki Rescue workers search the rubble of homes\n"
                + "The storm killed 24 people in the suburb of Moore on Monday afternoon, officials said.");
        assertFalse(c.get(0).checkWorthy());
        assertTrue(c.get(0).quantities().isEmpty(), "a headline's figure repeats the text");
        assertFalse(c.get(1).checkWorthy());
        assertTrue(c.get(2).checkWorthy());
    }

    @Test
    void aLongDeckAndACaptionEndingInACreditAreNotClaims() {
        List<Claim> c = claims("Ferry capsizes off the northern coast\n\n"
                + "Coast guard to examine why a crowded ferry bound for the islands overturned in calm water, a busy crossing\n\n"
                + "Divers search the hull of the overturned ferry near the harbour entrance [Harbour News]\n\n"
                + "The ferry overturned on Sunday morning with 212 passengers on board, the coast guard said.\n\n"
                + "Nineteen passengers are still missing, officials said.");
        assertTrue(c.get(1).furniture() && !c.get(1).checkWorthy(), "a deck of 19 words under the headline");
        assertTrue(c.get(2).furniture() && !c.get(2).checkWorthy(), "a caption credited in brackets");
        assertTrue(c.get(3).checkWorthy());
        // Further down, a line without a stop is not taken for a headline when it is long.
        List<Claim> list = claims("The ferry overturned on Sunday.\n\nThe coast guard said.\n\nOfficials said.\n\n"
                + "Rescuers pulled 140 passengers from the water and took 38 of them to the hospital in the port town\n\n"
                + "The search goes on.");
        assertFalse(list.get(3).furniture(), "a long line further down is a sentence");
    }

    @Test
    void datesAreResolved() {
        assertEquals(List.of("September 17, 2016 (2016-09-17)"),
                claims("On September 17, 2016, jets struck the airport near the city.").get(0).times());
        assertEquals(List.of("Sept. 3 (2013-09-03)"), claims("The road reopened on Sept. 3 after repairs.").get(0).times(),
                "no year: the incident's");
        Article a = Articles.of("a", "Protesters marched on Monday and again last week in the capital.", "2024-05-01");
        assertEquals(List.of("Monday (2024-04-29)", "last week (week of 2024-04-22)"),
                new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.of(INCIDENT))
                        .extract(a, Articles.parse(List.of(a), List.of()).get(0)).get(0).times(),
                "weekdays and last week against the publication date (a Wednesday)");
    }

    @Test
    void namesAndTimes() {
        Claim c = claims("On Tuesday, President Barack Obama spoke with Gov. Mary Fallin about the tornado in Moore.").get(0);
        assertTrue(c.times().contains("Tuesday"), c.times().toString());
        assertTrue(c.actors().size() >= 2, c.actors().toString());
        assertTrue(c.checkWorthy());
    }

    @Test
    void idsAreStableAndOffsetsExact() {
        String text = "First sentence with 12 people injured.\nSecond one: the bridge collapsed at 10 p.m. on Friday.";
        List<Claim> a = claims(text);
        List<Claim> b = claims(text);
        assertEquals(a, b);
        for (Claim c : a) {
            assertEquals(text.substring(c.evidence().start(), c.evidence().end()), c.evidence().text());
            for (Quantity q : c.quantities()) {
                assertEquals(text.substring(q.evidence().start(), q.evidence().end()), q.evidence().text());
            }
        }
    }

    static List<String> roles(String text) {
        List<String> out = new ArrayList<>();
        for (Claim c : claims(text)) {
            for (Role r : c.roles()) {
                out.add(r.relation() + " " + r.cue() + ": " + r.agent().map(e -> e.text()).orElse("-") + " -> "
                        + r.patient().map(e -> e.text()).orElse("-") + (r.kind() == ActorKind.NONE ? "" : " (" + r.kind() + ")")
                        + (r.groups().isEmpty() ? "" : " " + new java.util.TreeSet<>(r.groups().values())));
            }
        }
        return out;
    }

    @Test
    void whoAttackedWhom() {
        assertEquals(List.of("ATTACK strike: The Northland air force -> Kurdish militias (IRREGULAR_FORCES)"),
                roles("The Northland air force struck Kurdish militias near the border on Friday."));
        assertEquals(List.of("ATTACK hit: - -> Two ambulances"), roles("Two ambulances were hit near the hospital."));
        assertEquals(List.of("ATTACK strike: Southland navy -> rebel positions (REBELS)"),
                roles("Residents described air strikes by the Southland navy on rebel positions."));
        assertEquals(List.of("ATTACK strike: Northland -> -", "ATTACK hit: Northland -> school"),
                roles("Northland strikes hit a school in the north."), "the attacker stands before the noun");
        assertEquals(List.of("ATTACK strike: coalition -> -", "ATTACK strike: coalition -> pro-government forces (IRREGULAR_FORCES)"),
                roles("Officials said coalition strikes in the south struck pro-government forces."),
                "the place between the attacker and the verb is skipped");
        assertEquals(List.of("ATTACK strike: - -> army (STATE_FORCES)"),
                roles("The truce holds despite the strike on the army."));
    }

    @Test
    void whoBacksWhom() {
        assertEquals(List.of("SUPPORT back: US -> Free Valley Army (STATE_FORCES) [Free Valley Army]"),
                roles("The convoy belonged to the US-backed Free Valley Army and its allies."));
        assertEquals(List.of("SUPPORT train: - -> members of the River Guard Brigade [River Guard Brigade]"),
                roles("It lies near a base where advisers train members of the River Guard Brigade, the official said."));
        assertEquals(List.of("SUPPORT back: Valley Army -> rebel group called the Free Hills (REBELS) [Free Hills]"),
                roles("The Valley Army-backed rebel group called the Free Hills said the road was closed."));
    }

    @Test
    void wordsThatOnlyLookLikeActs() {
        assertEquals(List.of(), roles("The train derailed near the station late on Tuesday."));
        assertEquals(List.of(), roles("Several dead as Amtrak train crashes in Philadelphia"));
        assertEquals(List.of(), roles("The union wanted to strike a deal with the company before the summer."),
                "an aim, not an act");
        assertEquals(List.of(), roles("US Air Force F-15E Strike Eagles\n\u00A9 REUTERS/ U.S. Air Force/Handout\nText."),
                "a photo caption");
        assertEquals(List.of(), roles("Two new F-15 fighters attack-helicopter drills began."));
    }

    @Test
    void kindsOfActors() {
        assertEquals(ActorKind.STATE_FORCES, ActorKind.of(List.of("syrian", "army"), false));
        assertEquals(ActorKind.STATE_FORCES, ActorKind.of(List.of("government", "forces"), false));
        assertEquals(ActorKind.IRREGULAR_FORCES, ActorKind.of(List.of("pro", "government", "forces"), true));
        assertEquals(ActorKind.IRREGULAR_FORCES, ActorKind.of(List.of("government", "militia", "fighters"), false));
        assertEquals(ActorKind.REBELS, ActorKind.of(List.of("rebel", "fighters"), false));
        assertEquals(ActorKind.CIVILIANS, ActorKind.of(List.of("civilians"), false));
        assertEquals(ActorKind.NONE, ActorKind.of(List.of("several", "villages"), false));
    }

    @Test
    void throughWhomAQuoteCame() {
        assertEquals("AFP", claims("\"The convoy did not stop when it was warned,\" an unnamed official told AFP.").get(0)
                .quotes().get(0).channel());
        assertEquals("Reuters", claims("Reuters cited a local commander as saying \"the road was closed for hours\".").get(0)
                .quotes().get(0).channel());
        assertEquals("", claims("\"The convoy did not stop when it was warned,\" said one of the officials.").get(0)
                .quotes().get(0).channel());
    }

    @Test
    void questionsAndTheWritersViewsAreNotClaims() {
        assertFalse(claims("Did the army know about the convoy before it moved south on Monday?").get(0).checkWorthy());
        assertFalse(claims("We guess we now know what the US response is to any provocation.").get(0).checkWorthy());
        assertTrue(claims("\"We think the army knew about the convoy,\" Mayor Anna Berg said.").get(0).checkWorthy());
    }

    @Test
    void otherOccasions() {
        assertTrue(claims("This was not the first time the air force struck the army.").get(0).otherOccasion());
        assertTrue(claims("The army previously shelled the town in a raid.").get(0).otherOccasion());
        assertTrue(claims("In September 2011, jets struck the town again.").get(0).otherOccasion());
        assertFalse(claims("Earlier in the day, jets struck the town near the border.").get(0).otherOccasion());
    }

    static List<String> titles(String text) {
        List<String> out = new ArrayList<>();
        for (Claim c : claims(text)) {
            for (Title t : c.titles()) {
                out.add(t.person() + " = " + t.office() + " [" + t.phrase().text() + "]");
            }
        }
        return out;
    }

    @Test
    void officesOfNamedPeople() {
        assertEquals(List.of("anna berg = sheriff [Sheriff Anna Berg]"), titles("Sheriff Anna Berg said the count was wrong."));
        assertEquals(List.of("anna berg = police chief [The local police chief, Anna Berg]"),
                titles("The local police chief, Anna Berg, had given the number."));
        assertEquals(List.of("peter holm = mayor [Peter Holm, the city's mayor]"),
                titles("Peter Holm, the city's mayor, visited the site."));
        assertEquals(List.of("peter holm = lieutenant governor [Lt. Gov. Peter Holm]"),
                titles("Lt. Gov. Peter Holm toured the area."));
        assertEquals(List.of("mary fallin = governor [Gov. Mary Fallin]"), titles("Oklahoma Gov. Mary Fallin spoke."));
        assertEquals(List.of(), titles("Former Mayor Peter Holm visited the site."), "no longer in office");
        assertEquals(List.of(), titles("Anna Berg, a spokesperson for the sheriff's office, explained."),
                "the sheriff's office is not her office");
        assertEquals(List.of(), titles("Station representative Terri Holm said the line was closed."),
                "a lower-case role before a name is a job, not an office");
    }

    @Test
    void speakersNamedBeforeTheQuotationOrByContext() {
        assertEquals("Nutter", claims("Said Nutter: \"The front of the train is badly damaged.\"").get(0).quotes().get(0)
                .speaker());
        List<Claim> c = claims("Paul Cheung, a manager, was on the train when it stopped, \"like someone hit the brake,\" he told AP. "
                + "The front \"is really mangled,\" he added. \"It is a complete wreck of twisted metal.\"");
        assertEquals("Paul Cheung (\u201Che\u201D)", c.get(0).quotes().get(0).speaker());
        assertEquals("Paul Cheung (\u201Che\u201D)", c.get(1).quotes().get(0).speaker(), "the person spoken of last");
        assertEquals("Paul Cheung", c.get(2).quotes().get(0).speaker(), "a quotation that carries on");
        assertTrue(c.get(2).quotes().get(0).named());
        List<Claim> far = claims("Mayor Anna Berg spoke first.\n\nThe bridge was closed.\n\nIt rained.\n\n"
                + "\"We will rebuild the whole bridge,\" he said.");
        assertEquals("he", far.get(3).quotes().get(0).speaker(), "two paragraphs on, nobody is resolved");
    }
}
