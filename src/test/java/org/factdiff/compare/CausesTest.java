package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdiff.Articles;
import org.factdiff.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * What explains a contradiction: a copy that changed its source, different sources, different
 * times of writing. Each explanation next to a look-alike that must not get it. Written for
 * this test; no article's text.
 */
class CausesTest {
    private static final String SHARED = "The ferry left the harbour at dawn with a full deck of lorries and cars. "
            + "Its crew reported engine trouble an hour later, and the captain turned back towards the breakwater. "
            + "Waves pushed the vessel onto the rocks below the lighthouse before tugs could reach it. ";

    /** The contradictions of two or three articles, each as "kind:cause" ("number:changed-over-time", "number:-"). */
    private static List<String> found(Article... articles) throws Exception {
        return ClaimsPipeline.compare(List.of(articles)).contradictions().stream()
                .map(c -> c.kind().id() + ":" + c.cause().map(k -> k.kind().id()).orElse("-")).toList();
    }

    private static Contradiction only(Article... articles) throws Exception {
        List<Contradiction> all = ClaimsPipeline.compare(List.of(articles)).contradictions();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void aCopyThatChangedItsSourcesFigureIsADistortion() throws Exception {
        Contradiction c = only(
                Articles.of("wire", SHARED + "Twelve passengers were injured in the grounding, the port authority said."),
                Articles.of("copy", SHARED + "Forty passengers were injured in the grounding, the port authority said."));
        assertEquals(Cause.Kind.DISTORTION, c.cause().orElseThrow().kind());
        assertTrue(c.cause().get().explanation().contains("Twelve") || c.cause().get().explanation().contains("12"),
                c.cause().get().explanation());
        assertTrue(!c.explainedAway(), "a distortion is a disagreement the editor must see");
    }

    /** A copy that keeps the figure and swaps "about" for "roughly" changed nothing; the third article differs. */
    @Test
    void aCopyThatOnlyRewordsTheHedgeIsNoDistortion() throws Exception {
        List<String> causes = found(
                Articles.of("wire", SHARED + "About 40 tonnes of fuel leaked from the ferry, the port authority said."),
                Articles.of("copy", SHARED + "Roughly 40 tonnes of fuel leaked from the ferry, the port authority said."),
                Articles.of("other", "Tugs pulled a stranded ferry off the rocks below the lighthouse on Sunday. "
                        + "Some 90 tonnes of fuel leaked from the ferry, the port authority said."));
        assertEquals(List.of("number:-"), causes);
    }

    @Test
    void theSameFigureChangedInTextsWrittenApartIsNoDistortion() throws Exception {
        List<String> causes = found(
                Articles.of("wire", SHARED + "Twelve passengers were injured in the grounding, the port authority said."),
                Articles.of("other", "Tugs pulled a stranded ferry off the rocks below the lighthouse on Sunday. "
                        + "Forty passengers were injured in the grounding, the port authority said."));
        assertEquals(List.of("number:-"), causes);
    }

    @Test
    void valuesCreditedToDifferentSourcesAreExplainedBySources() throws Exception {
        Contradiction c = only(
                Articles.of("a", "Fourteen passengers were injured when the ferry ran aground, according to the coastguard."),
                Articles.of("b", "Nine passengers were injured when the ferry ran aground, the shipping company said."));
        assertEquals(Cause.Kind.SOURCES, c.cause().orElseThrow().kind());
        assertTrue(c.explainedAway());
    }

    @Test
    void oneSourceGivingTwoValuesIsNotExplained() throws Exception {
        assertEquals(List.of("number:-"), found(
                Articles.of("a", "Fourteen passengers were injured when the ferry ran aground, according to the coastguard."),
                Articles.of("b", "Nine passengers were injured when the ferry ran aground, according to the coastguard.")));
    }

    @Test
    void countsWrittenHoursApartChangedOverTimeInTheOrderWritten() throws Exception {
        Contradiction c = only(
                Articles.of("late", "Nine passengers were injured when the ferry ran aground.", "2024-05-01T18:00Z"),
                Articles.of("early", "Four passengers were injured when the ferry ran aground.", "2024-05-01T08:30Z"));
        assertEquals(Cause.Kind.CHANGED_OVER_TIME, c.cause().orElseThrow().kind());
        String text = c.cause().get().explanation();
        assertTrue(text.indexOf("early") < text.indexOf("late"), text);
    }

    @Test
    void countsWrittenMinutesApartAreNotExplainedByTime() throws Exception {
        assertEquals(List.of("number:-"), found(
                Articles.of("a", "Nine passengers were injured when the ferry ran aground.", "2024-05-01T08:40Z"),
                Articles.of("b", "Four passengers were injured when the ferry ran aground.", "2024-05-01T08:30Z")));
    }

    @Test
    void aFigureMarkedAsRevisedIsTheLaterOne() throws Exception {
        Contradiction c = only(
                Articles.of("a", "Eleven passengers were injured when the ferry ran aground on Monday, according to a revised count."),
                Articles.of("b", "Seven passengers were injured when the ferry ran aground on Monday."));
        assertEquals(Cause.Kind.CHANGED_OVER_TIME, c.cause().orElseThrow().kind());
        String text = c.cause().get().explanation();
        assertTrue(text.indexOf("7") < text.indexOf("11"), text);
    }

    @Test
    void aTimeOfDayIsNoRunningCount() throws Exception {
        assertEquals(List.of("number:-"), found(
                Articles.of("a", "The ferry ran aground at 6:10 a.m. below the lighthouse.", "2024-05-01T18:00Z"),
                Articles.of("b", "The ferry ran aground at 7:45 a.m. below the lighthouse.", "2024-05-01T08:30Z")));
    }
}
