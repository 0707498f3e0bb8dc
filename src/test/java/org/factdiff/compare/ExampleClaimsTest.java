package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdiff.report.Analysis;
import org.factdiff.Factdiff;
import org.factdiff.base.Progress;
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

    static Contradiction about(String topicStart) {
        return analysis.comparison().contradictions().stream().filter(c -> c.topic().startsWith(topicStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no contradiction on " + topicStart + ": "
                        + analysis.comparison().contradictions()));
    }

    static String valueOf(Contradiction c, String article) {
        return c.values().stream().filter(v -> v.evidence().article().equals(article)).map(Contradiction.Value::value)
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    @Test
    void theZoneIsBackedByDifferentCountries() {
        Contradiction x = analysis.comparison().contradictions().stream()
                .filter(c -> c.kind() == ContradictionKind.ENTITY && c.values().stream()
                        .anyMatch(v -> v.value().contains("Russia, Iran and Turkey"))).findFirst().orElseThrow();
        assertTrue(valueOf(x, "military-point").contains("with Russia"), x.toString());
        assertTrue(x.explanation().contains("strike-eagles says"), x.explanation());
    }

    @Test
    void whoStruck() {
        Contradiction x = about("who carried out the strikes");
        assertEquals(ContradictionKind.ENTITY, x.kind());
        assertEquals("North Atlantic Treaty Organisation", valueOf(x, "hit-militias"));
        for (String other : List.of("strike-eagles", "military-point", "coalition-hits", "strikes-updates")) {
            assertTrue(valueOf(x, other).toLowerCase(java.util.Locale.ROOT).contains("coalition"), x.toString());
        }
    }

    @Test
    void whatWasStruck() {
        Contradiction x = about("who was struck");
        assertTrue(valueOf(x, "strike-eagles").equalsIgnoreCase("Syrian army"), x.toString());
        assertTrue(valueOf(x, "strikes-updates").equalsIgnoreCase("Syrian army"), x.toString());
        assertTrue(valueOf(x, "military-point").contains("pro-Syrian government forces"), x.toString());
        assertTrue(valueOf(x, "coalition-hits").contains("pro-Syrian"), x.toString());
        assertEquals("Syrian militias", valueOf(x, "hit-militias"));
    }

    @Test
    void whichForcesTheBaseTrains() {
        Contradiction x = about("which group is backed or trained");
        assertTrue(valueOf(x, "strike-eagles").contains("Maghawir al Thwra"), x.toString());
        assertTrue(valueOf(x, "hit-militias").contains("Syrian Democratic Forces and Syrian Arab Coalition"), x.toString());
    }

    @Test
    void theConvoyQuoteIsCreditedDifferently() {
        AlteredQuote q = analysis.comparison().alteredQuotes().stream()
                .filter(a -> a.quote().startsWith("A convoy going down the road")).findFirst().orElseThrow();
        assertTrue(q.change().contains(AlteredQuote.ATTRIBUTION), q.toString());
        assertEquals("AFP", q.variants().stream().filter(v -> v.evidence().article().equals("strike-eagles")).findFirst()
                .orElseThrow().channel());
        assertEquals("", q.variants().stream().filter(v -> v.evidence().article().equals("hit-militias")).findFirst()
                .orElseThrow().channel());
    }

    @Test
    void agreementsOnEarlierStrikes() {
        List<String> facts = analysis.comparison().agreements().stream().flatMap(a -> a.facts().stream()).toList();
        assertTrue(facts.stream().anyMatch(s -> s.contains("62 soldiers killed")), facts.toString());
        assertTrue(facts.stream().anyMatch(s -> s.contains("some 100")), facts.toString());
        assertTrue(facts.stream().anyMatch(s -> s.contains("59 Tomahawk")), facts.toString());
        // The figures of one sentence that the same articles share are one agreement, not one each.
        Agreement strike = analysis.comparison().agreements().stream()
                .filter(a -> a.facts().stream().anyMatch(f -> f.contains("62 soldiers killed"))).findFirst().orElseThrow();
        assertTrue(strike.facts().stream().anyMatch(f -> f.contains("some 100")), strike.facts().toString());
        assertEquals(1, analysis.comparison().agreements().stream().filter(a -> a.sources().equals(strike.sources())).count());
        assertEquals(analysis.comparison().agreements().size(), analysis.comparison().agreements().stream()
                .map(Agreement::sources).distinct().count(), "no two agreements with the same evidence");
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
        List<SingleSource> single = analysis.comparison().singleSource();
        assertTrue(single.stream().anyMatch(s -> s.evidence().text().startsWith("Al-Masdar is reporting six killed")));
        assertTrue(single.stream().anyMatch(s -> s.evidence().article().equals("hit-militias")
                && s.evidence().text().contains("about 55 kilometers")), single.toString());
        // A short hedged sentence ranks low: it is kept, folded, below the article's best eight.
        assertTrue(analysis.comparison().moreSingle().stream().anyMatch(s -> s.evidence().article().equals("strikes-updates")
                && s.evidence().text().equals("Apparently a tank and bulldozer were hit.")), single.toString());
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
