package org.factdiff.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdiff.Articles;
import org.factdiff.claims.Claim;
import org.factdiff.claims.RuleBasedClaimExtractor;
import org.factdiff.ingest.Article;
import org.factdiff.text.EncoderException;
import org.factdiff.text.Lexicon;
import org.factdiff.text.Meanings;
import org.factdiff.text.MiniLmEncoder;
import org.factdiff.text.ParsedText;
import org.factdiff.text.SentenceEncoder;
import org.junit.jupiter.api.Test;

/** Claims aligned by meaning: rewordings of one fact join, look-alikes about other things stay apart. */
class MeaningMergeTest {
    static List<ClaimGroup> align(SentenceEncoder encoder, Article... articles) throws EncoderException {
        List<ParsedText> texts = Articles.parse(List.of(articles), List.of());
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.of(LocalDate.of(2024, 3, 5)));
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            claims.addAll(x.extract(articles[i], texts.get(i)));
        }
        return new SlotClaimAligner(Meanings.of(texts, encoder)).align(claims);
    }

    /** True when one statement group holds a sentence of each text, found by its start. */
    static boolean together(List<ClaimGroup> groups, String a, String b) {
        return groups.stream().filter(g -> g.kind() == GroupKind.STATEMENT).anyMatch(g ->
                g.members().stream().anyMatch(m -> m.claim().evidence().text().startsWith(a))
                        && g.members().stream().anyMatch(m -> m.claim().evidence().text().startsWith(b)));
    }

    static final Article RESCUE_A = Articles.of("a", "Firefighters rescued fourteen residents from flooded homes in the "
            + "lower town, the fire chief said. The bridge over the Ardle river was closed to traffic on Monday after "
            + "engineers found cracks.");
    static final Article RESCUE_B = Articles.of("b", "Engineers discovered cracks in the Ardle river bridge, which was "
            + "shut to vehicles on Monday. Fourteen people were pulled from their flooded houses in the lower town by "
            + "firefighters, according to the fire chief.");

    @Test
    void rewordedStatementsOfOneFactAlignByMeaning() throws EncoderException {
        List<ClaimGroup> g = align(new MiniLmEncoder(1), RESCUE_A, RESCUE_B);
        assertTrue(together(g, "Firefighters rescued", "Fourteen people were pulled"));
        assertTrue(together(g, "The bridge over", "Engineers discovered"));
    }

    @Test
    void aRewordingOnlyMeaningJoins() throws EncoderException {
        Article a = Articles.of("a", "Police arrested the driver of the lorry at the scene on Friday.");
        Article b = Articles.of("b", "The lorry driver was detained by officers at the scene on Friday.");
        assertFalse(together(align(SentenceEncoder.NONE, a, b), "Police arrested", "The lorry driver"));
        assertTrue(together(align(new MiniLmEncoder(1), a, b), "Police arrested", "The lorry driver"));
    }

    @Test
    void aPopulationIsNoDeathToll() throws EncoderException {
        List<ClaimGroup> g = align(new MiniLmEncoder(1),
                Articles.of("a", "The province, home to about 3 million people, was hit hardest by the earthquake."),
                Articles.of("b", "The earthquake killed 41 people in the province, the government said."));
        assertFalse(together(g, "The province", "The earthquake killed"));
    }

    /** The two sentences' claims, and whether {@link MeaningMerge} calls them alike. */
    static boolean alike(String a, String b) throws EncoderException {
        List<Article> articles = List.of(Articles.of("a", a), Articles.of("b", b));
        List<ParsedText> texts = Articles.parse(articles, List.of());
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.of(LocalDate.of(2024, 3, 5)));
        Claim ca = x.extract(articles.get(0), texts.get(0)).get(0);
        Claim cb = x.extract(articles.get(1), texts.get(1)).get(0);
        return new MeaningMerge(Meanings.of(texts, new MiniLmEncoder(1))).alike(ca, cb);
    }

    @Test
    void twoCountsOfOneThingAreNoAgreementHoweverAlikeTheWords() throws EncoderException {
        assertTrue(alike("Two workers were taken to Orrin General Hospital with burns, the company said.",
                "Two employees were taken to Orrin General Hospital with burns, a company spokesman said."));
        assertFalse(alike("Two workers were taken to Orrin General Hospital with burns, the company said.",
                "Three employees were taken to Orrin General Hospital with burns, a company spokesman said."));
    }

    @Test
    void anEarlierAttackIsNotThisOne() throws EncoderException {
        // 0.77 alike in meaning, but one speaks of another year.
        assertFalse(alike("Tuesday's bombing at the central market killed 12 people, police said.",
                "A similar bombing in 2009 killed 30 people at the central market."));
    }

    @Test
    void aDenialIsNoAgreement() throws EncoderException {
        assertTrue(alike("Police arrested the driver of the lorry at the scene on Friday.",
                "The lorry driver was detained by officers at the scene on Friday."));
        assertFalse(alike("Police arrested the driver of the lorry at the scene on Friday.",
                "The lorry driver was not detained by officers at the scene on Friday."));
    }

    @Test
    void compatibleSlotsNeedTheSameKindOfFigure() throws EncoderException {
        List<ParsedText> texts = Articles.parse(List.of(
                Articles.of("a", "The storm killed 12 people in the valley."),
                Articles.of("b", "The storm destroyed 12 homes in the valley.")), List.of());
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.empty());
        Claim a = x.extract(Articles.of("a", texts.get(0).text()), texts.get(0)).get(0);
        Claim b = x.extract(Articles.of("b", texts.get(1).text()), texts.get(1)).get(0);
        assertFalse(MeaningMerge.compatible(a, b), a.quantities() + " / " + b.quantities());
    }

    /**
     * Every pair of claims of two articles that share a content word and are alike in meaning is
     * a candidate exactly once, however many words they share, as testing every pair finds.
     */
    @Test
    void eachAlikePairIsACandidateOnce() throws EncoderException {
        Article c = Articles.of("c", "Fourteen residents were rescued by firefighters from flooded homes in the lower "
                + "town. The Ardle river bridge was closed to traffic after engineers found cracks on Monday.");
        List<Article> articles = List.of(RESCUE_A, RESCUE_B, c);
        List<ParsedText> texts = Articles.parse(articles, List.of());
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.of(LocalDate.of(2024, 3, 5)));
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (Claim claim : x.extract(articles.get(i), texts.get(i))) {
                members.add(new Member(claim, Optional.empty(), Optional.empty()));
            }
        }
        MeaningMerge merge = new MeaningMerge(Meanings.of(texts, new MiniLmEncoder(1)));
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (MeaningMerge.Edge e : merge.candidates(members)) {
            assertTrue(found.add(e.i() + "-" + e.j()), "met twice: " + e.i() + "-" + e.j());
        }
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Claim a = members.get(i).claim();
                Claim b = members.get(j).claim();
                if (a.content().stream().anyMatch(b.content()::contains) && merge.alike(a, b)) {
                    expected.add(i + "-" + j);
                }
            }
        }
        assertTrue(expected.size() >= 3, "alike pairs: " + expected);
        org.junit.jupiter.api.Assertions.assertEquals(expected, found);
    }
}
