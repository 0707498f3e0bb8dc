package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;

/**
 * Single-source claims: only what no other article states, in its words or in others, ranked
 * by check-worthiness, the best few per article shown and the rest folded. Written for this
 * test; no article's text.
 */
class SingleSourcesTest {
    private static final String OTHER = "A grain silo collapsed at the Harrow mill on Tuesday afternoon, burying two "
            + "trucks. Fire crews from three towns searched the rubble until dark. The mill's owner, Petra Lind, said "
            + "the silo had been inspected last spring.";

    private static List<String> shown(Comparison c) {
        return c.singleSource().stream().map(s -> s.evidence().text()).toList();
    }

    @Test
    void aFactAnotherArticleStatesInOtherWordsIsNotSingleSource() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(Articles.of("a", OTHER),
                Articles.of("b", "Rescuers from three neighbouring towns dug through the debris until nightfall. "
                        + "Investigators said a cracked weld in the silo's base caused the collapse, according to "
                        + "county engineer Tomas Reyes.")), true);
        List<String> b = c.singleSource().stream().filter(s -> s.evidence().article().equals("b"))
                .map(s -> s.evidence().text()).toList();
        assertTrue(b.stream().anyMatch(t -> t.contains("cracked weld")), "a cause only b gives: " + b);
        assertFalse(b.stream().anyMatch(t -> t.contains("nightfall")), "a's crews searching until dark, reworded: " + b);
    }

    @Test
    void aFigureWithANamedSourceRanksAboveACaptionACondolenceAndAnUnnamedWitness() throws Exception {
        String b = "Photo taken by a resident shows the collapsed silo at the mill. "
                + "Our thoughts and prayers are with the families of the drivers tonight. "
                + "A neighbour said the noise was like a long roll of thunder over the valley. "
                + "Eleven tonnes of wheat spilled onto the road, county engineer Tomas Reyes said on Wednesday.";
        Comparison c = ClaimsPipeline.compare(List.of(Articles.of("a", OTHER), Articles.of("b", b)));
        List<SingleSource> ofB = c.singleSource().stream().filter(s -> s.evidence().article().equals("b")).toList();
        assertTrue(ofB.get(0).evidence().text().startsWith("Eleven tonnes"), ofB.toString());
        assertTrue(ofB.get(0).reasons().containsAll(List.of("a figure", "a named source")), ofB.get(0).reasons().toString());
        assertFalse(shown(c).stream().anyMatch(t -> t.startsWith("Photo taken")), "a caption is never shown");
        assertFalse(shown(c).stream().anyMatch(t -> t.startsWith("Our thoughts")), "a condolence is never shown");
    }

    @Test
    void theBestEightOfAnArticleAreShownAndTheRestFolded() throws Exception {
        List<String> sentences = new ArrayList<>();
        String[] crops = {"barley", "oats", "rye", "maize", "millet", "sorghum", "spelt", "linseed", "rapeseed", "beans"};
        for (int i = 0; i < crops.length; i++) {
            sentences.add("Inspector Ada Novak said " + (i + 12) + " sacks of " + crops[i] + " were lost in store "
                    + "number " + (i + 3) + ".");
        }
        sentences.add("The storehouse keeper, Ivo Brandt, opened the doors for the inspectors in the morning.");
        Comparison c = ClaimsPipeline.compare(List.of(Articles.of("a", OTHER), Articles.of("b", String.join(" ", sentences))));
        long shownOfB = c.singleSource().stream().filter(s -> s.evidence().article().equals("b")).count();
        long foldedOfB = c.moreSingle().stream().filter(s -> s.evidence().article().equals("b")).count();
        assertEquals(SingleSource.SHOWN_PER_ARTICLE, shownOfB);
        assertEquals(3, foldedOfB, c.moreSingle().toString());
        assertTrue(c.moreSingle().stream().anyMatch(s -> s.evidence().text().contains("Ivo Brandt")),
                "the one without a figure ranks last and is folded");
    }
}
