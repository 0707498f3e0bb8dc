package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdiff.Analysis;
import org.factdiff.Factdiff;
import org.factdiff.Progress;
import org.factdiff.TestFiles;
import org.factdiff.casefile.CaseFile;
import org.factdiff.ingest.Article;
import org.factdiff.text.Excerpt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example case end to end: the findings an editor must see in its claims sections. */
class ExampleClaimsTest {
    static Analysis analysis;

    @BeforeAll
    static void run() throws Exception {
        analysis = Factdiff.analyze(CaseFile.load(TestFiles.exampleCase()), Progress.QUIET);
    }

    @Test
    void theZoneIsBackedByDifferentCountries() {
        Contradiction x = analysis.comparison().contradictions().stream()
                .filter(c -> c.kind() == ContradictionKind.ENTITY).findFirst().orElseThrow();
        assertTrue(x.values().stream().anyMatch(v -> v.evidence().article().equals("strike-eagles")
                && v.value().contains("Russia, Iran and Turkey")), x.toString());
        assertTrue(x.values().stream().anyMatch(v -> v.evidence().article().equals("military-point")
                && v.value().contains("with Russia")), x.toString());
        assertTrue(x.explanation().contains("strike-eagles says"), x.explanation());
    }

    @Test
    void hedgesAreNoticed() {
        List<Contradiction> hedges = analysis.comparison().contradictions().stream()
                .filter(c -> c.kind() == ContradictionKind.HEDGE).toList();
        assertTrue(hedges.stream().anyMatch(h -> h.explanation().contains("hit-militias states as fact")
                && h.explanation().contains("reportedly")), hedges.toString());
        assertTrue(hedges.stream().anyMatch(h -> h.explanation().contains("strikes-updates reports a figure")),
                "six killed against 'it is unclear whether'");
    }

    @Test
    void copiesCountAsOneSource() {
        Agreement rebels = analysis.comparison().agreements().stream()
                .filter(a -> a.statement().contains("three US-backed Syrian rebels")).findFirst().orElseThrow();
        assertEquals(4, rebels.sources().size());
        assertEquals(1, rebels.independentSources(), "all four carry the same copied sentence");
    }

    @Test
    void singleSourceClaims() {
        assertTrue(analysis.comparison().singleSource().stream()
                .anyMatch(s -> s.evidence().text().startsWith("Al-Masdar is reporting six killed")));
    }

    @Test
    void everyExcerptIsTheTextAtItsOffsets() {
        List<Excerpt> all = new ArrayList<>();
        Comparison c = analysis.comparison();
        c.contradictions().forEach(x -> x.values().forEach(v -> all.add(v.evidence())));
        c.agreements().forEach(a -> all.addAll(a.sources()));
        c.singleSource().forEach(s -> all.add(s.evidence()));
        c.alteredQuotes().forEach(q -> q.variants().forEach(v -> all.add(v.evidence())));
        assertTrue(!all.isEmpty());
        for (Excerpt e : all) {
            Article a = analysis.articles().stream().filter(x -> x.id().equals(e.article())).findFirst().orElseThrow();
            assertEquals(a.text().substring(e.start(), e.end()), e.text());
        }
    }

    @Test
    void idsAreStableAcrossRuns() throws Exception {
        Analysis again = Factdiff.analyze(CaseFile.load(TestFiles.exampleCase()), Progress.QUIET);
        assertEquals(analysis.comparison(), again.comparison());
    }
}
