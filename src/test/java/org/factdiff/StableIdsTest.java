package org.factdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.factdiff.base.Progress;
import org.factdiff.base.Sha256;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.CaseFile;
import org.factdiff.claims.Tagger;
import org.factdiff.compare.AlteredQuote;
import org.factdiff.compare.Agreement;
import org.factdiff.compare.Contradiction;
import org.factdiff.compare.SingleSource;
import org.factdiff.ingest.Article;
import org.factdiff.ingest.Ingest;
import org.factdiff.report.Analysis;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.ReusePair;
import org.factdiff.text.Excerpt;
import org.factdiff.text.MiniLmEncoder;
import org.factdiff.text.SentenceEncoder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 1: ids survive unrelated edits. Taking one article out of a case, or moving
 * the evidence of another by a few characters, leaves the id of every finding whose evidence
 * is unchanged as it was; what the edit does touch may change.
 */
class StableIdsTest {
    /** A finding as far as its id is concerned: its evidence, by article, offsets and words. */
    record Found(String id, List<Excerpt> evidence) {
        Set<String> articles() {
            TreeSet<String> out = new TreeSet<>();
            evidence.forEach(e -> out.add(e.article()));
            return out;
        }

        List<String> words() {
            return evidence.stream().map(e -> e.article() + ":" + e.text()).sorted().toList();
        }
    }

    static SortedMap<String, Found> findings(Analysis a) {
        SortedMap<String, Found> out = new TreeMap<>();
        var c = a.comparison();
        for (Contradiction x : c.contradictions()) {
            out.put(x.id(), new Found(x.id(), x.values().stream().map(Contradiction.Value::evidence).toList()));
        }
        for (Agreement x : c.agreements()) {
            out.put(x.id(), new Found(x.id(), x.sources()));
        }
        for (AlteredQuote x : c.alteredQuotes()) {
            out.put(x.id(), new Found(x.id(), x.variants().stream().map(AlteredQuote.Variant::evidence).toList()));
        }
        for (SingleSource x : Stream.concat(c.singleSource().stream(), c.moreSingle().stream()).toList()) {
            out.put(x.id(), new Found(x.id(), List.of(x.evidence())));
        }
        for (ReusePair p : a.reuse().pairs()) {
            for (Passage x : p.passages()) {
                out.put(x.id(), new Found(x.id(), List.of(x.a(), x.b())));
            }
        }
        return out;
    }

    static Analysis analyze(Case c, List<Article> articles, SentenceEncoder encoder) throws Exception {
        return Factdiff.analyze(c, articles, Progress.QUIET, Tagger.model(), encoder);
    }

    /**
     * The article with two more spaces between two of its sentences, early in the text and
     * outside every finding's evidence: its words are the same, every offset after the spot moves.
     */
    static Article nudged(Article a, SortedMap<String, Found> before) {
        List<int[]> used = new ArrayList<>();
        before.values().forEach(f -> f.evidence().stream().filter(e -> e.article().equals(a.ref().id()))
                .forEach(e -> used.add(new int[] {e.start(), e.end()})));
        String text = a.text();
        for (int stop = text.indexOf(". "); stop > 0; stop = text.indexOf(". ", stop + 1)) {
            int gap = stop + 1;
            if (used.stream().noneMatch(u -> u[0] <= gap && gap < u[1])
                    && used.stream().anyMatch(u -> u[0] > gap)) {
                String edited = text.substring(0, gap) + "  " + text.substring(gap);
                return new Article(a.ref(), a.metadata(), edited, Sha256.hex(edited.getBytes(StandardCharsets.UTF_8)), a.words());
            }
        }
        throw new AssertionError("no gap between sentences outside the evidence in " + a.ref().id());
    }

    /**
     * Takes each article out of the case in turn, then moves the evidence of the article with
     * the most findings: every finding whose evidence is unchanged keeps its id.
     */
    static void assertStable(Path caseFile, SentenceEncoder encoder) throws Exception {
        Case c = CaseFile.load(caseFile);
        List<Article> all = new Ingest().read(c);
        SortedMap<String, Found> full = findings(analyze(c, all, encoder));
        int kept = 0;
        List<String> lost = new ArrayList<>();
        for (Article out : all) {
            List<Article> rest = all.stream().filter(a -> a != out).toList();
            SortedMap<String, Found> without = findings(analyze(c, rest, encoder));
            for (Found f : full.values()) {
                if (!f.articles().contains(out.ref().id())) {
                    if (without.containsKey(f.id())) {
                        kept++;
                    } else {
                        lost.add("without " + out.ref().id() + ": " + f.id() + " " + f.words());
                    }
                }
            }
        }
        assertEquals(List.of(), lost, "findings not involving the article taken out lost their ids");
        assertTrue(kept > 3 * all.size(), "the case has findings to keep: " + kept);

        Article edited = all.stream().max(java.util.Comparator.comparingLong((Article a) -> full.values().stream()
                .filter(f -> f.articles().contains(a.ref().id())).count()).thenComparing(a -> a.ref().id())).orElseThrow();
        List<Article> withEdit = all.stream().map(a -> a == edited ? nudged(a, full) : a).toList();
        SortedMap<String, Found> after = findings(analyze(c, withEdit, encoder));
        int moved = 0;
        List<String> lostMoved = new ArrayList<>();
        for (Found f : full.values()) {
            Found g = after.get(f.id());
            if (g == null) {
                lostMoved.add(f.id() + " " + f.words());
            } else if (!g.evidence().equals(f.evidence())) {
                assertEquals(f.words(), g.words(), "same id, same words");
                moved++;
            }
        }
        assertEquals(List.of(), lostMoved, "findings lost their ids when " + edited.ref().id() + "'s evidence moved");
        assertTrue(moved > 0, "the edit moved some evidence");
    }

    @Test
    void theExampleKeepsItsIdsAcrossUnrelatedEdits() throws Exception {
        assertStable(TestFiles.exampleCase(), new MiniLmEncoder());
    }

    @Test
    void aDevCaseKeepsItsIdsAcrossUnrelatedEdits() throws Exception {
        Path dev = TestFiles.shared().map(s -> s.resolve("dev-cases/moore-tornado-2013/case.yaml")).orElse(null);
        Assumptions.assumeTrue(dev != null && Files.isRegularFile(dev), "../shared/dev-cases is not beside the project");
        assertStable(dev, new MiniLmEncoder());
    }
}
