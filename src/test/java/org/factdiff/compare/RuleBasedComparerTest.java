package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.factdiff.Articles;
import org.factdiff.ingest.Article;
import org.factdiff.text.Excerpt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

/** Hand-made articles for each kind of finding, and for look-alikes that are none. */
class RuleBasedComparerTest {
    static List<Contradiction> of(Comparison c, ContradictionKind kind) {
        return c.contradictions().stream().filter(x -> x.kind() == kind).toList();
    }

    @Test
    void differentFiguresForTheSameFactAreANumberContradiction() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "At least 12 people were killed when the bridge collapsed on Monday evening."),
                Articles.of("b", "Officials said 15 people were killed after the old bridge fell into the river."),
                Articles.of("c", "The collapse of the bridge killed 12 people, the fire service said in a short statement.")));
        Contradiction x = of(c, ContradictionKind.NUMBER).get(0);
        assertEquals("people killed", x.topic());
        // "At least 12" can hold beside either figure: named in the explanation, listed as no side.
        assertEquals(List.of("b", "c"), x.values().stream().map(v -> v.evidence().article()).toList());
        // Each figure as its article writes it: c's "12" is no bound.
        assertTrue(x.explanation().contains("12 (c) vs at least 12 (a) vs 15 (b)"), x.explanation());
        Agreement twelve = c.agreements().stream().filter(a -> a.statement().contains("12")).findFirst().orElseThrow();
        assertEquals(2, twelve.sources().size());
        assertEquals(2, twelve.independentSources(), "worded differently: two independent sources");
    }

    @Test
    void aFigureFurtherDownAgreesThoughTheLedeGaveABound() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The storm injured more than 40 people across the county on Sunday. "
                        + "Late on Monday the county hospital said 47 people had been injured."),
                Articles.of("b", "Forty-seven people were hurt when the gale struck the coast, officials said.")));
        Agreement a = c.agreements().stream().filter(x -> x.statement().contains("47")).findFirst()
                .orElseThrow(() -> new AssertionError(c.agreements().toString()));
        assertEquals(List.of("a", "b"), a.sources().stream().map(Excerpt::article).toList());
        assertTrue(c.contradictions().isEmpty(), "more than 40 and 47 can both hold: " + c.contradictions());
    }

    @Test
    void theFiguresOfOneSharedSentenceAreOneAgreement() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The landslide buried 9 houses and injured 23 villagers in the valley, the mayor said."),
                Articles.of("b", "In the valley 23 villagers were injured and 9 houses were buried by mud, rescuers reported.")));
        List<Agreement> both = c.agreements().stream()
                .filter(a -> a.facts().stream().anyMatch(f -> f.contains("23")) && a.facts().stream().anyMatch(f -> f.contains("9 ")))
                .toList();
        assertEquals(1, both.size(), "one agreement for one pair of sentences: " + c.agreements());
        assertEquals(c.agreements().size(), c.agreements().stream().map(Agreement::sources).distinct().count(),
                "no two agreements share their evidence: " + c.agreements());
    }

    @Test
    void copiedSentencesAreOneSource() throws Exception {
        String wire = "The fire service said 14 people were rescued from the flooded houses in the lower town overnight.";
        Comparison c = ClaimsPipeline.compare(List.of(Articles.of("a", wire + " Roads stay closed."),
                Articles.of("b", "Update: " + wire), Articles.of("c", "Volunteers in boats saved 14 residents before dawn, neighbours told our reporter.")));
        Agreement a = c.agreements().stream().filter(x -> x.statement().contains("14")).findFirst().orElseThrow();
        assertEquals(3, a.sources().size());
        assertEquals(2, a.independentSources(), "a and b share the wire sentence");
    }

    @Test
    void aDifferentListOfActorsInTheSameSentence() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The ceasefire was brokered by Egypt, Qatar and Turkey after two days of talks in the capital."),
                Articles.of("b", "The ceasefire was brokered by Egypt after two days of talks in the capital.")));
        Contradiction x = of(c, ContradictionKind.ENTITY).get(0);
        assertEquals("Egypt, Qatar and Turkey", x.values().get(0).value());
        assertEquals("Egypt", x.values().get(1).value());
    }

    @Test
    void hedgedByOneStatedByAnother() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The rebels reportedly entered the northern district of the city late on Sunday night."),
                Articles.of("b", "The rebels entered the northern district of the city late on Sunday night.")));
        Contradiction x = of(c, ContradictionKind.HEDGE).get(0);
        assertTrue(x.explanation().startsWith("b states as fact what a hedges"), x.explanation());
    }

    @Test
    void unknownAgainstAFigure() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "It is unclear whether anyone was killed in the explosion at the chemical plant."),
                Articles.of("b", "Two workers were killed in the explosion at the chemical plant, the company said.")));
        Contradiction x = of(c, ContradictionKind.HEDGE).get(0);
        assertTrue(x.explanation().contains("says it is not known"), x.explanation());
    }

    @Test
    void oppositeWordsAreANegation() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The county overcounted storm deaths by as many as 30, the sheriff's office said on Tuesday."),
                Articles.of("b", "The county undercounted storm deaths by as many as 30, the sheriff's office said on Tuesday.")));
        assertEquals(1, of(c, ContradictionKind.NEGATION).size());
        assertTrue(of(c, ContradictionKind.NUMBER).isEmpty(), "\"by 30\" is a change, not a count");
    }

    @Test
    void alteredQuoteAndDifferentSpeakers() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "\"I have never seen anything like this in my whole life,\" Mayor Anna Berg said on Tuesday."),
                Articles.of("b", "\"I have never seen anything like this in my life,\" said Peter Holm, a passenger on the train.")));
        AlteredQuote q = c.alteredQuotes().get(0);
        assertEquals(2, q.variants().size());
        Contradiction who = of(c, ContradictionKind.ATTRIBUTION).get(0);
        assertTrue(who.explanation().contains("Mayor Anna Berg") && who.explanation().contains("Peter Holm"), who.explanation());
    }

    @Test
    void aNameAfterARoleIsTheSpeaker() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "\"Not one pane of glass survived,\" site foreman Oren Lask said after the Vell depot fire on Monday."),
                Articles.of("b", "\"Not one pane of glass survived,\" said the depot's owner, Ruth Amsel, after the fire on Monday.")));
        Contradiction who = of(c, ContradictionKind.ATTRIBUTION).get(0);
        assertTrue(who.explanation().contains("Oren Lask") && who.explanation().contains("Ruth Amsel"), who.explanation());
    }

    @Test
    void aRoleAndTheNameOfWhoHoldsItAreNoTwoSpeakers() throws Exception {
        Comparison role = ClaimsPipeline.compare(List.of(
                Articles.of("a", "\"Every flooded cellar will be pumped out by Friday,\" said the mayor of Dunhollow on Monday."),
                Articles.of("b", "\"Every flooded cellar will be pumped out by Friday,\" said Ruth Aske, who is mayor of Dunhollow.")));
        assertTrue(of(role, ContradictionKind.ATTRIBUTION).isEmpty(), role.contradictions().toString());
        Comparison twoBodies = ClaimsPipeline.compare(List.of(
                Articles.of("a", "\"Every flooded cellar will be pumped out by Friday,\" said a spokesman for Dunhollow council."),
                Articles.of("b", "\"Every flooded cellar will be pumped out by Friday,\" said a spokeswoman for Orrin Water.")));
        assertEquals(1, of(twoBodies, ContradictionKind.ATTRIBUTION).size(), twoBodies.contradictions().toString());
        Comparison twoNamed = ClaimsPipeline.compare(List.of(
                Articles.of("a", "\"Every flooded cellar will be pumped out by Friday,\" Mayor Ruth Aske told reporters."),
                Articles.of("b", "\"Every flooded cellar will be pumped out by Friday,\" fire chief Owen Tarr told reporters.")));
        assertEquals(1, of(twoNamed, ContradictionKind.ATTRIBUTION).size(), "a role before a name still names: "
                + twoNamed.contradictions());
    }

    /** Two ministers share the word of their office, not their person; one minister told by office alone is one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two ministers, two speakers     | 1 | "Every library in Tarnby will stay open this year," Finance Minister Hale Orsk told parliament on Wednesday. | The budget was set out on Wednesday, with Prime Minister Irena Tolt declaring in parliament: "Every library in Tarnby will stay open this year."
            two people of one club           | 1 | "We were not good enough tonight," said Tarnby coach Ivo Marsh after the defeat to Orrin. | Tarnby captain Lena Holt said "we were not good enough tonight" after the defeat to Orrin.
            one person of one club, named twice | 0 | "We were not good enough tonight," said Tarnby coach Ivo Marsh after the defeat to Orrin. | Coach Ivo Marsh said "we were not good enough tonight" after Tarnby's defeat to Orrin.
            a minister by name and by office | 0 | "Every library in Tarnby will stay open this year," Finance Minister Hale Orsk told parliament on Wednesday. | "Every library in Tarnby will stay open this year," the finance minister told parliament on Wednesday.
            """)
    void ministersBySpeaker(String why, int credits, String a, String b) throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(Articles.of("a", a), Articles.of("b", b)));
        assertEquals(credits, of(c, ContradictionKind.ATTRIBUTION).size(), why + ": " + c.contradictions());
    }

    @Test
    void aQuotationCreditedToTwoPeopleAcrossFourArticlesIsOneContradiction() throws Exception {
        String quote = "\"Nobody on that ferry should have been below deck when the storm warning came,\" ";
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", quote + "harbour master Ilse Brandvold said on Friday."),
                Articles.of("b", quote + "harbour master Ilse Brandvold said on Friday."),
                Articles.of("c", quote + "said Brandvold, who runs the port."),
                Articles.of("d", quote + "coastguard captain Rune Halvik said on Friday.")));
        List<Contradiction> who = of(c, ContradictionKind.ATTRIBUTION);
        assertEquals(1, who.size(), who.toString());
        assertEquals(List.of("a", "b", "c", "d"), who.get(0).values().stream().map(v -> v.evidence().article()).toList());
        assertTrue(who.get(0).explanation().contains("Ilse Brandvold in a, b, c; coastguard captain Rune Halvik in d"),
                who.get(0).explanation());
    }

    @Test
    void aQuoteCreditedThroughAnotherOutletIsAltered() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "\"The convoy did not stop when it was warned off by the patrol,\" an unnamed official told AFP."),
                Articles.of("b", "\"The convoy did not stop when it was warned off by the patrol,\" one of the officials said.")));
        AlteredQuote q = c.alteredQuotes().get(0);
        assertEquals(AlteredQuote.ATTRIBUTION, q.change());
        assertEquals(List.of("AFP", ""), q.variants().stream().map(AlteredQuote.Variant::channel).toList());
        Comparison same = ClaimsPipeline.compare(List.of(
                Articles.of("a", "\"The convoy did not stop when it was warned off by the patrol,\" an unnamed official told AFP."),
                Articles.of("b", "\"The convoy did not stop when it was warned off by the patrol,\" the official told AFP.")));
        assertTrue(same.alteredQuotes().isEmpty(), same.alteredQuotes().toString());
    }

    @Test
    void aSentenceThatDiffersInTwoPlacesGivesTwoContradictions() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The army shelled the rebel camp near Eastvale inside a ceasefire zone backed by Egypt, Qatar and Turkey."),
                Articles.of("b", "The army shelled the rebel camp near Westvale inside a ceasefire zone backed by Egypt.")));
        List<String> values = of(c, ContradictionKind.ENTITY).stream()
                .map(x -> x.values().get(0).value() + " / " + x.values().get(1).value()).sorted().toList();
        assertEquals(List.of("Eastvale / Westvale", "Egypt, Qatar and Turkey / Egypt"), values);
    }

    @Test
    void anAttackCreditedToANameNoOtherArticleUses() throws Exception {
        String a = "The Northland air force struck rebel positions near Eastvale on Monday, the ministry said.";
        String b = "Officials said the Northland air force struck rebel positions near Eastvale late on Monday.";
        String c = "Residents blamed air strikes by the Southland navy for the damage in the hills.";
        Contradiction x = ClaimsPipeline.compare(List.of(Articles.of("a", a), Articles.of("b", b), Articles.of("c", c)))
                .contradictions().stream().filter(k -> k.topic().equals("who carried out the strikes")).findFirst().orElseThrow();
        assertEquals(ContradictionKind.ENTITY, x.kind());
        assertEquals(List.of("a: Northland air force", "b: Northland air force", "c: Southland navy"),
                x.values().stream().map(v -> v.evidence().article() + ": " + v.value()).toList());
        // When the other articles know that name too, it is another actor, not a different account.
        Comparison known = ClaimsPipeline.compare(List.of(Articles.of("a", a + " The Southland navy stayed in port."),
                Articles.of("b", b), Articles.of("c", c)));
        assertTrue(known.contradictions().stream().noneMatch(k -> k.topic().startsWith("who carried out")),
                known.contradictions().toString());
    }

    @Test
    void targetsOfDifferentKinds() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Jets struck government troops near Eastvale on Monday, witnesses said."),
                Articles.of("b", "Local media said jets hit pro-government militias close to the town on Monday.")));
        Contradiction x = c.contradictions().stream().filter(k -> k.topic().startsWith("who was")).findFirst().orElseThrow();
        assertEquals(List.of("government troops", "pro-government militias"),
                x.values().stream().map(Contradiction.Value::value).toList());
        Comparison same = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Jets struck government troops near Eastvale on Monday, witnesses said."),
                Articles.of("b", "Local media said jets hit the army close to the town on Monday.")));
        assertTrue(same.contradictions().stream().noneMatch(k -> k.topic().startsWith("who was")), "both state forces");
        Comparison earlier = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Jets struck government troops near Eastvale on Monday, witnesses said."),
                Articles.of("b", "It was not the first time jets hit pro-government militias close to the town.")));
        assertTrue(earlier.contradictions().stream().noneMatch(k -> k.topic().startsWith("who was")),
                "another occasion");
    }

    @Test
    void differentGroupsNamedAsTheOnesBacked() throws Exception {
        String a = "The US-backed Free Valley Army said the convoy was hit near the border on Monday.";
        String b = "Fighters of the US-backed Free Valley Army said the convoy had been warned.";
        String c = "The base is where advisers train members of the River Guard Brigade, the official said.";
        Contradiction x = ClaimsPipeline.compare(List.of(Articles.of("a", a), Articles.of("b", b), Articles.of("c", c)))
                .contradictions().stream().filter(k -> k.topic().equals("which group is backed or trained")).findFirst()
                .orElseThrow();
        assertEquals(List.of("a", "b", "c"), x.values().stream().map(v -> v.evidence().article()).toList());
        Comparison both = ClaimsPipeline.compare(List.of(Articles.of("a", a), Articles.of("b", b),
                Articles.of("c", c + " The Free Valley Army has its own camp.")));
        assertTrue(both.contradictions().stream().noneMatch(k -> k.topic().startsWith("which group")),
                "an article naming both groups says they coexist");
    }

    @Test
    void thePersonGivenAnotherOffice() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The figure was first cited by Sheriff Anna Berg at a briefing on Monday."),
                Articles.of("b", "The local police chief, Anna Berg, had mentioned the number in a briefing."),
                Articles.of("c", "Sheriff Anna Berg said the count would be corrected soon.")));
        Contradiction x = c.contradictions().stream().filter(k -> k.topic().equals("the office of Anna Berg")).findFirst()
                .orElseThrow();
        assertEquals(List.of("a: Sheriff Anna Berg", "b: The local police chief, Anna Berg", "c: Sheriff Anna Berg"),
                x.values().stream().map(v -> v.evidence().article() + ": " + v.value()).toList());
        assertEquals("The local police chief, Anna Berg", x.values().get(1).evidence().text(), "the clause, not the sentence");
        Comparison staff = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Spokesman Amy Lund said the count was wrong on Monday."),
                Articles.of("b", "Chief administrative officer Amy Lund said the count was wrong.")));
        assertTrue(staff.contradictions().isEmpty(), "staff roles are not offices: " + staff.contradictions());
    }

    @Test
    void aQuotationCreditedToAnotherPersonByContext() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Said Mayor Nutter: \"The front of the train is mangled. The whole thing is like a pile of metal.\""),
                Articles.of("b", "Paul Cheung, a passenger, was on the train. The front \"is mangled,\" he added. "
                        + "\"The front of the train is mangled. The whole thing is like a pile of metal.\"")));
        Contradiction who = of(c, ContradictionKind.ATTRIBUTION).get(0);
        assertTrue(who.explanation().contains("Nutter") && who.explanation().contains("Paul Cheung"), who.explanation());
        assertTrue(who.values().get(1).evidence().text().startsWith("The front \"is mangled,\" he added."),
                "the sentence that credits the quotation is part of the evidence");
    }

    @Test
    void aDifferentDayInTheSameSentenceIsADateContradiction() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The bridge over the river was closed to traffic on March 3 after the inspection."),
                Articles.of("b", "The bridge over the river was closed to traffic on March 5 after the inspection."),
                Articles.of("c", "The bridge over the river was closed to traffic on Tuesday after the inspection."),
                Articles.of("d", "The bridge over the river was closed to traffic on Monday after the inspection.")));
        List<Contradiction> dates = of(c, ContradictionKind.DATE);
        assertEquals(1, dates.size(), c.contradictions().toString());
        assertEquals(List.of("March 3", "March 5", "Tuesday", "Monday"), dates.get(0).values().stream().map(Contradiction.Value::value)
                .toList());
        assertTrue(of(c, ContradictionKind.NUMBER).isEmpty(), "a day of the month is a date, not a count");
    }

    @Test
    void separateEventsAndDenialsAreNeitherContradictionsNorAgreements() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Twelve people were killed in the market bombing in the northern town on Friday."),
                Articles.of("b", "Three people were killed in a separate shooting in the southern port on Friday.")));
        assertTrue(of(c, ContradictionKind.NUMBER).isEmpty(), "a separate event's toll: " + c.contradictions());
        Comparison denial = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Government troops did not enter the northern district of Harn on Sunday night, officials said."),
                Articles.of("b", "Officials said government soldiers entered the northern district of Harn late on Sunday night.")));
        assertTrue(denial.agreements().stream().noneMatch(x -> x.statement().contains("Harn")),
                "a denial does not agree with the claim it denies: " + denial.agreements());
    }

    @Test
    void lookAlikesAreNoContradiction() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Spokesman Amy Lund said some victims were counted twice in the early chaos of the storm."),
                Articles.of("b", "Medical examiner spokeswoman Amy Lund said some victims were counted twice in the chaos."),
                Articles.of("c", "The town lies 10 miles south of the capital. The path was two miles wide."),
                Articles.of("d", "The county lowered its count by 30 to 42 deaths."),
                Articles.of("e", "The county overcounted deaths by as many as 30, officials said.")));
        assertTrue(c.contradictions().isEmpty(), c.contradictions().toString());
    }

    @Test
    void singleSourceClaimsAreWhatOnlyOneArticleStates() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The storm killed 24 people on Monday. The league pledged $1 million in donations on Tuesday."),
                Articles.of("b", "The storm killed 24 people in the suburb on Monday afternoon.")));
        List<String> single = c.singleSource().stream().map(s -> s.evidence().text()).toList();
        assertEquals(List.of("The league pledged $1 million in donations on Tuesday."), single);
    }

    @Test
    void everyFindingHasExactEvidenceAndStableOrder() throws Exception {
        List<Article> articles = new ArrayList<>(List.of(
                Articles.of("a", "At least 12 people were killed when the bridge collapsed. The mayor reportedly resigned."),
                Articles.of("b", "Officials said 15 people were killed after the bridge fell. The mayor resigned."),
                Articles.of("c", "The collapse killed 12 people, the fire service said.")));
        Comparison reference = ClaimsPipeline.compare(articles);
        Collections.shuffle(articles, new Random(3));
        assertEquals(reference, ClaimsPipeline.compare(articles), "independent of article order");
        List<Excerpt> all = new ArrayList<>();
        reference.contradictions().forEach(x -> x.values().forEach(v -> all.add(v.evidence())));
        reference.agreements().forEach(a -> all.addAll(a.sources()));
        reference.singleSource().forEach(s -> all.add(s.evidence()));
        for (Excerpt e : all) {
            String text = articles.stream().filter(a -> a.id().equals(e.article())).findFirst().orElseThrow().text();
            assertEquals(text.substring(e.start(), e.end()), e.text());
        }
    }
}
