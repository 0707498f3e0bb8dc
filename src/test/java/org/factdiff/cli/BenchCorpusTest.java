package org.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdiff.report.Analysis;
import org.factdiff.Factdiff;
import org.factdiff.base.Progress;
import org.factdiff.casefile.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated bench cases: the same bytes from the same seed, and copies the tool can find. */
class BenchCorpusTest {
    @Test
    void theSameSeedWritesTheSameCase(@TempDir Path tmp) throws Exception {
        BenchCorpus.Corpus a = new BenchCorpus(1).write(tmp.resolve("a"), 12);
        BenchCorpus.Corpus b = new BenchCorpus(1).write(tmp.resolve("b"), 12);
        assertEquals(a.planted(), b.planted());
        for (int i = 0; i < 12; i++) {
            String name = String.format("articles/a%04d.txt", i);
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)), Files.readAllBytes(tmp.resolve("b").resolve(name)));
        }
        BenchCorpus.Corpus other = new BenchCorpus(2).write(tmp.resolve("c"), 12);
        assertFalse(Files.readString(tmp.resolve("c/articles/a0003.txt"))
                .equals(Files.readString(tmp.resolve("a/articles/a0003.txt"))), "another seed, another case");
    }

    @Test
    void articlesHaveTheirLengthAndPlantedCopiesAreFound(@TempDir Path tmp) throws Exception {
        BenchCorpus.Corpus c = new BenchCorpus(Bench.SEED).write(tmp, 20);
        assertTrue(c.words() >= 20 * BenchCorpus.WORDS && c.words() < 20 * (BenchCorpus.WORDS + 120), "words: " + c.words());
        assertFalse(c.planted().isEmpty());
        assertTrue(c.planted().stream().map(BenchCorpus.Planted::kind).distinct().count() >= 2, c.planted().toString());
        Analysis a = Factdiff.analyze(CaseFile.load(c.caseFile()), Progress.QUIET);
        List<BenchCorpus.Planted> missed = c.planted().stream().filter(p -> a.reuse().pairs().stream().noneMatch(
                q -> (q.a() + q.b()).equals(p.from() + p.to()) && !q.passages().isEmpty())).toList();
        assertTrue(missed.isEmpty(), "planted copies not found: " + missed);
    }

    @Test
    void aCaseOfThreeHundredArticlesOfRealEnglishRuns(@TempDir Path tmp) throws Exception {
        // Not timed (make bench measures speed): the case runs to the end, with no pair cut at
        // its bound, and every planted copy is found among the pairs of common phrasing.
        BenchCorpus.Corpus c = new BenchCorpus(Bench.SEED).write(tmp, 300);
        Analysis a = Factdiff.analyze(CaseFile.load(c.caseFile()), Progress.QUIET,
                org.factdiff.text.SentenceEncoder.NONE);
        assertEquals(300, a.articles().size());
        assertEquals(List.of(), a.reuse().bounded());
        List<BenchCorpus.Planted> missed = c.planted().stream().filter(p -> a.reuse().pairs().stream().noneMatch(
                q -> (q.a() + q.b()).equals(p.from() + p.to()) && !q.passages().isEmpty())).toList();
        assertTrue(missed.isEmpty(), "planted copies not found: " + missed);
    }
}
