package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.factdiff.reuse.Containment;
import org.factdiff.reuse.Direction;
import org.factdiff.reuse.ReusePair;
import org.junit.jupiter.api.Test;

/** Page one of a large case groups the articles that share copy. */
class SharingGroupsTest {
    private static ReusePair pair(String a, String b) {
        return new ReusePair(a, b, 0.5, 0.4, Containment.NONE, Direction.UNKNOWN, "", List.of());
    }

    @Test
    void groupsAreTheConnectedArticlesLargestFirstWhateverTheOrderOfPairs() {
        // Two chains and a lone pair: w1-w2-w3-w4 (a wire story and its reprints), x1-x2-x3, y1-y2.
        List<ReusePair> pairs = new ArrayList<>(List.of(pair("w1", "w2"), pair("w3", "w4"), pair("w2", "w3"),
                pair("x2", "x3"), pair("x1", "x2"), pair("y1", "y2")));
        List<ReportModel.SharingGroup> expected = null;
        Random random = new Random(2);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(pairs, random);
            List<ReportModel.SharingGroup> groups = SummarySection.groups(pairs);
            assertEquals(List.of(List.of("w1", "w2", "w3", "w4"), List.of("x1", "x2", "x3"), List.of("y1", "y2")),
                    groups.stream().map(ReportModel.SharingGroup::members).toList());
            if (expected == null) {
                expected = groups;
            }
            assertEquals(expected, groups, "the same groups in any order of pairs");
        }
    }

    @Test
    void aLongGroupShowsItsFirstIdsAndCountsTheRest() {
        List<ReusePair> pairs = new ArrayList<>();
        for (int i = 1; i < 12; i++) {
            pairs.add(pair(String.format("r%02d", 0), String.format("r%02d", i)));
        }
        ReportModel.SharingGroup g = SummarySection.groups(pairs).get(0);
        assertEquals(12, g.size());
        assertEquals(SummarySection.GROUP_IDS, g.shown().size());
        assertEquals(12 - SummarySection.GROUP_IDS, g.more());
        assertEquals("article-r00", g.shown().get(0).anchor());
    }
}
