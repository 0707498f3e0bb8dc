package org.factdiff.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdiff.Articles;
import org.factdiff.ingest.Article;
import org.factdiff.text.Meanings;
import org.factdiff.text.MiniLmEncoder;
import org.factdiff.text.ParsedText;
import org.junit.jupiter.api.Test;

/** Sentence-by-sentence rewrites are found as paraphrase passages; independent reports share none. */
class MeaningRunsTest {
    static final String ORIGINAL = "A gas explosion destroyed a bakery on Mill Lane in Harwick early on Saturday, "
            + "injuring three workers. "
            + "The blast happened shortly before six in the morning, as the first loaves were going into the ovens. "
            + "Neighbours said the windows of houses across the street were blown out by the force of it. "
            + "Fire crews from three stations spent four hours making the building safe. "
            + "The gas board said a leaking pipe under the shop floor was the most likely cause. "
            + "The owner, who has run the bakery for thirty years, said he would rebuild.";
    /** The same facts in the same order, every sentence reworded, one clause moved. */
    static final String REWRITE = "Three workers were hurt early on Saturday when a gas blast wrecked a Harwick bakery "
            + "on Mill Lane. "
            + "As the first bread was being put in the ovens, just before 6 a.m., the explosion took place. "
            + "The force of the blast shattered windows in homes on the other side of the road, residents said. "
            + "It took firefighters from three stations four hours to make the site safe. "
            + "A pipe leaking beneath the floor of the shop was probably to blame, according to the gas board. "
            + "The owner, who has been running the bakery for three decades, promised to rebuild it.";
    /** Another outlet's own report of the same event: other facts, other order, other words. */
    static final String INDEPENDENT = "Harwick residents woke to a loud bang on Saturday morning. "
            + "An explosion at a bakery on Mill Lane left three staff with injuries, the ambulance service said. "
            + "Mill Lane was closed to traffic for most of the day while engineers checked nearby houses. "
            + "One resident, who has lived on the street since 1985, said it was the loudest noise she had ever heard. "
            + "The local council has offered the bakery's staff help while it is closed. "
            + "An investigation into the cause is under way.";

    static ReuseResult detect(boolean meaning, Article... articles) throws Exception {
        List<Article> list = List.of(articles);
        List<ParsedText> texts = Articles.parse(list, List.of());
        Meanings meanings = meaning ? Meanings.of(texts, new MiniLmEncoder(1)) : Meanings.NONE;
        return new WinnowingReuseDetector().detect(list, texts, meanings);
    }

    static List<Passage> passages(ReuseResult r, String a, String b) {
        return r.pairs().stream().filter(p -> p.a().equals(a) && p.b().equals(b)).flatMap(p -> p.passages().stream())
                .toList();
    }

    @Test
    void aSentenceBySentenceRewriteIsFoundAsParaphrases() throws Exception {
        ReuseResult r = detect(true, Articles.of("original", ORIGINAL), Articles.of("rewrite", REWRITE));
        List<Passage> found = passages(r, "original", "rewrite");
        assertTrue(found.size() >= 4, "passages: " + found);
        assertTrue(found.stream().allMatch(p -> p.kind() == PassageKind.PARAPHRASE), "kinds: " + found);
        Passage owner = found.stream().filter(p -> p.a().text().startsWith("The owner")).findFirst().orElseThrow();
        assertEquals("The owner, who has been running the bakery for three decades, promised to rebuild it", owner.b().text());
    }

    @Test
    void aClauseMovedAcrossASentenceEdgeJoinsBothSentences() throws Exception {
        // The rewrite moves "since late on Saturday" from the end of one sentence to the start of
        // the next: the copied words run over the edge, the meaning matches whole sentences.
        String original = ORIGINAL.replace("The gas board said a leaking pipe under the shop floor was the most likely cause. ",
                "Engineers from the gas board have searched the ruins since late on Saturday. "
                        + "The gas board's count of damaged houses in the lane has stayed at nine since this time. ");
        String rewrite = REWRITE.replace("A pipe leaking beneath the floor of the shop was probably to blame, according to the gas board. ",
                "Engineers from the gas board have searched the ruins. "
                        + "Since late on Saturday, the number of homes in the lane that the board lists as damaged has been nine. ");
        ReuseResult r = detect(true, Articles.of("original", original), Articles.of("rewrite", rewrite));
        Passage count = passages(r, "original", "rewrite").stream().filter(p -> p.b().text().contains("lists as damaged"))
                .findFirst().orElseThrow(() -> new AssertionError(passages(r, "original", "rewrite").toString()));
        assertTrue(count.a().text().contains("since late on Saturday") && count.a().text().endsWith("since this time"),
                count.a().text());
        assertTrue(count.b().text().contains("Since late on Saturday"), count.b().text());
    }

    @Test
    void byWordsAloneTheRewriteIsMissed() throws Exception {
        ReuseResult r = detect(false, Articles.of("original", ORIGINAL), Articles.of("rewrite", REWRITE));
        assertTrue(passages(r, "original", "rewrite").size() < 2);
    }

    @Test
    void independentReportsOfOneEventShareNoPassage() throws Exception {
        ReuseResult r = detect(true, Articles.of("independent", INDEPENDENT), Articles.of("original", ORIGINAL));
        assertEquals(List.of(), passages(r, "independent", "original"));
    }

    /**
     * An independent report beside a rewritten pair, that words one short fact as they do: one
     * short sentence said alike is how independent reports of one event read, no copy.
     */
    @Test
    void oneShortSentenceSaidAlikeIsNoReuse() throws Exception {
        String report = INDEPENDENT.replace("The local council has offered the bakery's staff help while it is closed. ",
                "Firefighters from three stations needed four hours to make the building safe. ");
        ReuseResult r = detect(true, Articles.of("independent", report), Articles.of("original", ORIGINAL),
                Articles.of("rewrite", REWRITE));
        assertEquals(List.of(), passages(r, "independent", "original"));
        assertEquals(List.of(), passages(r, "independent", "rewrite"));
        assertTrue(passages(r, "original", "rewrite").size() >= 4);
    }

    @Test
    void theLongestRunOfAnchorsInOrderIsKept() {
        List<int[]> chain = MeaningRuns.inOrder(List.of(new int[] {0, 0}, new int[] {5, 1}, new int[] {2, 2},
                new int[] {3, 4}, new int[] {1, 6}));
        assertEquals(List.of("0/0", "2/2", "3/4"), chain.stream().map(c -> c[0] + "/" + c[1]).toList());
    }
}
