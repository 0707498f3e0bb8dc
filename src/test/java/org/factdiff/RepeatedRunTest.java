package org.factdiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.factdiff.base.Cache;
import org.factdiff.base.Progress;
import org.factdiff.claims.CachedClaimExtractor;
import org.factdiff.report.OutputFormat;
import org.factdiff.text.MiniLmEncoder;
import org.factdiff.text.TextAnalyzer;
import org.factdiff.text.VectorCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, point 5: repeated runs are cheap. What a run derives from each article (clean
 * text, tokens, claims, sentence vectors) is kept, so that adding an article to a case reads, encodes
 * and extracts that article alone; the report is the same bytes with a cold cache, a warm one
 * and none; a damaged entry is rebuilt, never trusted. Counted, not timed.
 */
class RepeatedRunTest {
    /** Articles in the generated case; one more is added in the test. */
    static final int ARTICLES = 24;
    static final String ARTICLE = "article";
    static final String BUILD = "test-build";

    @TempDir
    Path dir;
    Path caseFile;
    Path cacheDir;

    @BeforeEach
    void writeCase() throws IOException {
        caseFile = dir.resolve("case/case.yaml");
        cacheDir = dir.resolve("cache");
        StringBuilder yaml = new StringBuilder("title: Fire at the Eastfield depot\nincident_date: 2023-04-11\n"
                + "report_date: 2023-04-20\nlanguage: en\narticles:\n");
        for (int i = 0; i < ARTICLES; i++) {
            yaml.append(entry(i));
            TestFiles.write(dir.resolve("case/articles").resolve(file(i)), article(i));
        }
        yaml.append("aliases:\n  Eastfield: [East Field]\nboilerplate:\n  - Share this story\n");
        TestFiles.write(caseFile, yaml.toString());
    }

    @Test
    void theReportIsTheSameBytesWithoutTheCacheWithAColdOneAndAWarmOne() throws Exception {
        Cache cold = Cache.in(cacheDir, BUILD);
        Path none = report(Cache.NONE, "none");
        Path filled = report(cold, "cold");
        assertEquals(new Cache.Counts(0, ARTICLES, 0), cold.counts(ARTICLE));
        assertEquals(new Cache.Counts(0, ARTICLES, 0), cold.counts(CachedClaimExtractor.KIND));
        assertEquals(new Cache.Counts(0, ARTICLES, 0), cold.counts(VectorCache.KIND));
        assertEquals(new Cache.Counts(0, ARTICLES, 0), cold.counts(TextAnalyzer.KIND));
        assertEquals(4 * ARTICLES, entries().size(), "one entry of each kind per article");

        Cache warm = Cache.in(cacheDir, BUILD);
        Path used = report(warm, "warm");
        assertEquals(new Cache.Counts(ARTICLES, 0, 0), warm.counts(ARTICLE), "no file extracted again");
        assertEquals(new Cache.Counts(ARTICLES, 0, 0), warm.counts(CachedClaimExtractor.KIND), "no claims extracted again");
        assertEquals(new Cache.Counts(ARTICLES, 0, 0), warm.counts(VectorCache.KIND), "no sentence encoded again");
        assertEquals(new Cache.Counts(ARTICLES, 0, 0), warm.counts(TextAnalyzer.KIND), "no text parsed again");
        assertSameReport(none, filled);
        assertSameReport(none, used);
    }

    @Test
    void addingOneArticleReadsAndExtractsThatArticleAlone() throws Exception {
        report(Cache.in(cacheDir, BUILD), "before");
        TestFiles.write(dir.resolve("case/articles").resolve(file(ARTICLES)), article(ARTICLES));
        String yaml = Files.readString(caseFile);
        Files.writeString(caseFile, yaml.replace("aliases:\n", entry(ARTICLES) + "aliases:\n"));

        Cache again = Cache.in(cacheDir, BUILD);
        Path more = report(again, "more");
        assertEquals(new Cache.Counts(ARTICLES, 1, 0), again.counts(ARTICLE), "one file read");
        assertEquals(new Cache.Counts(ARTICLES, 1, 0), again.counts(CachedClaimExtractor.KIND), "one article's claims");
        assertEquals(new Cache.Counts(ARTICLES, 1, 0), again.counts(VectorCache.KIND), "one article encoded");
        assertEquals(new Cache.Counts(ARTICLES, 1, 0), again.counts(TextAnalyzer.KIND), "one article parsed");
        assertSameReport(report(Cache.NONE, "more-none"), more);
    }

    @Test
    void changingAnArticlesEntryKeepsItsFileButNotItsClaims() throws Exception {
        report(Cache.in(cacheDir, BUILD), "before");
        // A publication date written into the case file: the file need not be read again, but the
        // claims read dates against it, so that article's claims are extracted again.
        String yaml = Files.readString(caseFile);
        Files.writeString(caseFile, yaml.replace(entry(3), entry(3) + "    published: 2023-04-12\n"));
        Cache again = Cache.in(cacheDir, BUILD);
        Path changed = report(again, "changed");
        assertEquals(new Cache.Counts(ARTICLES, 0, 0), again.counts(ARTICLE));
        assertEquals(new Cache.Counts(ARTICLES, 0, 0), again.counts(TextAnalyzer.KIND));
        assertEquals(new Cache.Counts(ARTICLES - 1, 1, 0), again.counts(CachedClaimExtractor.KIND));
        assertSameReport(report(Cache.NONE, "changed-none"), changed);

        // Another case alias changes how every article's names read: every article's claims again.
        Files.writeString(caseFile, Files.readString(caseFile).replace("Eastfield: [East Field]",
                "Eastfield: [East Field, Eastfield Depot]"));
        Cache aliases = Cache.in(cacheDir, BUILD);
        Path renamed = report(aliases, "aliases");
        assertEquals(new Cache.Counts(ARTICLES, 0, 0), aliases.counts(ARTICLE));
        assertEquals(new Cache.Counts(0, ARTICLES, 0), aliases.counts(TextAnalyzer.KIND));
        assertEquals(new Cache.Counts(0, ARTICLES, 0), aliases.counts(CachedClaimExtractor.KIND));
        assertSameReport(report(Cache.NONE, "aliases-none"), renamed);
    }

    @Test
    void aDamagedEntryIsIgnoredAndRebuilt() throws Exception {
        Path none = report(Cache.NONE, "none");
        report(Cache.in(cacheDir, BUILD), "cold");
        List<Path> entries = entries();
        Path text = entries.stream().filter(p -> p.toString().endsWith("." + ARTICLE)).findFirst().orElseThrow();
        Path claims = entries.stream().filter(p -> p.toString().endsWith("." + CachedClaimExtractor.KIND))
                .findFirst().orElseThrow();
        Path vectors = entries.stream().filter(p -> p.toString().endsWith("." + VectorCache.KIND)).findFirst()
                .orElseThrow();
        Path tokens = entries.stream().filter(p -> p.toString().endsWith("." + TextAnalyzer.KIND)).findFirst()
                .orElseThrow();
        flipByteInTheMiddle(text);
        byte[] parsed = Files.readAllBytes(tokens);
        parsed[parsed.length - 1] ^= 0x01; // the checksum itself
        byte[] whole = Files.readAllBytes(claims);
        Files.write(claims, java.util.Arrays.copyOf(whole, whole.length - 7));
        Files.write(vectors, new byte[0]);
        Files.write(tokens, parsed);

        Cache damaged = Cache.in(cacheDir, BUILD);
        Path rebuilt = report(damaged, "rebuilt");
        assertEquals(new Cache.Counts(ARTICLES - 1, 1, 1), damaged.counts(ARTICLE), "the flipped byte is caught");
        assertEquals(new Cache.Counts(ARTICLES - 1, 1, 1), damaged.counts(CachedClaimExtractor.KIND), "the cut is caught");
        assertEquals(new Cache.Counts(ARTICLES - 1, 1, 1), damaged.counts(VectorCache.KIND), "the empty file is caught");
        assertEquals(new Cache.Counts(ARTICLES - 1, 1, 1), damaged.counts(TextAnalyzer.KIND), "the bad checksum is caught");
        assertSameReport(none, rebuilt);

        Cache after = Cache.in(cacheDir, BUILD);
        assertSameReport(none, report(after, "after"));
        for (String kind : List.of(ARTICLE, TextAnalyzer.KIND, CachedClaimExtractor.KIND, VectorCache.KIND)) {
            assertEquals(new Cache.Counts(ARTICLES, 0, 0), after.counts(kind), kind + ": the entry was rewritten");
        }
    }

    @Test
    void anotherBuildReadsNothingOfThisOne() throws Exception {
        report(Cache.in(cacheDir, BUILD), "one");
        Cache other = Cache.in(cacheDir, BUILD + "-changed");
        report(other, "other");
        assertEquals(new Cache.Counts(0, ARTICLES, 0), other.counts(ARTICLE));
        assertEquals(new Cache.Counts(0, ARTICLES, 0), other.counts(CachedClaimExtractor.KIND));
    }

    private Path report(Cache cache, String name) throws Exception {
        Path out = dir.resolve("out").resolve(name);
        Factdiff.report(caseFile, new Factdiff.Options(out, Optional.empty(),
                EnumSet.of(OutputFormat.JSON, OutputFormat.HTML), Optional.empty(), OptionalLong.empty(),
                Progress.QUIET, new MiniLmEncoder(), List.of("report", "case.yaml"), cache, false));
        return out;
    }

    private static void assertSameReport(Path expected, Path actual) throws IOException {
        for (String f : List.of("findings.json", "report.html")) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)),
                    f + " of " + actual.getFileName() + " differs from " + expected.getFileName());
        }
        // The comparison is worth making: the case has findings of every kind the cache feeds.
        var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(expected.resolve("findings.json").toFile());
        for (String kind : List.of("agreements", "contradictions")) {
            assertTrue(findings.path(kind).size() > 0, kind + " in " + findings.fieldNames());
        }
        assertTrue(findings.path("reuse").toString().contains("passages"), "reused passages");
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.sorted().toList();
        }
    }

    private static void flipByteInTheMiddle(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
    }

    private static String file(int i) {
        return String.format(Locale.ROOT, i % 5 == 4 ? "a%02d.html" : "a%02d.txt", i);
    }

    private static String entry(int i) {
        return String.format(Locale.ROOT, "  - id: a%02d\n    file: articles/%s\n", i, file(i));
    }

    private static final String[] TOWNS = {"Eastfield", "East Field", "Millbrook", "Harlow"};
    private static final String[] OFFICIALS = {"Chief Dana Ruiz", "Mayor Tom Okafor", "Captain Lee Brandt"};

    /**
     * A small news article on one fire: figures that agree or differ between articles, a quote
     * that some copy word for word and others alter, and a passage each copies from the one before.
     */
    private static String article(int i) {
        int homes = 12 + (i % 3) * 2;
        int injured = i % 4 == 0 ? 5 : 3;
        String town = TOWNS[i % TOWNS.length];
        String official = OFFICIALS[i % OFFICIALS.length];
        List<String> lines = new ArrayList<>();
        lines.add("Fire destroys " + homes + " homes near " + town + " depot");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "A fire at the fuel depot near %s destroyed %d homes on Tuesday, "
                + "and %d people were injured, %s said.", town, homes, injured, official));
        lines.add(String.format(Locale.ROOT, "\"The wind carried the flames across the road within %s minutes,\" "
                + "%s told reporters at the scene.", i % 2 == 0 ? "ten" : "twenty", official));
        lines.add(String.format(Locale.ROOT, "Crews from %d stations fought the blaze for %d hours before it was "
                + "contained late in the evening.", 4 + i % 2, 6 + i % 3));
        if (i > 0) {
            // A passage copied from the article before: text reuse for the report to find.
            lines.add(String.format(Locale.ROOT, "Residents of the %s district were told to keep their windows "
                    + "closed while investigators examined storage tank number %d.", TOWNS[(i - 1) % TOWNS.length],
                    i - 1));
        }
        lines.add(String.format(Locale.ROOT, "Reporter %d added that the depot's owner, Northline Fuel, had been "
                + "fined in 2019 for a leak at the same site.", i));
        lines.add("Share this story");
        String text = String.join("\n", lines) + "\n";
        if (!file(i).endsWith(".html")) {
            return text;
        }
        StringBuilder html = new StringBuilder("<html><head><title>Fire destroys homes</title>"
                + "<meta property=\"og:site_name\" content=\"Valley Post " + i + "\">"
                + "<meta property=\"article:published_time\" content=\"2023-04-1" + (1 + i % 3) + "T08:30:00+02:00\">"
                + "<meta name=\"author\" content=\"Ana Lima\"></head><body><article>");
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
            }
        }
        return html.append("</article></body></html>").toString();
    }
}
