package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;

/**
 * One count of people under two nouns ("eight fans", "8 people") is one agreement, and a part
 * counted under its own noun ("two children") never agrees with a total. Written for this
 * test; no article's text.
 */
class PeopleCountsTest {
    private static List<String> articlesOf(Agreement a) {
        return a.sources().stream().map(org.factdiff.text.Excerpt::article).distinct().sorted().toList();
    }

    @Test
    void oneCountUnderTwoNounsIsOneAgreement() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Eleven climbers died in the avalanche on the north face, the rescue service said."),
                Articles.of("b", "Police said 11 people were killed when snow swept down the mountain on Sunday."),
                Articles.of("c", "Eleven people lost their lives under the snow, the mayor said, and 11 people died there.")));
        List<Agreement> elevens = c.agreements().stream().filter(a -> a.statement().contains("11")
                || a.statement().toLowerCase(java.util.Locale.ROOT).contains("eleven")).toList();
        assertEquals(1, elevens.size(), c.agreements().toString());
        assertEquals(List.of("a", "b", "c"), articlesOf(elevens.get(0)));
        assertTrue(elevens.get(0).statement().contains("people"), "the plainer noun names it: " + elevens.get(0));
    }

    @Test
    void aPartUnderItsOwnNounDoesNotAgreeWithATotal() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Five people died in the ferry fire, including two children, the coast guard said."),
                Articles.of("b", "Two people were killed when fire broke out on the ferry, officials said.")));
        assertTrue(c.agreements().stream().noneMatch(a -> articlesOf(a).equals(List.of("a", "b"))
                && a.statement().startsWith("2")), c.agreements().toString());
    }

    @Test
    void whoDiedAndWhoWasHurtStayApart() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Six miners died in the flooded shaft, the company said."),
                Articles.of("b", "Six people were injured in the flooded shaft, the company said.")));
        assertTrue(c.agreements().stream().noneMatch(a -> a.statement().contains("6")
                || a.statement().toLowerCase(java.util.Locale.ROOT).contains("six")), c.agreements().toString());
    }
}
