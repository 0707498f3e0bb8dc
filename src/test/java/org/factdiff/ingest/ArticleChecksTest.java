package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The heuristics behind the warnings of {@code factdiff check}. */
class ArticleChecksTest {
    static final String BODY = "The old bridge over the river collapsed on Monday evening, officials said.\n"
            + "Rescuers searched the cold water through the night for anyone who had been on it.\n";

    @Test
    void aTextCutOffMidSentenceLooksTruncated() {
        assertTrue(ArticleChecks.looksTruncated(BODY + "The mayor said the town would rebuild the bridge within"));
        assertFalse(ArticleChecks.looksTruncated(BODY));
        // A short last line without a stop is a heading or a sign-off, not a cut.
        assertFalse(ArticleChecks.looksTruncated(BODY + "More to follow"));
    }

    @Test
    void pageFurnitureAtTheEndIsNotACut() {
        assertFalse(ArticleChecks.looksTruncated(BODY + "Example News (London) First published February 1, 2016: 1:28 AM ET"));
        assertFalse(ArticleChecks.looksTruncated(BODY + "Example News press office, report of 2017-05-20 Page 7 of 7"));
        assertFalse(ArticleChecks.looksTruncated(BODY + "Order Reprints | Today's Paper | Subscribe to the daily paper now"));
        assertFalse(ArticleChecks.looksTruncated(BODY + "Photo: A. Person for the Example Daily newspaper group"));
        // Furniture does not hide a cut before it.
        assertTrue(ArticleChecks.looksTruncated(BODY + "The mayor said the town would rebuild the bridge within\nPage 2 of 2"));
    }

    @Test
    void sentencesEndingInCjkFullStopsAreComplete() {
        String sentence = "\u3053\u3046\u3057\u305F \u74B0\u5883 \u306E \u5909\u5316 \u3084 "
                + "\u30E6\u30FC\u30B6 \u306E \u72B6\u6CC1 \u3092 \u9451\u307F \u63D0\u4F9B \u3092 \u958B\u59CB\u3059\u308B";
        assertFalse(ArticleChecks.looksTruncated(BODY + sentence + "\u3002"));
        assertTrue(ArticleChecks.looksTruncated(BODY + sentence));
    }

    @Test
    void mostlyShortLinesLookLikeAList() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            list.append("Read more: headline number ").append(i).append('\n');
        }
        assertTrue(ArticleChecks.looksLikeList(list.toString()));
        assertFalse(ArticleChecks.looksLikeList(BODY.repeat(6)));
    }

    @Test
    void overlapIsTheShareOfTheSmallerTextsFiveWordRuns() {
        String a = BODY.repeat(2);
        assertEquals(1.0, ArticleChecks.overlap(a, "By Jo Smith. " + a + " Copyright."), 1e-9);
        assertEquals(0.0, ArticleChecks.overlap(a, "A completely different story about the weather in the hills today."), 1e-9);
        assertEquals(0.0, ArticleChecks.overlap("too short", a), 1e-9);
        double half = ArticleChecks.overlap(BODY.lines().findFirst().orElseThrow() + " zebra quartz violin parade lantern "
                + "marble copper ink", a);
        assertTrue(half > 0.3 && half < 0.9, "partly shared: " + half);
    }

    @Test
    void linesOfPageFurnitureAreNamed() {
        String story = "The old bridge over the river collapsed on Monday evening, officials said, and rescuers "
                + "searched the water through the night.\n";
        var a = org.factdiff.Articles.of("a", "Listen Live\n" + story + "Rescue efforts\nGet the Valley Post app\n");
        var b = org.factdiff.Articles.of("b", "Engineers inspected the other bridges on Tuesday morning, the county said.\n"
                + "Get the Valley Post app\n");
        java.util.List<String> warnings = ArticleChecks.warnings(java.util.List.of(a, b));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("\u201CListen Live\u201D looks like page furniture")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("\u201CGet the Valley Post app\u201D")), "a line both print");
        assertFalse(warnings.stream().anyMatch(w -> w.contains("Rescue efforts")), "a subheading of one article stays");
    }
}
