package org.factdiff.dev;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdiff.report.Analysis;
import org.factdiff.Factdiff;
import org.factdiff.base.Progress;
import org.factdiff.TestFiles;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.CaseFile;
import org.factdiff.claims.Tagger;
import org.factdiff.ingest.Article;
import org.factdiff.ingest.Ingest;
import org.factdiff.text.MiniLmEncoder;
import org.factdiff.text.SentenceEncoder;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The sentence encoder earns its place: the development cases run with the encoder and by
 * words alone ({@link SentenceEncoder#NONE}); with meaning the tool must find at least as many
 * gold reuse pairs, agreements and contradictions, keep unrelated pairs as clean and report no
 * more look-alikes. The figures printed here are the ones README.md gives.
 */
class MeaningComparisonTest {
    @Test
    @SuppressWarnings("unchecked")
    void meaningDoesAtLeastAsWellAsWordsAlone() throws Exception {
        Optional<Path> shared = TestFiles.shared();
        assumeTrue(shared.isPresent() && Files.isDirectory(shared.get().resolve("dev-cases")),
                "../shared/dev-cases is absent: encoder comparison skipped");
        DevCasesTest.ClaimScore meaning = new DevCasesTest.ClaimScore(0, 0, 0, 0);
        DevCasesTest.ClaimScore words = new DevCasesTest.ClaimScore(0, 0, 0, 0);
        DevCasesTest.ReuseScore meaningReuse = new DevCasesTest.ReuseScore(0, 0, 0, 0);
        DevCasesTest.ReuseScore wordsReuse = new DevCasesTest.ReuseScore(0, 0, 0, 0);
        for (String name : DevCasesTest.CASES) {
            Path dir = shared.get().resolve("dev-cases").resolve(name);
            Case c = CaseFile.load(dir.resolve("case.yaml"));
            List<Article> articles = new Ingest().read(c);
            Map<String, Object> gold = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(dir.resolve("gold.yaml")));
            Analysis m = Factdiff.analyze(c, articles, Progress.QUIET, Tagger.model(), new MiniLmEncoder());
            Analysis w = Factdiff.analyze(c, articles, Progress.QUIET, Tagger.model(), SentenceEncoder.NONE);
            meaning = meaning.plus(DevCasesTest.score(m.comparison(), gold, name));
            words = words.plus(DevCasesTest.score(w.comparison(), gold, name));
            meaningReuse = meaningReuse.plus(DevCasesTest.scoreReuse(m, gold, name, new ArrayList<>()));
            wordsReuse = wordsReuse.plus(DevCasesTest.scoreReuse(w, gold, name, new ArrayList<>()));
        }
        System.out.printf(Locale.ROOT, "development cases, with the encoder: %s %s%n", meaningReuse, meaning);
        System.out.printf(Locale.ROOT, "development cases, words alone:      %s %s%n", wordsReuse, words);
        assertTrue(meaningReuse.hit() > wordsReuse.hit(), "meaning finds no more reuse: " + meaningReuse + " vs " + wordsReuse);
        assertTrue(meaningReuse.clean() >= wordsReuse.clean(), "meaning dirties unrelated pairs: " + meaningReuse);
        assertTrue(meaning.agreements() > words.agreements(), "meaning finds no more agreements: " + meaning + " vs " + words);
        assertTrue(meaning.contradictions() >= words.contradictions(), "meaning loses contradictions");
        assertTrue(meaning.falseContradictions() <= words.falseContradictions(), "meaning reports more look-alikes");
    }
}
