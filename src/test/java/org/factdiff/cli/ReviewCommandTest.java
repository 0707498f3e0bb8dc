package org.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdiff.TestFiles;
import org.factdiff.review.Rating;
import org.factdiff.review.Review;
import org.factdiff.review.ReviewFile;
import org.factdiff.review.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, point 2: {@code factdiff review} records decisions in reviews.yaml, checked against the report. */
class ReviewCommandTest {
    static final String CONTRADICTION = "x-1a2b3c4d5e";
    static final String CLAIM = "s-00ff00ff00";
    static final String PASSAGE = "p-0f0f0f0f0f";

    @TempDir
    Path dir;
    Path caseFile;
    Path reports;
    Path reviews;

    @BeforeEach
    void writeCaseAndReport() throws Exception {
        caseFile = dir.resolve("harbour/case.yaml");
        TestFiles.write(caseFile, "title: Crane collapse at the harbour\narticles:\n"
                + "  - id: gazette\n    file: gazette.txt\n  - id: courier\n    file: courier.txt\n");
        TestFiles.write(dir.resolve("harbour/gazette.txt"), "A crane fell onto a cargo ship at the harbour on Monday. "
                + "Two workers were hurt, the port authority said.\n");
        TestFiles.write(dir.resolve("harbour/courier.txt"), "Three dock workers were injured when a crane collapsed "
                + "on Monday, according to the union.\n");
        reports = dir.resolve("out");
        // A findings.json of the shape the report writes, with the ids the test reviews.
        TestFiles.write(reports.resolve("findings.json"), "{\"schema\": \"factdiff/findings/v1\", \"contradictions\": "
                + "[{\"id\": \"" + CONTRADICTION + "\"}], \"single_source\": [{\"id\": \"" + CLAIM + "\"}], "
                + "\"reuse\": {\"pairs\": [{\"id\": \"r-0000000001\", \"passages\": [{\"id\": \"" + PASSAGE + "\"}]}]}, "
                + "\"orphaned_reviews\": [{\"id\": \"a-9999999999\"}]}\n");
        reviews = dir.resolve("harbour/reviews.yaml");
    }

    CliTest.Run review(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("review", caseFile.toString()));
        all.addAll(List.of(args));
        all.addAll(List.of("-o", reports.toString()));
        return CliTest.run(all.toArray(String[]::new));
    }

    static void assertOneLineError(CliTest.Run r, String says) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(r.err().contains(says), r.err());
    }

    @Test
    void decisionsRoundTripThroughTheFileSortedById() throws Exception {
        CliTest.Run first = review(CONTRADICTION, "--dismiss", "--note", "Two different cranes.", "--by", "M. Okafor",
                "--date", "2026-05-06");
        assertEquals(0, first.exit(), first.err());
        assertEquals(reviews + ": " + CONTRADICTION + " dismissed\n", first.out());
        assertEquals(0, review(CLAIM, "--needs-check", "--rating", "mostly-false", "--date", "2026-05-07").exit());
        assertEquals(0, review(PASSAGE, "--confirm", "--date", "2026-05-07").exit());
        List<Review> read = ReviewFile.load(reviews, "reviews.yaml").entries();
        assertEquals(List.of(PASSAGE, CLAIM, CONTRADICTION), read.stream().map(Review::finding).toList());
        assertEquals(new Review(CONTRADICTION, ReviewStatus.DISMISSED, Optional.of("Two different cranes."),
                Optional.of("M. Okafor"), Optional.of(LocalDate.of(2026, 5, 6)), Optional.empty()), read.get(2));
        assertEquals(Optional.of(Rating.MOSTLY_FALSE), read.get(1).rating());
        String text = Files.readString(reviews);
        assertTrue(text.indexOf(PASSAGE) < text.indexOf(CLAIM) && text.indexOf(CLAIM) < text.indexOf(CONTRADICTION), text);
    }

    @Test
    void aNewDecisionKeepsWhatItDoesNotSayAndAnEmptyNoteRemovesTheNote() throws Exception {
        review(CONTRADICTION, "--needs-check", "--note", "Ask the port.", "--by", "M. Okafor", "--date", "2026-05-06");
        CliTest.Run again = review(CONTRADICTION, "--confirm", "--date", "2026-05-08");
        assertEquals(reviews + ": " + CONTRADICTION + " confirmed (was needs-check)\n", again.out());
        Review r = ReviewFile.load(reviews, "reviews.yaml").of(CONTRADICTION).orElseThrow();
        assertEquals(ReviewStatus.CONFIRMED, r.status());
        assertEquals(Optional.of("Ask the port."), r.note());
        assertEquals(Optional.of("M. Okafor"), r.by());
        assertEquals(Optional.of(LocalDate.of(2026, 5, 8)), r.date());
        review(CONTRADICTION, "--confirm", "--note", "");
        assertEquals(Optional.empty(), ReviewFile.load(reviews, "reviews.yaml").of(CONTRADICTION).orElseThrow().note());
    }

    @Test
    void mistakesGiveOneLineAndLeaveTheFileAsItWas() throws Exception {
        review(CLAIM, "--confirm", "--date", "2026-05-06");
        String before = Files.readString(reviews);
        assertOneLineError(review("x-0000000000", "--confirm"), "has no finding x-0000000000");
        assertOneLineError(review("a-9999999999", "--confirm"), "has no finding a-9999999999");
        assertOneLineError(review("bad-id", "--confirm"), "is not a finding id");
        assertOneLineError(review(CLAIM, "--confirm", "--rating", "pants-on-fire"), "--rating must be one of");
        assertOneLineError(review(CONTRADICTION, "--confirm", "--rating", "false"), "not a contradiction");
        assertOneLineError(review(CLAIM, "--confirm", "--date", "May 6"), "--date must be a date");
        assertOneLineError(review(CLAIM, "--confirm", "--dismiss"), "mutually exclusive");
        assertOneLineError(review(CLAIM), "--confirm");
        assertEquals(before, Files.readString(reviews));
        Files.writeString(reviews, before + "  stauts: oops\n");
        assertOneLineError(review(CLAIM, "--dismiss"), reviews + ":6:3: unknown field 'stauts'");
    }

    @Test
    void withoutAReportTheIdIsTakenWithAWarning() throws Exception {
        Files.delete(reports.resolve("findings.json"));
        CliTest.Run r = review("q-1234512345", "--confirm");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("warning") && r.err().contains("was not checked"), r.err());
        assertEquals(LocalDate.now(), ReviewFile.load(reviews, "reviews.yaml").of("q-1234512345").orElseThrow().date().orElseThrow(),
                "the date is today unless given");
    }

    @Test
    void checkWarnsAboutReviewsOfFindingsTheReportNoLongerHas() throws Exception {
        Files.writeString(reviews, "a-9999999999:\n  status: confirmed\n" + CLAIM + ":\n  status: dismissed\n");
        CliTest.Run r = CliTest.run("check", caseFile.toString(), "-o", reports.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("the review of a-9999999999 (confirmed) matches no finding"), r.err());
        assertFalse(r.err().contains(CLAIM), r.err());
        Files.writeString(reviews, "a-9999999999:\n  status: fine\n");
        assertOneLineError(CliTest.run("check", caseFile.toString(), "-o", reports.toString()), reviews + ":2:11:");
    }

    @Test
    void aReportRunSaysWhatChangedSinceTheFindingsItReplaces() throws Exception {
        Path out = dir.resolve("report");
        String[] report = {"report", caseFile.toString(), "-o", out.toString(), "--format", "json", "--no-meaning", "--no-cache"};
        CliTest.Run first = CliTest.run(report);
        assertEquals(0, first.exit(), first.err());
        assertFalse(first.err().contains("changes since"), "nothing to compare with yet: " + first.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("findings.json").toFile());
        String id = json.findValues("id").stream().map(n -> n.asText()).filter(x -> Review.FINDING_ID.matcher(x).matches())
                .findFirst().orElseThrow(() -> new AssertionError("the little case has a finding: " + json));
        assertEquals(0, CliTest.run("review", caseFile.toString(), id, "--dismiss", "--note", "Not the same crane.",
                "-o", out.toString()).exit());
        CliTest.Run second = CliTest.run(report);
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().contains("factdiff: changes since the findings.json this run replaced:"), second.err());
        assertTrue(second.err().contains("~ " + id) && second.err().contains("review: open → dismissed"), second.err());
        CliTest.Run third = CliTest.run(report);
        assertTrue(third.err().contains("the findings are the same as in the report this run replaced"), third.err());
    }
}
