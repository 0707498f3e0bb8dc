package org.factdiff.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.factdiff.report.Analysis;
import org.factdiff.Factdiff;
import org.factdiff.base.Progress;
import org.factdiff.TestFiles;
import org.factdiff.casefile.CaseFile;
import org.factdiff.report.FindingsJson;
import org.factdiff.report.ReportDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example case end to end: what an editor must learn from its reused-text section. */
class ExampleReuseTest {
    static Analysis analysis;

    @BeforeAll
    static void run() throws Exception {
        analysis = Factdiff.analyze(CaseFile.load(TestFiles.exampleCase()), Progress.QUIET);
    }

    static ReusePair pair(String x, String y) {
        String a = x.compareTo(y) < 0 ? x : y;
        String b = x.compareTo(y) < 0 ? y : x;
        return analysis.reuse().pairs().stream().filter(p -> p.a().equals(a) && p.b().equals(b)).findFirst()
                .orElseThrow(() -> new AssertionError("no reuse found between " + a + " and " + b));
    }

    static boolean shares(ReusePair p, String phraseInA, String phraseInB) {
        return p.passages().stream().anyMatch(s -> s.a().text().contains(phraseInA) && s.b().text().contains(phraseInB));
    }

    @Test
    void strikeEaglesIsInsideStrikesUpdates() {
        ReusePair p = pair("strike-eagles", "strikes-updates");
        assertTrue(p.coverageA() >= 0.85, "coverage of strike-eagles " + p.coverageA());
        assertTrue(p.containment() == Containment.A_IN_B);
        assertTrue(p.direction() == Direction.A_TO_B, "strikes-updates holds strike-eagles and adds material");
        assertTrue(p.reason().contains("strikes-updates contains"), p.reason());
    }

    @Test
    void strikeEaglesAndMilitaryPointShareSentences() {
        ReusePair p = pair("military-point", "strike-eagles");
        assertTrue(shares(p, "The coalition strikes reportedly occurred near al-Tanf town",
                "The coalition strikes reportedly occurred near At Tanf town"));
        assertTrue(shares(p, "On Monday, Al-Masdr News reported", "On Monday, Al-Masdr News reported"));
        assertTrue(shares(p, "It is unclear yet whether the strikes have killed", "It is unclear yet whether the strikes have killed"));
    }

    @Test
    void coalitionHitsParaphrasesMilitaryPointKeepingItsQuotes() {
        ReusePair p = pair("coalition-hits", "military-point");
        assertTrue(p.passages().stream().anyMatch(s -> s.kind() == PassageKind.PARAPHRASE
                && s.a().text().contains("was directed at pro-Assad fighters")
                && s.b().text().contains("struck the pro-Syrian government forces")), "the rewritten sentence");
        assertTrue(shares(p, "The strike did happen.", "The strike did happen."), "the kept quote");
        assertTrue(shares(p, "The commander on the ground perceived this force", "The commander on the ground perceived this force"));
    }

    @Test
    void hitMilitiasSpunSentencesAreFound() {
        assertTrue(shares(pair("hit-militias", "strike-eagles"), "The coalition strikes occurred near al-Tanf town",
                "The coalition strikes reportedly occurred near At Tanf town"));
        assertTrue(shares(pair("hit-militias", "strikes-updates"), "A convoy going down the road", "A convoy going down the road"));
        assertTrue(analysis.reuse().originalShare().get("hit-militias") > 0.7, "mostly its own text");
    }

    @Test
    void caseFileOrderChangesNothing(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("at-tanf-2017");
        Files.createDirectories(folder);
        Path source = TestFiles.exampleCase().getParent();
        try (var files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path target = folder.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        // Reverse the list of articles in the case file (each entry is an "  - id:" block).
        String yaml = Files.readString(folder.resolve("case.yaml"), StandardCharsets.UTF_8);
        int start = yaml.indexOf("articles:\n") + "articles:\n".length();
        int end = yaml.indexOf("\naliases:");
        String[] entries = yaml.substring(start, end).split("(?m)^(?=  - id:)");
        StringBuilder reversed = new StringBuilder();
        for (int i = entries.length - 1; i >= 0; i--) {
            reversed.append(entries[i].endsWith("\n") ? entries[i] : entries[i] + "\n");
        }
        Files.writeString(folder.resolve("case.yaml"), yaml.substring(0, start) + reversed + yaml.substring(end + 1),
                StandardCharsets.UTF_8);
        Analysis shuffled = Factdiff.analyze(CaseFile.load(folder.resolve("case.yaml")), Progress.QUIET);
        assertTrue(!shuffled.articles().get(0).id().equals(analysis.articles().get(0).id()), "order really changed");
        FindingsJson json = new FindingsJson();
        Optional<ReportDate> d1 = ReportDate.resolve(analysis.source(), analysis.articles(), OptionalLong.empty());
        Optional<ReportDate> d2 = ReportDate.resolve(shuffled.source(), shuffled.articles(), OptionalLong.empty());
        assertArrayEquals(json.write(analysis, d1), json.write(shuffled, d2), "findings.json is the same");
        List<String> ids = shuffled.reuse().pairs().stream().map(p -> p.a() + "~" + p.b()).toList();
        assertTrue(ids.equals(ids.stream().sorted().toList()));
    }
}
