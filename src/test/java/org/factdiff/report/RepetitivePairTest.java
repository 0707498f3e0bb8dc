package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.factdiff.Factdiff;
import org.factdiff.TestFiles;
import org.factdiff.base.Progress;
import org.factdiff.casefile.CaseFile;
import org.factdiff.reuse.ReuseOptions;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.text.SentenceEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two very repetitive articles under the default bound: every long sentence of each is built on
 * one of two refrains, so over a thousand pairs of long sentences share fingerprints. The pair is aligned as
 * far as its own bound allows, the report names it, and the run goes on to the end.
 */
class RepetitivePairTest {
    @TempDir
    Path dir;

    /** A long sentence: one of the refrains, of ten made-up words, amid 200 random ones. */
    static String sentence(Random random, String[][] refrains) {
        StringBuilder s = new StringBuilder("Then");
        String[] refrain = refrains[random.nextInt(refrains.length)];
        int at = random.nextInt(100);
        for (int w = 0; w < 200; w++) {
            if (w == at) {
                for (String r : refrain) {
                    s.append(' ').append(r);
                }
            }
            s.append(' ').append(word(random.nextInt(20_000)));
        }
        return s.append(".").toString();
    }

    /** A made-up word for a number: syllables, so that it reads as a content word. */
    static String word(int n) {
        String[] syllables = {"ka", "lo", "mi", "ren", "tu", "sa", "vor", "pe", "dri", "nol"};
        StringBuilder w = new StringBuilder();
        do {
            w.append(syllables[n % 10]);
            n /= 10;
        } while (n > 0);
        return w.append("x").toString();
    }

    @Test
    void aRepetitivePairHitsItsBoundAndTheReportSaysSo() throws Exception {
        Random random = new Random(5);
        String[][] refrains = new String[2][10];
        for (String[] r : refrains) {
            for (int k = 0; k < r.length; k++) {
                r[k] = word(20_000 + random.nextInt(80_000));
            }
        }
        for (String id : new String[] {"chant-a", "chant-b"}) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 48; i++) {
                text.append(sentence(random, refrains)).append(i % 4 == 3 ? "\n\n" : " ");
            }
            Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        }
        Path caseFile = TestFiles.write(dir.resolve("case.yaml"), "title: \"Refrains\"\nreport_date: 2020-01-01\n"
                + "articles:\n  - id: chant-a\n    file: chant-a.txt\n  - id: chant-b\n    file: chant-b.txt\n");
        Analysis a = Factdiff.analyze(CaseFile.load(caseFile), Progress.QUIET, SentenceEncoder.NONE);

        assertEquals(1, a.reuse().bounded().size(), "the default bound cuts this pair");
        ReuseResult.Bounded b = a.reuse().bounded().get(0);
        assertTrue(b.aligned() < b.candidates(), b.toString());
        assertTrue((long) b.aligned() * 200 * 200 <= ReuseOptions.DEFAULT_MAX_PAIR_CELLS,
                "it stopped near the bound: " + b);
        assertEquals(1, a.reuse().pairs().size(), "what was aligned is reported");

        Map<String, byte[]> files = new Reports(Templates.of(Optional.empty())).render(a, ReportFixtures.settings(a),
                EnumSet.of(OutputFormat.HTML, OutputFormat.JSON));
        String html = new String(files.get("report.html"), StandardCharsets.UTF_8);
        String expected = String.format(Locale.ROOT, "chant-a and chant-b are too repetitive to align in full: aligned "
                + "the first %d sentence pairs", b.aligned());
        assertTrue(html.contains(expected), "the report names the pair and how far it went");
        String json = new String(files.get("findings.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"bounded\"") && json.contains("\"candidate_sentence_pairs\": " + b.candidates()),
                "findings.json records it");
    }
}
