package org.factdiff.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.factdiff.Articles;
import org.factdiff.ingest.Article;
import org.factdiff.text.ParsedText;
import org.factdiff.text.Excerpt;
import org.junit.jupiter.api.Test;

/** Hand-made pairs for each kind of reuse, for stock phrases, and for unrelated texts. */
class WinnowingReuseDetectorTest {
    static ReuseResult detect(List<Article> articles) throws ReuseException {
        return detect(articles, List.of());
    }

    static ReuseResult detect(List<Article> articles, List<List<String>> names) throws ReuseException {
        return new WinnowingReuseDetector().detect(articles, Articles.parse(articles, names));
    }

    static final String HARBOUR = "Heavy rain flooded the old harbour district on Sunday night. "
            + "Firefighters rescued fourteen residents from their homes in the lower town, the fire chief said. "
            + "The river rose two metres in six hours, the highest level recorded since the great flood of 1998.";

    @Test
    void verbatimPassageWithOffsetsInBothTexts() throws Exception {
        Article a = Articles.of("a", "Local news in brief. " + HARBOUR + " Other news follows.");
        Article b = Articles.of("b", "Weather desk: " + HARBOUR);
        ReuseResult r = detect(List.of(a, b));
        assertEquals(1, r.pairs().size());
        ReusePair p = r.pairs().get(0);
        assertEquals(1, p.passages().size());
        Passage s = p.passages().get(0);
        assertEquals(PassageKind.VERBATIM, s.kind(), s.a().text() + " || " + s.b().text() + " " + s.changes());
        assertEquals(1.0, s.similarity());
        assertTrue(s.a().text().startsWith("Heavy rain flooded") && s.a().text().endsWith("great flood of 1998"), s.a().text());
        assertEquals(a.text().substring(s.a().start(), s.a().end()), s.a().text());
        assertEquals(b.text().substring(s.b().start(), s.b().end()), s.b().text());
        assertTrue(s.changes().isEmpty());
        assertTrue(p.coverageB() > 0.9, "b is almost all shared: " + p.coverageB());
    }

    /** An article that prints one paragraph twice has it matched twice; each passage keeps an id of its own. */
    @Test
    void aLongNameAndAFigureBothReportsStateAreNoPassage() throws Exception {
        Article a = Articles.of("a", "The walkout, called by the Amalgamated Harbour and Dock Workers Union Branch 77, "
                + "shut the east quay for a day. Crane drivers stayed home.");
        Article b = Articles.of("b", "Pickets from the Amalgamated Harbour and Dock Workers Union Branch 77 gathered at "
                + "dawn outside the ferry office in light rain.");
        assertTrue(detect(List.of(a, b)).pairs().isEmpty(), detect(List.of(a, b)).pairs().toString());
    }

    @Test
    void aCopiedSentenceAroundALongNameIsStillAPassage() throws Exception {
        Article a = Articles.of("a", "Pickets from the Amalgamated Harbour and Dock Workers Union Branch 77 gathered at "
                + "dawn outside the ferry office in light rain. Crane drivers stayed home.");
        Article b = Articles.of("b", "In the port, pickets from the Amalgamated Harbour and Dock Workers Union Branch 77 "
                + "gathered at dawn outside the ferry office in light rain, witnesses said.");
        assertEquals(1, detect(List.of(a, b)).pairs().size());
    }

    @Test
    void aParagraphPrintedTwiceGivesTwoPassagesOfTwoIds() throws Exception {
        Article a = Articles.of("a", HARBOUR + " The council met on Monday to discuss the repairs to the sea wall and the pier. " + HARBOUR);
        Article b = Articles.of("b", "Weather desk: " + HARBOUR + " Readers sent photographs of the flooded quay.");
        ReusePair p = detect(List.of(a, b)).pairs().get(0);
        assertEquals(2, p.passages().size(), p.passages().toString());
        assertEquals(p.passages().get(0).a().text(), p.passages().get(1).a().text(), "one text twice");
        assertEquals(2, p.passages().stream().map(Passage::id).distinct().count(), p.passages().toString());
        assertTrue(p.passages().stream().allMatch(x -> org.factdiff.review.Review.FINDING_ID.matcher(x.id()).matches()));
    }

    @Test
    void nearVerbatimWithEditsCaseQuotesAndTransliteration() throws Exception {
        Article a = Articles.of("a", "Officials said the convoy was hit near the town of al-Qaim on Tuesday, "
                + "killing at least nine fighters and destroying four trucks, according to a local monitor.");
        Article b = Articles.of("b", "Officials said the convoy was struck near the town of Al Qaim on Tuesday, "
                + "killing at least nine fighters and destroying 4 trucks, according to the local monitor.");
        ReuseResult r = detect(List.of(a, b), List.of(List.of("Al Qaim", "al-Qaim")));
        Passage s = r.pairs().get(0).passages().get(0);
        assertEquals(PassageKind.NEAR_VERBATIM, s.kind());
        assertTrue(s.similarity() > 0.85 && s.similarity() < 1, "similarity " + s.similarity());
        List<String> changedInA = s.changes().stream().map(c -> c.a().text()).toList();
        assertTrue(changedInA.contains("hit"), "the replaced word is a change: " + changedInA);
    }

    @Test
    void paraphraseBySynonymsAbbreviationsAndReordering() throws Exception {
        Article a = Articles.of("a", "The United Nations said on Friday that the number of deaths from the earthquake "
                + "had risen to 212, and that rescue teams were still searching collapsed buildings in the capital. "
                + "Aid convoys reached the northern province late on Thursday.");
        Article b = Articles.of("b", "Rescue teams are still searching collapsed structures in the capital, the UN stated "
                + "on Friday, adding that the earthquake fatality count had climbed to 212. "
                + "Sports results are on page nine.");
        ReuseResult r = detect(List.of(a, b));
        assertEquals(1, r.pairs().size(), "the spun sentence is found");
        Passage s = r.pairs().get(0).passages().get(0);
        assertEquals(PassageKind.PARAPHRASE, s.kind());
        assertTrue(s.a().text().contains("rescue teams were still searching"), s.a().text());
        assertTrue(s.b().text().contains("the UN stated"), s.b().text());
    }

    @Test
    void namesSpunIntoTheirLongFormsAreStillTheSamePassage() throws Exception {
        Article a = Articles.of("a", "Syria's military, supported by Russia and Iranian-backed militias, has fought the "
                + "militant group only sporadically, preferring to focus its efforts against rebel factions across the country. "
                + "Damascus condemned the air strikes by NATO as a criminal assault on its sovereignty.");
        Article b = Articles.of("b", "Separately, Syria's military supported by Russian Federation and Iranian-backed militias "
                + "are fighting against the militant group only sporadically, preferring to instead focus their efforts "
                + "against rebel factions across the country. Damascus condemned the air strikes by North Atlantic Treaty "
                + "Organisation as a criminal assault on its sovereignty.");
        ReuseResult r = detect(List.of(a, b));
        assertEquals(1, r.pairs().size());
        List<Passage> passages = r.pairs().get(0).passages();
        assertTrue(passages.stream().anyMatch(p -> p.a().text().contains("supported by Russia")
                && p.b().text().contains("supported by Russian Federation")), passages.toString());
        assertTrue(passages.stream().anyMatch(p -> p.a().text().contains("by NATO")
                && p.b().text().contains("by North Atlantic Treaty Organisation")), passages.toString());
    }

    @Test
    void aFingerprintInTooManyArticlesIsAStockPhraseOfTheCase() throws Exception {
        String shared = "The regional water authority announced that the northern reservoir would be drained for repairs "
                + "before the autumn rains arrived in the valley.";
        List<Article> three = List.of(Articles.of("a", shared + " Farmers were worried."),
                Articles.of("b", "Residents read it twice. " + shared), Articles.of("c", shared + " Nobody objected."));
        assertEquals(3, detect(three).pairs().stream().filter(p -> !p.passages().isEmpty()).count());
        List<ParsedText> texts = Articles.parse(three, List.of());
        ReuseResult capped = new WinnowingReuseDetector(ReuseOptions.DEFAULTS.withMaxArticles(2)).detect(three, texts);
        assertTrue(capped.pairs().stream().allMatch(p -> p.passages().isEmpty()), capped.pairs().toString());
    }

    @Test
    void stockPhrasesAndShortQuotesAreNoReuse() throws Exception {
        Article a = Articles.of("a", "According to a spokesman, the US-led coalition struck a depot, he told reporters. "
                + "\"We are monitoring,\" the mayor said on Monday.");
        Article b = Articles.of("b", "According to a witness, the US-led coalition has ended its mission in the north, "
                + "an official told reporters. \"We are monitoring,\" a resident said after the blast.");
        assertTrue(detect(List.of(a, b)).pairs().isEmpty(), "stock phrases and a short quote are not reuse");
    }

    @Test
    void twoQuotationsInTheSameOrderAroundAnyAttributionAreOnePassage() throws Exception {
        String first = "\"The whole street shook like paper,\" ";
        String second = " \"We have never had a blaze like this one in town.\"";
        Article a = Articles.of("a", "A warehouse burned down overnight. " + first + "the chief told reporters." + second);
        Article b = Articles.of("b", "Flames lit up the sky above the docks. " + first
                + "Dana Whitlow, who leads the county crews, said on Monday." + second);
        List<Passage> found = detect(List.of(a, b)).pairs().get(0).passages();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).a().text().startsWith("The whole street") && found.get(0).a().text().endsWith("in town"),
                found.get(0).a().text());
        assertTrue(found.get(0).b().text().contains("Dana Whitlow"), found.get(0).b().text());
        // The same two lines in the other order are what two reporters who heard the speaker pick.
        Article c = Articles.of("c", "Flames lit up the sky above the docks." + second
                + " Dana Whitlow, who leads the county crews, said on Monday. " + first + "she added.");
        assertTrue(detect(List.of(a, c)).pairs().isEmpty(), "quotations in another order are no copy");
    }

    @Test
    void shortSharedPhrasesAreNotPassages() throws Exception {
        Article a = Articles.of("a", "The prime minister visited the flooded villages on Monday.");
        Article b = Articles.of("b", "Critics said the prime minister visited the flooded villages far too late.");
        assertTrue(detect(List.of(a, b)).pairs().isEmpty());
    }

    @Test
    void unrelatedSubjectsShareNothing() throws Exception {
        Article a = Articles.of("a", HARBOUR + " Schools in the district will stay closed until the water recedes, "
                + "the council said in a statement on Monday morning.");
        Article b = Articles.of("b", "The home side won the cup final three goals to one on Saturday evening. "
                + "Their captain scored twice in the second half, and the coach said the team had played its best "
                + "football of the season. Fans celebrated in the main square until late at night.");
        ReuseResult r = detect(List.of(a, b));
        assertTrue(r.pairs().isEmpty());
        assertEquals(1.0, r.originalShare().get("a"));
        assertEquals(1.0, r.originalShare().get("b"));
    }

    @Test
    void symmetricAndIndependentOfArticleOrder() throws Exception {
        List<Article> articles = new ArrayList<>(List.of(
                Articles.of("c", "Intro. " + HARBOUR),
                Articles.of("a", HARBOUR + " More to come."),
                Articles.of("b", "Heavy rain flooded the old harbour district on Sunday night. Firefighters rescued "
                        + "14 people from their homes in the lower town, the fire chief told reporters.")));
        ReuseResult reference = detect(articles);
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(articles, random);
            assertEquals(reference, detect(articles), "order " + articles.stream().map(Article::id).toList());
        }
        for (ReusePair p : reference.pairs()) {
            assertTrue(p.a().compareTo(p.b()) < 0);
        }
    }

    @Test
    void coverageContainmentAndDirection() throws Exception {
        Article early = Articles.of("early", HARBOUR, "2024-05-01T08:00Z");
        Article late = Articles.of("late", "Update at noon: " + HARBOUR + " Power was restored to most of the town by "
                + "midday, and the regional government promised emergency funds for the families that lost their homes.",
                "2024-05-01T12:00Z");
        ReusePair p = detect(List.of(early, late)).pairs().get(0);
        assertEquals(Direction.A_TO_B, p.direction());
        assertTrue(p.reason().contains("early was published before late"), p.reason());
        assertEquals(Containment.A_IN_B, p.containment());

        Article undated = Articles.of("early", HARBOUR);
        Article container = Articles.of("late", "Update at noon: " + HARBOUR + " Power was restored to most of the "
                + "town by midday, and the regional government promised emergency funds for the families.");
        ReusePair q = detect(List.of(undated, container)).pairs().get(0);
        assertEquals(Direction.A_TO_B, q.direction(), "the container is the later text");
        assertTrue(q.reason().contains("late contains"), q.reason());

        Article x = Articles.of("x", HARBOUR + " The mayor praised the volunteers who filled sandbags through the night.");
        Article y = Articles.of("y", HARBOUR + " Train services to the coast were suspended until further notice.");
        ReusePair xy = detect(List.of(x, y)).pairs().get(0);
        assertEquals(Direction.UNKNOWN, xy.direction());
        assertTrue(xy.reason().endsWith("neither text contains the other"), xy.reason());

        ReusePair same = detect(List.of(Articles.of("one", HARBOUR), Articles.of("two", HARBOUR))).pairs().get(0);
        assertEquals(Direction.UNKNOWN, same.direction());
        assertEquals(Containment.NONE, same.containment(), "neither adds material of its own");
        assertTrue(same.reason().contains("each text holds nearly all of the other (100% and 100%)"), same.reason());
    }

    @Test
    void sharedByCountsEveryArticleWithThePassage() throws Exception {
        ReuseResult r = detect(List.of(
                Articles.of("a", HARBOUR), Articles.of("b", "Wire: " + HARBOUR), Articles.of("c", "Also: " + HARBOUR),
                Articles.of("d", "Unrelated: the cup final ended three goals to one after a late penalty.")));
        for (ReusePair p : r.pairs()) {
            for (Passage s : p.passages()) {
                assertEquals(3, s.sharedBy(), p.a() + "~" + p.b());
            }
        }
    }

    @Test
    void everyExcerptIsExactlyItsSpan() throws Exception {
        List<Article> articles = List.of(Articles.of("a", "Intro line\n" + HARBOUR), Articles.of("b", HARBOUR.replace("fourteen", "14")));
        ReuseResult r = detect(articles);
        for (ReusePair p : r.pairs()) {
            for (Passage s : p.passages()) {
                check(articles, s.a());
                check(articles, s.b());
                for (Passage.Change c : s.changes()) {
                    check(articles, c.a());
                    check(articles, c.b());
                }
            }
        }
    }

    private static void check(List<Article> articles, Excerpt e) {
        String text = articles.stream().filter(x -> x.id().equals(e.article())).findFirst().orElseThrow().text();
        assertEquals(text.substring(e.start(), e.end()), e.text());
    }

    @Test
    void alignmentWorkIsBoundedPerPairAndTheRunGoesOn() throws Exception {
        List<Article> articles = List.of(Articles.of("a", HARBOUR), Articles.of("b", HARBOUR),
                Articles.of("c", "A different note about the weather in the hills, where rain fell all week long."));
        WinnowingReuseDetector tight = new WinnowingReuseDetector(ReuseOptions.DEFAULTS.withMaxPairCells(10));
        ReuseResult r = tight.detect(articles, Articles.parse(articles, List.of()));
        assertEquals(1, r.bounded().size(), r.bounded().toString());
        ReuseResult.Bounded b = r.bounded().get(0);
        assertEquals("a", b.a());
        assertEquals("b", b.b());
        assertTrue(b.candidates() > 0 && b.aligned() < b.candidates(), b.toString());
        assertTrue(b.note().startsWith("a and b are too repetitive to align in full: aligned the first "), b.note());
        ReuseResult full = new WinnowingReuseDetector().detect(articles, Articles.parse(articles, List.of()));
        assertEquals(List.of(), full.bounded(), "the default bound leaves an ordinary pair whole");
        assertFalse(full.pairs().isEmpty());
    }

    @Test
    void aCaseNeedsNoMoreThanEachPairsOwnBound() throws Exception {
        // Twelve outlets print one wire story: 66 pairs, each small. The smallest per-pair bound
        // that cuts no pair is far below what the whole case needs, which a case-wide budget of
        // that size would have refused.
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(Articles.of(String.format("o%02d", i), "Outlet " + i + " reports. " + HARBOUR
                    + " More on this story later."));
        }
        List<ParsedText> texts = Articles.parse(articles, List.of());
        long bound = 1;
        while (!new WinnowingReuseDetector(ReuseOptions.DEFAULTS.withMaxPairCells(bound)).detect(articles, texts)
                .bounded().isEmpty()) {
            bound *= 2;
        }
        ReuseResult r = new WinnowingReuseDetector(ReuseOptions.DEFAULTS.withMaxPairCells(bound)).detect(articles, texts);
        assertEquals(66, r.pairs().size(), "every pair found under a bound one pair needs");
        assertEquals(List.of(), r.bounded());
        ReuseResult tight = new WinnowingReuseDetector(ReuseOptions.DEFAULTS.withMaxPairCells(bound / 2))
                .detect(articles, texts);
        assertFalse(tight.bounded().isEmpty(), "half that bound cuts pairs, and the run still ends");
    }

    // Two reports that quote the same two short fragments of a witness inside sentences of their
    // own: each sentence pair shares a single fingerprint.
    static final String WITNESS_A = "A farmer who reached the crossing first said the boxes were smashed to bits on "
            + "the ground while drivers waited behind a police line for most of the morning. Officers closed the "
            + "road until the evening. Later he told the regional paper that the cargo was scattered over the fields "
            + "by dawn and that nobody had come to collect it yet.";
    static final String WITNESS_B = "Drivers stuck on the bypass wrote that the boxes were smashed to bits on the ground, "
            + "according to messages posted by a local radio presenter before noon. The county has not said when "
            + "the road will reopen. A neighbour who walked over at first light insisted the cargo was scattered over "
            + "the fields by dawn, though no official has confirmed this.";

    @Test
    void inALargeCaseASentencePairMustShareMoreThanOneFingerprint() throws Exception {
        List<Article> articles = List.of(Articles.of("a", WITNESS_A), Articles.of("b", WITNESS_B));
        List<ParsedText> texts = Articles.parse(articles, List.of());
        ReuseResult small = new WinnowingReuseDetector().detect(articles, texts);
        assertEquals(1, small.pairs().size(), "a small case aligns every sentence pair that shares a fingerprint");
        assertTrue(small.pairs().get(0).passages().stream().anyMatch(p -> p.a().text().contains("smashed to bits")),
                small.pairs().toString());
        // The same two articles, counted as part of a large case: one shared run of three
        // content words in each pair of long sentences is not enough to align them.
        ReuseResult large = new WinnowingReuseDetector(ReuseOptions.DEFAULTS.withSentenceFilterFrom(1))
                .detect(articles, texts);
        assertEquals(List.of(), large.pairs());
    }

    @Test
    void inALargeCaseCopiedShortSentencesStillSeedAPassage() throws Exception {
        // A short sentence has a single fingerprint in all; sharing all it has is enough.
        String copied = "Nine climbers were rescued from the cave. Both guides stayed in hospital overnight.";
        List<Article> articles = List.of(
                Articles.of("a", "Mountain news. " + copied + " The weather was clear and cold all day."),
                Articles.of("b", copied + " Warm nights had worried the club for weeks, its secretary said."));
        List<ParsedText> texts = Articles.parse(articles, List.of());
        WinnowingReuseDetector.Doc doc = new WinnowingReuseDetector.Doc(0, articles.get(1), texts.get(1),
                new WinnowingReuseDetector.Vocabulary(), List.of(), org.factdiff.text.Lexicon.builtIn());
        for (int s = 0; s < 2; s++) {
            assertEquals(1, WinnowingReuseDetector.Fingerprints.winnow(doc, s, ReuseOptions.DEFAULT_GRAM,
                    ReuseOptions.DEFAULT_WINDOW).length, "sentence " + s + " has a single fingerprint");
        }
        ReuseResult large = new WinnowingReuseDetector(ReuseOptions.DEFAULTS.withSentenceFilterFrom(1))
                .detect(articles, texts);
        assertEquals(1, large.pairs().size(), "the copied sentences are found");
        assertTrue(large.pairs().get(0).passages().get(0).a().text().startsWith("Nine climbers were rescued"),
                large.pairs().toString());
    }

    @Test
    void theDocumentFrequencyLimitGrowsWithTheCase() throws Exception {
        // Six outlets print one story. Under an absolute limit of 3 articles its fingerprints are
        // the case's stock phrases; a limit of half the case keeps them as evidence.
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(Articles.of("o" + i, "Bulletin " + i + ". " + HARBOUR));
        }
        List<ParsedText> texts = Articles.parse(articles, List.of());
        ReuseOptions absolute = ReuseOptions.DEFAULTS.withMaxArticles(3).withMaxArticleShare(0);
        assertEquals(3, absolute.articleLimit(6));
        assertEquals(List.of(), new WinnowingReuseDetector(absolute).detect(articles, texts).pairs());
        ReuseOptions relative = absolute.withMaxArticleShare(0.5);
        assertEquals(3, relative.articleLimit(6));
        assertEquals(6, relative.articleLimit(12));
        assertEquals(List.of(), new WinnowingReuseDetector(relative).detect(articles, texts).pairs(),
                "in a case of six, half the case is three: still stock");
        ReuseOptions whole = absolute.withMaxArticleShare(1.0);
        assertEquals(15, new WinnowingReuseDetector(whole).detect(articles, texts).pairs().size(),
                "a limit of the whole case keeps every pair");
        assertEquals(50, ReuseOptions.DEFAULTS.articleLimit(8));
        assertEquals(100, ReuseOptions.DEFAULTS.articleLimit(10_000), "a hundred reprints in ten thousand articles");
    }
}
